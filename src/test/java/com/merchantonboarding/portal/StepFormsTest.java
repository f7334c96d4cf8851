package com.merchantonboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationData.BankAccount;
import com.merchantonboarding.application.ApplicationData.BeneficialOwner;
import com.merchantonboarding.application.ApplicationData.LegalRepresentative;
import com.merchantonboarding.application.ApplicationViews;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step replaces the fields it owns, keeps the others, and keeps a saved number left empty. */
class StepFormsTest {

    private final ApplicationData saved = new ApplicationData("厦门示例贸易有限公司", "Tea", null, "91350200776049653A",
            "CN", "5812", null, null, null, new LegalRepresentative("王小明", "35020319900101123X"),
            List.of(new BeneficialOwner("王小明", 60.0)),
            new BankAccount("厦门示例贸易有限公司", "6222020200112233445", "中国工商银行", "CNY"),
            List.of(ApplicationData.WalletProvider.ALIPAY), List.of(ApplicationData.PaymentFeature.QR_CODE));

    @Test
    void aStepKeepsTheFieldsOfOtherSteps() {
        ApplicationData merged = new StepForms.Providers(List.of(ApplicationData.WalletProvider.WECHAT_PAY,
                ApplicationData.WalletProvider.WECHAT_PAY), null).applyTo(saved);
        assertThat(merged.walletProviders()).containsExactly(ApplicationData.WalletProvider.WECHAT_PAY);
        assertThat(merged.paymentFeatures()).isEmpty();
        assertThat(merged.legalName()).isEqualTo(saved.legalName());
        assertThat(merged.bankAccount()).isEqualTo(saved.bankAccount());
    }

    @Test
    void anEmptyNumberKeepsTheSavedOneAndANewOneReplacesIt() {
        ApplicationData kept = new StepForms.Bank(new BankAccount("厦门示例贸易有限公司", null, "中国银行", "cny"))
                .applyTo(saved);
        assertThat(kept.bankAccount()).isEqualTo(new BankAccount("厦门示例贸易有限公司", "6222020200112233445",
                "中国银行", "CNY"));
        ApplicationData replaced = new StepForms.Representative(new LegalRepresentative("王小明", "35020319900101124x"),
                List.of()).applyTo(saved);
        assertThat(replaced.legalRepresentative().idNumber()).isEqualTo("35020319900101124X");
        assertThat(replaced.beneficialOwners()).isEmpty();
    }

    @Test
    void emptyGroupsAndRowsAreDropped() {
        ApplicationData merged = new StepForms.Business("A", null, null, null, null, null, null,
                new ApplicationData.Money(null, null), new ApplicationData.Contact(null, null)).applyTo(saved);
        assertThat(merged.expectedMonthlyVolume()).isNull();
        assertThat(merged.contact()).isNull();
        ApplicationData owners = new StepForms.Representative(null, java.util.Arrays.asList(
                new BeneficialOwner("李四", 40.0), new BeneficialOwner(null, null), null)).applyTo(saved);
        assertThat(owners.beneficialOwners()).containsExactly(new BeneficialOwner("李四", 40.0));
        assertThat(owners.legalRepresentative()).isEqualTo(new LegalRepresentative(null, "35020319900101123X"));
    }

    @Test
    void theFormShowsSavedValuesButNeverTheNumbers() {
        FormValues values = FormValues.saved(ApplicationViews.masked(saved), new ObjectMapper());
        assertThat(values.value("legalName")).isEqualTo("厦门示例贸易有限公司");
        assertThat(values.value("beneficialOwners[0].ownershipPercent")).isEqualTo("60");
        assertThat(values.value("bankAccount.accountNumber")).isEmpty();
        assertThat(values.value("legalRepresentative.idNumber")).isEmpty();
        assertThat(values.checked("walletProviders", ApplicationData.WalletProvider.ALIPAY)).isTrue();
        assertThat(values.rows("beneficialOwners")).isEqualTo(2);
    }
}
