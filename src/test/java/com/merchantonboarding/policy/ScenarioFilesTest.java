package com.merchantonboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.application.ApplicationData.BusinessType;
import com.merchantonboarding.documents.DocumentType;
import com.merchantonboarding.documents.DocumentEvidence;
import com.merchantonboarding.screening.RiskLevel;
import com.merchantonboarding.screening.ScreeningOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScenarioFilesTest {

    private static SortedMap<String, byte[]> withScenarios(String text) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(ScenarioFiles.BASE, ShippedRuleSet.FILES.get(ScenarioFiles.BASE));
        files.put("scenarios/test.yaml", text.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static ScenarioFiles.Parsed parse(String text) {
        return ScenarioFiles.parse(withScenarios(text));
    }

    @Test
    void scenarioChangesOnlyWhatItNamesOfTheBaseApplication() {
        ScenarioFiles.Parsed parsed = parse("""
                scenarios:
                  - name: Sole proprietor in Hong Kong
                    application: {businessType: SOLE_PROPRIETOR, country: HK, contact: {phone: ~}}
                    expect: {outcome: CHANGES_REQUIRED, riskLevel: LOW, includes: [FIELD_MISSING@contact.phone]}
                """);

        assertThat(parsed.problems()).isEmpty();
        Scenario scenario = parsed.scenarios().get(0);
        assertThat(scenario.file()).isEqualTo("scenarios/test.yaml");
        assertThat(scenario.application().businessType()).isEqualTo(BusinessType.SOLE_PROPRIETOR);
        assertThat(scenario.application().country()).isEqualTo("HK");
        assertThat(scenario.application().contact().phone()).isNull();
        assertThat(scenario.application().contact().email()).isEqualTo("owner@tea.example.cn");
        assertThat(scenario.application().legalName()).isEqualTo("厦门示例贸易有限公司");
        assertThat(scenario.documents()).extracting(DocumentEvidence::type).containsExactly(DocumentType.BUSINESS_LICENSE,
                DocumentType.LEGAL_REP_ID_FRONT, DocumentType.LEGAL_REP_ID_BACK, DocumentType.BANK_ACCOUNT_PROOF);
        assertThat(scenario.expect()).isEqualTo(new Expectation(ScreeningOutcome.CHANGES_REQUIRED, RiskLevel.LOW, null,
                null, List.of("FIELD_MISSING@contact.phone"), List.of()));
    }

    @Test
    void valuesAreReadAsWrittenNotAsYamlNumbersOrBooleans() {
        ScenarioFiles.Parsed parsed = parse("""
                scenarios:
                  - name: Norway and a code with a leading zero
                    application: {country: NO, merchantCategoryCode: 0742, registrationNumber: 913502000728319549}
                    expect: {outcome: REVIEW, riskLevel: LOW, findings: []}
                  - name: An empty value removes the field
                    application:
                      website:
                      contact:
                    expect: {outcome: CHANGES_REQUIRED, riskLevel: LOW, includes: [FIELD_MISSING@website]}
                """);

        assertThat(parsed.problems()).isEmpty();
        Scenario scenario = parsed.scenarios().get(0);
        assertThat(scenario.application().country()).isEqualTo("NO");
        assertThat(scenario.application().merchantCategoryCode()).isEqualTo("0742");
        assertThat(scenario.application().registrationNumber()).isEqualTo("913502000728319549");
        assertThat(scenario.expect().findings()).isEmpty();
        Scenario empty = parsed.scenarios().get(1);
        assertThat(empty.application().website()).isNull();
        assertThat(empty.application().contact()).isNull();
    }

    @Test
    void documentsAsAMapChangeTheBaseDocumentsByType() {
        ScenarioFiles.Parsed parsed = parse("""
                scenarios:
                  - name: Edited licence, no bank proof, a tax registration
                    documents:
                      BUSINESS_LICENSE: {editingSoftware: GIMP 2.10}
                      BANK_ACCOUNT_PROOF: ~
                      TAX_REGISTRATION: {detectedMediaType: application/pdf}
                    expect: {outcome: REVIEW, riskLevel: MEDIUM, findings: [DOCUMENT_EDITED]}
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.scenarios().get(0).documents()).containsExactly(
                new DocumentEvidence(DocumentType.BUSINESS_LICENSE, "image/jpeg", true, false, null, "GIMP 2.10", null, null),
                DocumentEvidence.clean(DocumentType.LEGAL_REP_ID_FRONT, "image/jpeg"),
                DocumentEvidence.clean(DocumentType.LEGAL_REP_ID_BACK, "image/jpeg"),
                DocumentEvidence.clean(DocumentType.TAX_REGISTRATION, "application/pdf"));
    }

    @Test
    void documentsAsAListAreTheExactSet() {
        ScenarioFiles.Parsed parsed = parse("""
                scenarios:
                  - name: Two documents only
                    documents:
                      - BUSINESS_LICENSE
                      - {type: LEGAL_REP_ID_FRONT, unreadable: true}
                    expect: {outcome: CHANGES_REQUIRED, riskLevel: LOW, includes: [DOCUMENT_MISSING]}
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.scenarios().get(0).documents()).containsExactly(
                DocumentEvidence.clean(DocumentType.BUSINESS_LICENSE, "image/jpeg"),
                new DocumentEvidence(DocumentType.LEGAL_REP_ID_FRONT, "image/jpeg", true, true, null, null, null, null));
    }

    @Test
    void everyMistakeIsReportedWithItsFileAndScenario() {
        ScenarioFiles.Parsed parsed = parse("""
                scenarios:
                  - name: Fine
                    expect: {outcome: REVIEW, riskLevel: LOW, findings: []}
                  - name: Typo in a field
                    application: {legalNmae: X}
                    expect: {outcome: REVIEW, riskLevel: LOW, findings: []}
                  - name: Wrong enum and document type
                    application: {businessType: CORPORATION}
                    documents: {PASSPORT: {}}
                    expect: {outcome: MAYBE, riskLevel: LOW, findings: []}
                  - name: No findings expectation
                    expect: {outcome: REVIEW, riskLevel: LOW}
                  - name: Both kinds of findings expectation
                    expect: {outcome: REVIEW, riskLevel: LOW, findings: [], includes: [FIELD_MISSING], riskPoints: ten}
                  - name: Typo in a finding
                    expekt: {}
                    expect: {outcome: REVIEW, riskLevel: LOW, findings: [field missing]}
                  - name: Fine
                    expect: {outcome: REVIEW, riskLevel: LOW, findings: []}
                  - description: no name
                """);

        assertThat(parsed.scenarios()).extracting(Scenario::name).containsExactly("Fine");
        assertThat(String.join("\n", parsed.problems()))
                .contains("scenarios/test.yaml, scenario \"Typo in a field\": application has an unknown field 'legalNmae'")
                .contains("scenario \"Wrong enum and document type\": application field 'businessType': 'CORPORATION' is not one of "
                        + "[COMPANY, SOLE_PROPRIETOR, PARTNERSHIP, NON_PROFIT]")
                .contains("document type 'PASSPORT' is not one of")
                .contains("expect.outcome 'MAYBE' is not one of [REJECT, CHANGES_REQUIRED, REVIEW, APPROVE]")
                .contains("scenario \"No findings expectation\": expect 'findings' (exactly these; [] for none)")
                .contains("scenario \"Both kinds of findings expectation\": expect either 'findings'")
                .contains("expect.riskPoints 'ten' is not a whole number")
                .contains("unknown key 'expekt'")
                .contains("entry 'field missing' is not CODE or CODE@requirement")
                .contains("scenarios/test.yaml, scenario \"Fine\" has the name of another scenario")
                .contains("scenarios/test.yaml, scenario 8: no name");
    }

    @Test
    void brokenYamlAndAMissingBaseAreReported() {
        assertThat(parse("scenarios:\n  - name: [unclosed\n").problems()).singleElement().asString()
                .startsWith("scenarios/test.yaml: not valid YAML:");

        SortedMap<String, byte[]> noBase = withScenarios("scenarios: []\n");
        noBase.remove(ScenarioFiles.BASE);
        assertThat(ScenarioFiles.parse(noBase).problems()).containsExactly(
                "scenarios/base.yaml: missing (the complete application every scenario starts from)");
    }

    @Test
    void baseApplicationIsCompleteAndValid() {
        ScenarioFiles.Parsed parsed = parse("""
                scenarios:
                  - name: The base itself
                    expect: {outcome: REVIEW, riskLevel: LOW, findings: []}
                """);

        ScenarioResult result = ScenarioRunner.run(ShippedRuleSet.RULES, parsed.scenarios().get(0));
        assertThat(result.passed()).as(result.message()).isTrue();
        assertThat(result.result().findings()).isEmpty();
    }
}
