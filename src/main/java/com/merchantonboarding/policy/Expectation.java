package com.merchantonboarding.policy;

import com.merchantonboarding.screening.RiskLevel;
import com.merchantonboarding.screening.ScreeningOutcome;
import java.util.List;

/**
 * What a scenario expects. Findings are written {@code CODE} (any requirement) or {@code CODE@requirement}
 * ({@code DOCUMENT_MISSING@documents.TAX_REGISTRATION}).
 *
 * @param outcome    required
 * @param riskLevel  required
 * @param riskPoints optional
 * @param findings   exactly these findings (empty: none), or null when {@code includes}/{@code excludes} are used
 * @param includes   findings that must be among them
 * @param excludes   findings that must not be among them
 */
record Expectation(ScreeningOutcome outcome, RiskLevel riskLevel, Integer riskPoints, List<String> findings,
                   List<String> includes, List<String> excludes) {

    Expectation {
        findings = findings == null ? null : List.copyOf(findings);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}
