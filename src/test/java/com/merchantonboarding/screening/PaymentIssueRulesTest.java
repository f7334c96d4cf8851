package com.merchantonboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantonboarding.screening.facts.EarlierReport;
import com.merchantonboarding.screening.facts.PaymentIssueFacts;
import com.merchantonboarding.screening.facts.RuleFinding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped payment-issue rules (rules/paymentissues/) on the facts of one report each. */
class PaymentIssueRulesTest {

    private static final String ALIPAY_REF = "2026120722001412345678901234";
    private static PaymentIssueRules rules;

    @BeforeAll
    static void load() {
        rules = PaymentIssueRules.load("classpath:rules/");
    }

    @Test
    void aCompleteReportWithinTheWindowHasNoFinding() {
        assertThat(codes(new PaymentIssueFacts("CHARGED_TWICE", "ALIPAY", ALIPAY_REF, 3, 1), List.of())).isEmpty();
    }

    @Test
    void asksForTheReferenceWhenItIsMissingOrHasTheWrongFormat() {
        assertThat(codes(new PaymentIssueFacts("PAYMENT_FAILED", "ALIPAY", null, 1, 0), List.of()))
                .containsExactly("REFERENCE_MISSING");
        assertThat(codes(new PaymentIssueFacts("PAYMENT_FAILED", "WECHAT_PAY", ALIPAY_REF, 1, 0), List.of()))
                .containsExactly("REFERENCE_FORMAT_INVALID");
        assertThat(codes(new PaymentIssueFacts("PAYMENT_FAILED", "PAYPAL", "8MC58517XW4215532", 1, 0), List.of()))
                .isEmpty();
    }

    @Test
    void aChargeDisputeNeedsEvidence() {
        assertThat(codes(new PaymentIssueFacts("CHARGED_TWICE", "ALIPAY", ALIPAY_REF, 1, 0), List.of()))
                .containsExactly("EVIDENCE_MISSING");
        assertThat(codes(new PaymentIssueFacts("AMOUNT_WRONG", "ALIPAY", ALIPAY_REF, 1, 0), List.of()))
                .containsExactly("EVIDENCE_MISSING");
        assertThat(codes(new PaymentIssueFacts("REFUND_NOT_RECEIVED", "ALIPAY", ALIPAY_REF, 1, 0), List.of()))
                .isEmpty();
    }

    @Test
    void rejectsAPaymentOlderThanTheProvidersDisputeWindow() {
        assertThat(codes(new PaymentIssueFacts("PAYMENT_FAILED", "WECHAT_PAY", "4200002026120712345678901234", 61, 0),
                List.of())).containsExactly("OUTSIDE_DISPUTE_WINDOW");
        assertThat(codes(new PaymentIssueFacts("PAYMENT_FAILED", "WECHAT_PAY", "4200002026120712345678901234", 60, 0),
                List.of())).isEmpty();
        assertThat(rules.code("OUTSIDE_DISPUTE_WINDOW").orElseThrow().outcome())
                .isEqualTo(PaymentIssueRules.Outcome.REJECT);
    }

    @Test
    void aSecondReportOfTheSamePaymentAndKindIsADuplicate() {
        EarlierReport earlier = new EarlierReport("PI-2026-000001", "CHARGED_TWICE", "ALIPAY", ALIPAY_REF, "IN_REVIEW");
        List<RuleFinding> found = rules.evaluate(new PaymentIssueFacts("CHARGED_TWICE", "ALIPAY", ALIPAY_REF, 1, 1),
                List.of(earlier));
        assertThat(found).extracting(RuleFinding::getCode).containsExactly("DUPLICATE_REPORT");
        assertThat(found.get(0).getDetail()).contains("PI-2026-000001");
        assertThat(codes(new PaymentIssueFacts("AMOUNT_WRONG", "ALIPAY", ALIPAY_REF, 1, 1), List.of(earlier)))
                .isEmpty();
    }

    @Test
    void everyCodeHasTheMerchantsTextInBothLanguages() {
        for (String code : List.of("DUPLICATE_REPORT", "OUTSIDE_DISPUTE_WINDOW", "REFERENCE_MISSING",
                "REFERENCE_FORMAT_INVALID", "EVIDENCE_MISSING")) {
            PaymentIssueRules.Code text = rules.code(code).orElseThrow();
            assertThat(text.text(Locale.ENGLISH)).isNotBlank();
            assertThat(text.text(Locale.forLanguageTag("zh-CN"))).isNotBlank().isNotEqualTo(text.english());
        }
    }

    @Test
    void refusesABrokenTableOrAnUnsafeRuleWithFileAndLine() {
        SortedMap<String, byte[]> files = shipped();
        files.put("paymentissues/providers.csv", bytes("provider,disputeWindowDays,referencePattern,referenceExample\n"
                + "ALIPAY,ninety,20\\d{26},2026120722001412345678901234\nPAYPAL,180,[0-9A-Z{17},X\n"));
        files.put("paymentissues/evil.drl", bytes("package paymentissues;\nimport java.io.File;\n"));
        assertThatThrownBy(() -> PaymentIssueRules.load("test", files))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("paymentissues/providers.csv line 2: disputeWindowDays")
                .hasMessageContaining("paymentissues/providers.csv line 3: referencePattern")
                .hasMessageContaining("paymentissues/evil.drl line 2");
    }

    @Test
    void theOnboardingRuleSetLeavesThePaymentIssueRulesOut() {
        RuleBase onboarding = new RuleBaseLoader().load("classpath:rules/");
        assertThat(onboarding.files()).noneMatch(path -> path.startsWith(PaymentIssueRules.FOLDER));
    }

    private static List<String> codes(PaymentIssueFacts facts, List<EarlierReport> earlier) {
        return rules.evaluate(facts, earlier).stream().map(RuleFinding::getCode).toList();
    }

    private static SortedMap<String, byte[]> shipped() {
        return new TreeMap<>(RuleBaseLoader.read(RuleSource.of("classpath:rules/")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
