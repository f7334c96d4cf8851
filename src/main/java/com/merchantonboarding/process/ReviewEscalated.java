package com.merchantonboarding.process;

import java.util.Date;
import java.util.UUID;

/** Published when an overdue review is escalated to the compliance leads. */
public record ReviewEscalated(UUID applicationId, String taskId, Date dueDate) {
}
