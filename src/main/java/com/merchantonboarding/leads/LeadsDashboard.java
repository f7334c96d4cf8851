package com.merchantonboarding.leads;

import com.merchantonboarding.common.Clocks;
import com.merchantonboarding.leads.Charts.BarChart;
import com.merchantonboarding.leads.Charts.LineChart;
import com.merchantonboarding.leads.Charts.Marker;
import com.merchantonboarding.leads.Charts.Row;
import com.merchantonboarding.leads.Charts.WeeklySeries;
import com.merchantonboarding.leads.DashboardFigures.Activation;
import com.merchantonboarding.leads.DashboardFigures.AgeBucket;
import com.merchantonboarding.leads.DashboardFigures.DecisionTime;
import com.merchantonboarding.leads.DashboardFigures.FirstTimeRight;
import com.merchantonboarding.leads.DashboardFigures.OpenReviews;
import com.merchantonboarding.leads.DashboardFigures.SentBackReason;
import com.merchantonboarding.leads.DashboardFigures.StatusCount;
import com.merchantonboarding.process.ProcessSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leads' dashboard: its figures for a period, and the charts drawn from them. */
@Service
class LeadsDashboard {

    /** The statuses the status chart shows, in the order of the process, with their colours. */
    static final List<String> STATUSES = List.of("SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "REJECTED",
            "LIVE", "EXPIRED", "WITHDRAWN");
    private static final List<String> STATUS_COLORS = List.of("#4e79a7", "#76b7b2", "#f28e2b", "#59a14f", "#e15759",
            "#2f6b2a", "#9c755f", "#bab0ac");
    private static final String AUTOMATIC_COLOR = "#4e79a7";
    private static final String OFFICER_COLOR = "#f28e2b";

    private final DashboardQueries queries;
    private final ProcessSettings settings;

    LeadsDashboard(DataSource dataSource, ProcessSettings settings) {
        this.queries = new DashboardQueries(dataSource);
        this.settings = settings;
    }

    /** Everything the page shows for one period. */
    record View(DashboardPeriod period, Instant now, List<StatusCount> statuses, LineChart statusChart,
                List<DecisionTime> decisionTimes, LineChart decisionChart, OpenReviews openReviews,
                BarChart openReviewChart, List<SentBackReason> reasons, List<Row> reasonRows,
                List<FirstTimeRight> firstTimeRight, LineChart firstTimeRightChart, List<Activation> activations,
                List<String> statusNames, List<String> statusColors) {

        /** Status counts of one week, in the order of {@link #statusNames()}. */
        public long count(int week, String status) {
            return statuses.stream().filter(s -> s.week() == week && s.status().equals(status))
                    .mapToLong(StatusCount::count).sum();
        }
    }

    @Transactional(readOnly = true)
    View view(DashboardPeriod period) {
        Instant now = Clocks.now();
        return view(period, now, statusByWeek(period), queries.decisionTime(period),
                queries.openReviews(now, settings.reviewSlaDuration()), queries.sentBackReasons(period),
                queries.firstTimeRight(period), queries.activations(period));
    }

    /** The page's charts drawn from the figures. */
    static View view(DashboardPeriod period, Instant now, List<StatusCount> statuses, List<DecisionTime> decisionTimes,
                     OpenReviews open, List<SentBackReason> reasons, List<FirstTimeRight> ftr,
                     List<Activation> activations) {
        List<WeeklySeries> statusSeries = new ArrayList<>();
        for (int i = 0; i < STATUSES.size(); i++) {
            String status = STATUSES.get(i);
            List<Double> values = new ArrayList<>();
            for (int week = 0; week < period.weeks(); week++) {
                int w = week;
                values.add((double) statuses.stream().filter(s -> s.week() == w && s.status().equals(status))
                        .mapToLong(StatusCount::count).sum());
            }
            statusSeries.add(new WeeklySeries(status, STATUS_COLORS.get(i), values));
        }
        LineChart statusChart = Charts.weekly(period, statusSeries, activations, v -> String.valueOf(Math.round(v)));

        LineChart decisionChart = Charts.weekly(period, List.of(
                new WeeklySeries("Median", "#4e79a7", decisionTimes.stream().map(DecisionTime::medianHours).toList()),
                new WeeklySeries("90th percentile", "#e15759", decisionTimes.stream().map(DecisionTime::p90Hours).toList())),
                activations, LeadsDashboard::hours);

        LineChart ftrChart = Charts.weekly(period, List.of(new WeeklySeries("First-time-right", "#59a14f",
                ftr.stream().map(f -> f.rate() == null ? null : f.rate() * 100).toList())), activations,
                v -> String.format(Locale.ROOT, "%.0f %%", v), 100);

        List<long[]> ageParts = open.buckets().stream().map(b -> new long[] {b.firstReviews(), b.secondReviews()}).toList();
        BarChart openChart = Charts.stacked(open.buckets().stream().map(AgeBucket::label).toList(), ageParts,
                List.of("#4e79a7", "#b07aa1"), List.of("Review", "Second review"), slaMarker(open));

        List<Row> reasonRows = Charts.horizontal(reasons.stream().map(SentBackReason::code).toList(),
                reasons.stream().map(r -> new long[] {r.automatic(), r.officer()}).toList(),
                List.of(AUTOMATIC_COLOR, OFFICER_COLOR), List.of("automatic", "officer"), 300, Charts.WIDTH, 26);

        return new View(period, now, statuses, statusChart, decisionTimes, decisionChart, open, openChart, reasons,
                reasonRows, ftr, ftrChart, activations, STATUSES, STATUS_COLORS);
    }

    /** The status counts the chart shows (not DRAFT: a draft is no application yet). */
    List<StatusCount> statusByWeek(DashboardPeriod period) {
        return queries.statusByWeek(period).stream().filter(s -> STATUSES.contains(s.status())).toList();
    }

    List<DecisionTime> decisionTime(DashboardPeriod period) {
        return queries.decisionTime(period);
    }

    OpenReviews openReviews() {
        return queries.openReviews(Clocks.now(), settings.reviewSlaDuration());
    }

    List<SentBackReason> sentBackReasons(DashboardPeriod period) {
        return queries.sentBackReasons(period);
    }

    List<FirstTimeRight> firstTimeRight(DashboardPeriod period) {
        return queries.firstTimeRight(period);
    }

    List<Activation> activations(DashboardPeriod period) {
        return queries.activations(period);
    }

    /** The SLA on the age axis: within the age range it falls in, in proportion. */
    private static Marker slaMarker(OpenReviews open) {
        List<AgeBucket> buckets = open.buckets();
        double step = (double) Charts.PLOT_WIDTH / buckets.size();
        double sla = open.slaDays();
        double slot = buckets.size() - 0.5;
        for (int i = 0; i < buckets.size(); i++) {
            AgeBucket b = buckets.get(i);
            if (b.toDays() != null && sla < b.toDays()) {
                slot = i + (sla - b.fromDays()) / (b.toDays() - b.fromDays());
                break;
            }
        }
        return new Marker(Math.round((Charts.LEFT + slot * step) * 10) / 10.0, "SLA " + hours(sla * 24),
                "Review SLA: a review is due " + hours(sla * 24) + " after it was created");
    }

    /** Hours as a short text: "36 h", or days from two days on ("2.5 d"). */
    static String hours(Double hours) {
        if (hours == null) {
            return "";
        }
        if (hours >= 48) {
            return trim(hours / 24) + " d";
        }
        return trim(hours) + " h";
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    static long sum(long[] values) {
        return Arrays.stream(values).sum();
    }
}
