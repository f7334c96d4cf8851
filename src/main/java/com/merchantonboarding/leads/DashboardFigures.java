package com.merchantonboarding.leads;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the dashboard's queries return: aggregates only, never a merchant's name, reference or number. */
final class DashboardFigures {

    private DashboardFigures() {
    }

    /** How many times applications moved into a status in a week. */
    record StatusCount(int week, LocalDate weekStart, String status, long count) {
    }

    /** Submit-to-decision time of the applications decided in a week, in hours; null without decisions. */
    record DecisionTime(int week, LocalDate weekStart, long decisions, Double medianHours, Double p90Hours) {
    }

    /** Open review tasks of one kind created in an age range of days ({@code toDays} null: and older). */
    record AgeBucket(int fromDays, Integer toDays, long firstReviews, long secondReviews) {

        public long total() {
            return firstReviews + secondReviews;
        }

        public String label() {
            return toDays == null ? fromDays + "+ d" : fromDays + "–" + toDays + " d";
        }
    }

    /** Open reviews by age, how many are past their due date, and the review SLA in days. */
    record OpenReviews(List<AgeBucket> buckets, long overdue, double slaDays) {

        public long total() {
            return buckets.stream().mapToLong(AgeBucket::total).sum();
        }
    }

    /** A reason merchants were sent back for: by screening or the system (automatic) and by officers. */
    record SentBackReason(String code, long automatic, long officer) {

        public long total() {
            return automatic + officer;
        }
    }

    /** Decisions of a week: how many approvals needed no change request. */
    record FirstTimeRight(int week, LocalDate weekStart, long decided, long approved, long approvedFirstTime) {

        /** The share of approvals without a change request, or null without approvals. */
        public Double rate() {
            return approved == 0 ? null : (double) approvedFirstTime / approved;
        }
    }

    /** A rule set that came into force. */
    record Activation(Instant activatedAt, String label, String versionId) {

        public String activatedAtText() {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(activatedAt.atOffset(java.time.ZoneOffset.UTC));
        }
    }
}
