package com.merchantonboarding.leads;

import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.common.Clocks;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leads' dashboard at {@code /back-office/leads/dashboard} and one CSV file per chart. Who may read it is
 * decided by {@link LeadsDashboardSecurity}.
 */
@Controller
class LeadsDashboardController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final LeadsDashboard dashboard;
    private final PaymentIssueChart paymentIssues;

    LeadsDashboardController(LeadsDashboard dashboard, PaymentIssueChart paymentIssues) {
        this.dashboard = dashboard;
        this.paymentIssues = paymentIssues;
    }

    @GetMapping("/back-office/leads/dashboard")
    String page(@RequestParam(required = false) String weeks, @RequestParam(required = false) String until,
                Model model) {
        DashboardPeriod period = DashboardPeriod.of(weeks, until, Clocks.now());
        model.addAttribute("d", dashboard.view(period));
        model.addAttribute("pi", paymentIssues.view(period));
        return "leads/dashboard";
    }

    /** For the link in Tasklist's and Cockpit's header: 204 for a reader of the dashboard. */
    @GetMapping("/back-office/leads/access")
    ResponseEntity<Void> access() {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/back-office/leads/dashboard/{chart}.csv")
    ResponseEntity<String> csv(@PathVariable String chart, @RequestParam(required = false) String weeks,
                               @RequestParam(required = false) String until) {
        DashboardPeriod period = DashboardPeriod.of(weeks, until, Clocks.now());
        Csv csv = switch (chart) {
            case "status-by-week" -> new Csv("week_start", "status", "count").rows(dashboard.statusByWeek(period)
                    .stream().map(s -> new Object[] {s.weekStart(), s.status(), s.count()}).toList());
            case "decision-time" -> new Csv("week_start", "decisions", "median_hours", "p90_hours")
                    .rows(dashboard.decisionTime(period).stream()
                            .map(t -> new Object[] {t.weekStart(), t.decisions(), t.medianHours(), t.p90Hours()}).toList());
            case "open-reviews" -> {
                DashboardFigures.OpenReviews open = dashboard.openReviews();
                yield new Csv("age_from_days", "age_to_days", "reviews", "second_reviews", "sla_days", "overdue_total")
                        .rows(open.buckets().stream().map(b -> new Object[] {b.fromDays(), b.toDays(), b.firstReviews(),
                                b.secondReviews(), open.slaDays(), open.overdue()}).toList());
            }
            case "sent-back-reasons" -> new Csv("code", "automatic", "officer", "total").rows(
                    dashboard.sentBackReasons(period).stream()
                            .map(r -> new Object[] {r.code(), r.automatic(), r.officer(), r.total()}).toList());
            case "first-time-right" -> new Csv("week_start", "decided", "approved", "approved_first_time",
                    "first_time_right_rate").rows(dashboard.firstTimeRight(period).stream()
                            .map(f -> new Object[] {f.weekStart(), f.decided(), f.approved(), f.approvedFirstTime(),
                                    f.rate() == null ? null : String.format(Locale.ROOT, "%.4f", f.rate())}).toList());
            case "rule-set-activations" -> new Csv("activated_at", "label", "version").rows(dashboard.activations(period)
                    .stream().map(a -> new Object[] {a.activatedAt(), a.label(), a.versionId()}).toList());
            case "payment-issues" -> new Csv("kind", "provider", "reports").rows(paymentIssues.counts(period)
                    .stream().map(c -> new Object[] {c.kind(), c.provider(), c.count()}).toList());
            default -> throw ApiException.notFound("The chart '" + (chart.length() > 40 ? chart.substring(0, 40) : chart)
                    + "' (known: status-by-week, decision-time, open-reviews, sent-back-reasons, first-time-right,"
                    + " rule-set-activations, payment-issues)");
        };
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(chart + "-" + period.weekStart(0) + "-" + period.weeks() + "w.csv").build().toString())
                .body(csv.toString());
    }
}
