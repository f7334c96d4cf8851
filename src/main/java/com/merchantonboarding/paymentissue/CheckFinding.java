package com.merchantonboarding.paymentissue;

/**
 * What the automatic checks found about a report ({@code rules/payment-issues/}): the rule's code, the field it
 * is about ({@code paymentReference}, {@code occurredAt}, {@code evidence}) and a short English detail for support.
 */
public record CheckFinding(String code, String requirement, String detail) {
}
