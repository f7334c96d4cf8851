package com.merchantonboarding.screening;

import static com.merchantonboarding.screening.ShippedRules.screen;
import static com.merchantonboarding.screening.ShippedRules.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.application.ApplicationData.BusinessType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BankAccountRulesTest {

    @ParameterizedTest
    @EnumSource(value = BusinessType.class, names = {"COMPANY", "PARTNERSHIP", "NON_PROFIT"})
    void businessAccountHeldByTheBusinessIsAccepted(BusinessType type) {
        assertThat(screen(TestApplication.valid().businessType(type)).findings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = BusinessType.class, names = {"COMPANY", "PARTNERSHIP", "NON_PROFIT"})
    void businessAccountHeldByTheRepresentativeIsAMismatch(BusinessType type) {
        ScreeningResult result = screen(TestApplication.valid().businessType(type).holderName("王小明"));

        assertThat(summary(result)).containsExactly("BANK_ACCOUNT_HOLDER_MISMATCH@bankAccount.holderName");
        assertThat(result.findings().get(0).ruleId()).isEqualTo("BankAccountNotHeldByBusinessIsDue");
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.CHANGES_REQUIRED);
    }

    @Test
    void soleProprietorAccountMayBeHeldByTheRepresentative() {
        assertThat(screen(TestApplication.valid().businessType(BusinessType.SOLE_PROPRIETOR).holderName("王小明")
                .legalName("厦门市思明区王小明茶叶店")).findings()).isEmpty();
    }

    @Test
    void soleProprietorAccountMayBeHeldByTheBusiness() {
        assertThat(screen(TestApplication.valid().businessType(BusinessType.SOLE_PROPRIETOR)).findings()).isEmpty();
    }

    @Test
    void soleProprietorAccountHeldBySomeoneElseIsAMismatch() {
        ScreeningResult result = screen(TestApplication.valid().businessType(BusinessType.SOLE_PROPRIETOR)
                .holderName("李四"));

        assertThat(summary(result)).containsExactly("BANK_ACCOUNT_HOLDER_MISMATCH@bankAccount.holderName");
        assertThat(result.findings().get(0).ruleId()).isEqualTo("BankAccountNotHeldBySoleProprietorIsDue");
    }

    @Test
    void holderIsComparedWithoutSpacesCaseOrBracketWidth() {
        TestApplication application = TestApplication.valid().legalName("厦门示例（国际）贸易有限公司")
                .holderName(" 厦门示例(国际) 贸易有限公司 ");
        assertThat(screen(application).findings()).isEmpty();

        TestApplication latin = TestApplication.valid().legalName("Example Trading Ltd.").holderName("EXAMPLE TRADING LTD");
        assertThat(screen(latin).findings()).isEmpty();
    }
}
