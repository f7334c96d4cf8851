package com.merchantonboarding.application;

import java.util.UUID;

/** Published (inside the transaction) when an officer has answered a merchant's question; the merchant is told. */
public record QuestionAnswered(UUID questionId, UUID applicationId, UUID merchantId) {
}
