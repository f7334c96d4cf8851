package com.merchantonboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.common.Locales;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The labels officers pick requirements by: the portal's own, grouped by its steps, in English and Chinese. */
class RequirementLabelsTest {

    private static final List<String> SOME = List.of("documents.BUSINESS_LICENSE", "bankAccount.holderName",
            "contact.email", "legalName", "legalRepresentative.fullName", "walletProviders");

    private final RequirementLabels labels = new RequirementLabels(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(PortalWebConfiguration.PORTAL_MESSAGES);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void namesFieldsAsThePortalDoesInItsOrderOfSteps() {
        assertThat(labels.of(SOME, Locale.ENGLISH)).extracting(RequirementLabels.Label::requirement,
                RequirementLabels.Label::label, RequirementLabels.Label::stepLabel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("contact.email", "Contact email", "1. Business"),
                org.assertj.core.groups.Tuple.tuple("legalName", "Legal name (as on the business licence)", "1. Business"),
                org.assertj.core.groups.Tuple.tuple("legalRepresentative.fullName", "Legal representative: Full name",
                        "2. Legal representative and owners"),
                org.assertj.core.groups.Tuple.tuple("bankAccount.holderName", "Bank account: Account holder",
                        "3. Bank account"),
                org.assertj.core.groups.Tuple.tuple("walletProviders", "Wallet providers", "4. Providers and features"),
                org.assertj.core.groups.Tuple.tuple("documents.BUSINESS_LICENSE", "Business licence", "5. Documents"));
    }

    @Test
    void speaksChineseToAChineseOfficer() {
        List<RequirementLabels.Label> chinese = labels.of(SOME, Locales.ZH_CN);
        assertThat(chinese).extracting(RequirementLabels.Label::label)
                .contains("营业执照", "结算银行账户: 账户名称", "法定代表人: 姓名");
        assertThat(chinese).extracting(RequirementLabels.Label::stepLabel).contains("5. 证件材料");
    }

    @Test
    void aPathWithoutATextKeepsThePath() {
        assertThat(labels.of(List.of("somethingNew"), Locale.ENGLISH)).singleElement()
                .satisfies(l -> assertThat(l.label()).isEqualTo("somethingNew"));
    }
}
