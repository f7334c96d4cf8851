package com.merchantonboarding.process;

import java.time.Instant;
import java.util.UUID;

/** Published when a merchant should be reminded of the resubmission deadline. */
public record ResubmissionReminderDue(UUID applicationId, UUID merchantId, String reference, Instant respondBy) {
}
