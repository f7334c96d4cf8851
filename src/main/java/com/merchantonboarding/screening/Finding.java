package com.merchantonboarding.screening;

/**
 * One thing screening found.
 *
 * @param code        a code of {@code reason-codes.csv}
 * @param requirement a field path of ApplicationData ({@code bankAccount.holderName}) or {@code documents.<TYPE>}
 * @param severity    from the reason-code table, never from the rule
 * @param ruleId      the name of the rule that found it
 * @param detail      a short English text for officers (never a full bank account or ID number)
 */
public record Finding(String code, String requirement, Severity severity, String ruleId, String detail) {
}
