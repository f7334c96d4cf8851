package com.merchantonboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.application.ApplicationData.BusinessType;
import com.merchantonboarding.application.ApplicationData.WalletProvider;
import com.merchantonboarding.screening.Finding;
import com.merchantonboarding.screening.RiskLevel;
import com.merchantonboarding.screening.ScreeningOutcome;
import com.merchantonboarding.screening.facts.MerchantCategory;
import com.merchantonboarding.screening.facts.PilotRegistrationNumber;
import com.merchantonboarding.screening.facts.SupportedCountry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario of {@code rules/scenarios/} against the rules of {@code rules/}, one test per scenario, and
 * checks that the scenarios cover every rule and every row of the shipped policy. An analyst runs it alone with
 * {@code ./mvnw -q test -Dtest=PolicyScenariosTest}.
 */
class PolicyScenariosTest {

    private static final ScenarioReport REPORT = ScenarioRunner.run(ShippedRuleSet.RULES, ShippedRuleSet.FILES);

    @TestFactory
    Stream<DynamicTest> everyScenarioDecidesAsExpected() {
        return REPORT.results().stream().map(result -> DynamicTest.dynamicTest(
                result.scenario().file().replace("scenarios/", "") + ": " + result.scenario().name(),
                () -> {
                    if (!result.passed()) {
                        throw new AssertionError(result.message());
                    }
                }));
    }

    @Test
    void everyScenarioFileReads() {
        assertThat(REPORT.fileProblems()).as("problems in scenario files").isEmpty();
        assertThat(REPORT.results()).hasSizeGreaterThan(100);
    }

    @Test
    void everyRuleIsFiredBySomeScenario() {
        Set<String> unfired = new TreeSet<>(ShippedRuleSet.RULES.ruleNames());
        unfired.removeAll(REPORT.firedRules());

        assertThat(unfired).as("rules that no scenario fires; add a scenario for each").isEmpty();
    }

    @Test
    void everyProhibitedAndRestrictedCategoryHasAScenario() {
        assertCovered("categories", ShippedRuleSet.RULES.tables().categories().stream()
                        .filter(c -> !c.getTreatment().equals(MerchantCategory.ALLOWED)).map(MerchantCategory::getCode).toList(),
                code -> passedWith(r -> code.equals(r.scenario().application().merchantCategoryCode())
                        && r.result().hasFinding(ShippedRuleSet.RULES.tables().category(code).orElseThrow()
                                .getTreatment().equals(MerchantCategory.PROHIBITED) ? "PROHIBITED_CATEGORY" : "RESTRICTED_CATEGORY")));
    }

    @Test
    void everyPermitCategoryHasAScenarioWithoutItsPermit() {
        assertCovered("permit categories", ShippedRuleSet.RULES.tables().categories().stream()
                        .filter(MerchantCategory::isPermitRequired).map(MerchantCategory::getCode).toList(),
                code -> passedWith(r -> code.equals(r.scenario().application().merchantCategoryCode())
                        && r.result().hasFinding("CATEGORY_PERMIT_REQUIRED")));
    }

    @Test
    void everySupportedCountryHasAScenarioWhereItIsAccepted() {
        assertCovered("countries", ShippedRuleSet.RULES.tables().countries().stream().map(SupportedCountry::getCode).toList(),
                country -> passedWith(r -> country.equals(r.scenario().application().country())
                        && r.result().findings().stream().noneMatch(f -> f.requirement().equals("country"))));
    }

    @Test
    void everyProviderCountryPairHasAScenarioWhereItIsAvailable() {
        List<String> pairs = new ArrayList<>();
        for (WalletProvider provider : WalletProvider.values()) {
            for (SupportedCountry country : ShippedRuleSet.RULES.tables().countries()) {
                if (ShippedRuleSet.RULES.tables().availability(provider.name(), country.getCode()).isPresent()) {
                    pairs.add(provider + "/" + country.getCode());
                }
            }
        }
        assertCovered("provider/country pairs", pairs, pair -> passedWith(r -> {
            String[] parts = pair.split("/");
            return r.scenario().application().walletProviders().contains(WalletProvider.valueOf(parts[0]))
                    && parts[1].equals(r.scenario().application().country())
                    && !r.result().hasFinding("PROVIDER_NOT_AVAILABLE");
        }));
        assertThat(passedWith(r -> r.result().hasFinding("PROVIDER_NOT_AVAILABLE"))).isTrue();
    }

    @Test
    void everyPilotRegistrationNumberHasAScenario() {
        assertCovered("pilot registration numbers", ShippedRuleSet.RULES.tables().pilotRegistrationNumbers().stream()
                        .map(PilotRegistrationNumber::getNumber).toList(),
                number -> passedWith(r -> number.equals(r.scenario().application().registrationNumber())
                        && !r.result().hasFinding("REGISTRATION_NUMBER_INVALID")));
    }

    @Test
    void everyBusinessTypeRiskLevelAndOutcomeHasAScenario() {
        assertCovered("business types", EnumSet.allOf(BusinessType.class),
                type -> passedWith(r -> type == r.scenario().application().businessType()));
        assertCovered("risk levels", EnumSet.allOf(RiskLevel.class),
                level -> passedWith(r -> level == r.result().riskLevel()));
        // APPROVE needs the automatic approval switch, which is off as shipped.
        assertCovered("outcomes", EnumSet.complementOf(EnumSet.of(ScreeningOutcome.APPROVE)),
                outcome -> passedWith(r -> outcome == r.result().outcome()));
    }

    @Test
    void everyCodeTheRulesEmitIsExpectedBySomeScenario() {
        assertCovered("codes", ShippedRuleSet.RULES.emittedCodes(), code -> passedWith(r -> r.result().findings()
                .stream().map(Finding::code).anyMatch(code::equals)));
    }

    private static boolean passedWith(Predicate<ScenarioResult> condition) {
        return REPORT.results().stream().filter(ScenarioResult::passed).anyMatch(condition);
    }

    private static <T> void assertCovered(String what, Collection<T> items, Predicate<T> covered) {
        assertThat(items).as(what).isNotEmpty();
        List<String> uncovered = items.stream().filter(covered.negate()).map(String::valueOf).collect(Collectors.toList());
        assertThat(uncovered).as(what + " without a passing scenario").isEmpty();
    }
}
