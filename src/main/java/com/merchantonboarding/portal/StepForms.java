package com.merchantonboarding.portal;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationData.BankAccount;
import com.merchantonboarding.application.ApplicationData.BeneficialOwner;
import com.merchantonboarding.application.ApplicationData.BusinessType;
import com.merchantonboarding.application.ApplicationData.Contact;
import com.merchantonboarding.application.ApplicationData.LegalRepresentative;
import com.merchantonboarding.application.ApplicationData.Money;
import com.merchantonboarding.application.ApplicationData.PaymentFeature;
import com.merchantonboarding.application.ApplicationData.WalletProvider;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What each step of the guided form sends, with the names and types of {@link ApplicationData} (bound by
 * constructor; blank inputs arrive as null), and how it merges into the saved data: a step replaces the fields
 * it owns and keeps every other. Validation is not here: the merged data goes through the API's own constraints.
 */
final class StepForms {

    private StepForms() {
    }

    /** A step's form. */
    sealed interface Form permits Business, Representative, Bank, Providers {
        ApplicationData applyTo(ApplicationData saved);
    }

    record Business(String legalName, String tradingName, BusinessType businessType, String registrationNumber,
                    String country, String merchantCategoryCode, String website, Money expectedMonthlyVolume,
                    Contact contact) implements Form {
        @Override
        public ApplicationData applyTo(ApplicationData d) {
            Money volume = expectedMonthlyVolume == null || allNull(expectedMonthlyVolume.amount(),
                    expectedMonthlyVolume.currency()) ? null : expectedMonthlyVolume;
            Contact reach = contact == null || allNull(contact.email(), contact.phone()) ? null : contact;
            return new ApplicationData(legalName, tradingName, businessType, upper(registrationNumber), upper(country),
                    merchantCategoryCode, website, volume == null ? null
                            : new Money(volume.amount(), upper(volume.currency())), reach,
                    d.legalRepresentative(), d.beneficialOwners(), d.bankAccount(), d.walletProviders(),
                    d.paymentFeatures());
        }
    }

    record Representative(LegalRepresentative legalRepresentative, List<BeneficialOwner> beneficialOwners)
            implements Form {
        @Override
        public ApplicationData applyTo(ApplicationData d) {
            LegalRepresentative saved = d.legalRepresentative();
            String fullName = legalRepresentative == null ? null : legalRepresentative.fullName();
            String idNumber = legalRepresentative == null ? null : upper(legalRepresentative.idNumber());
            if (idNumber == null && saved != null) {
                idNumber = saved.idNumber();
            }
            List<BeneficialOwner> owners = beneficialOwners == null ? List.of() : beneficialOwners.stream()
                    .filter(o -> o != null && !allNull(o.fullName(), o.ownershipPercent()))
                    .toList();
            return new ApplicationData(d.legalName(), d.tradingName(), d.businessType(), d.registrationNumber(),
                    d.country(), d.merchantCategoryCode(), d.website(), d.expectedMonthlyVolume(), d.contact(),
                    allNull(fullName, idNumber) ? null : new LegalRepresentative(fullName, idNumber), owners,
                    d.bankAccount(), d.walletProviders(), d.paymentFeatures());
        }
    }

    record Bank(BankAccount bankAccount) implements Form {
        @Override
        public ApplicationData applyTo(ApplicationData d) {
            BankAccount saved = d.bankAccount();
            BankAccount sent = bankAccount == null ? new BankAccount(null, null, null, null) : bankAccount;
            String number = upper(sent.accountNumber());
            if (number == null && saved != null) {
                number = saved.accountNumber();
            }
            BankAccount merged = new BankAccount(sent.holderName(), number, sent.bankName(), upper(sent.currency()));
            return new ApplicationData(d.legalName(), d.tradingName(), d.businessType(), d.registrationNumber(),
                    d.country(), d.merchantCategoryCode(), d.website(), d.expectedMonthlyVolume(), d.contact(),
                    d.legalRepresentative(), d.beneficialOwners(),
                    allNull(merged.holderName(), merged.accountNumber(), merged.bankName(), merged.currency())
                            ? null : merged,
                    d.walletProviders(), d.paymentFeatures());
        }
    }

    record Providers(List<WalletProvider> walletProviders, List<PaymentFeature> paymentFeatures) implements Form {
        @Override
        public ApplicationData applyTo(ApplicationData d) {
            return new ApplicationData(d.legalName(), d.tradingName(), d.businessType(), d.registrationNumber(),
                    d.country(), d.merchantCategoryCode(), d.website(), d.expectedMonthlyVolume(), d.contact(),
                    d.legalRepresentative(), d.beneficialOwners(), d.bankAccount(),
                    distinct(walletProviders), distinct(paymentFeatures));
        }
    }

    static Class<? extends Form> typeOf(Step step) {
        return switch (step) {
            case BUSINESS -> Business.class;
            case REPRESENTATIVE -> Representative.class;
            case BANK -> Bank.class;
            case PROVIDERS -> Providers.class;
            case DOCUMENTS -> throw new IllegalArgumentException("The documents step has no form of fields");
        };
    }

    private static boolean allNull(Object... values) {
        return Stream.of(values).allMatch(Objects::isNull);
    }

    /** Codes (country, currency, registration and account numbers) are capitals in the contract. */
    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().toList();
    }
}
