package com.merchantonboarding.screening.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule found, inserted by its consequence: {@code insert(new RuleFinding(kcontext, "CODE",
 * "requirement", "detail"))}. Severity is not the rule's to choose: it comes from {@code reason-codes.csv}.
 * Other rules may match on findings (risk points for {@code DOCUMENT_EDITED}, for example).
 */
public final class RuleFinding {

    private final String code;
    private final String requirement;
    private final String detail;
    private final String ruleId;

    public RuleFinding(RuleContext context, String code, String requirement, String detail) {
        this(context.getRule().getName(), code, requirement, detail);
    }

    public RuleFinding(String ruleId, String code, String requirement, String detail) {
        this.ruleId = ruleId;
        this.code = code;
        this.requirement = requirement;
        this.detail = detail;
    }

    public String getCode() {
        return code;
    }

    /** A field path of ApplicationData or {@code documents.<TYPE>}. */
    public String getRequirement() {
        return requirement;
    }

    /** A short English text for officers; never a full bank account or ID number. */
    public String getDetail() {
        return detail;
    }

    /** The name of the rule that inserted it. */
    public String getRuleId() {
        return ruleId;
    }

    @Override
    public String toString() {
        return code + " " + requirement + " (" + ruleId + "): " + detail;
    }
}
