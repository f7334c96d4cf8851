package com.merchantonboarding.screening.facts;

import com.merchantonboarding.application.ApplicationData;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The merchant's declared data, flattened for rule conditions: nested values become top-level getters
 * (named after their field path), blank text becomes {@code null}, enums become their names. One per
 * evaluation.
 */
public final class ApplicationFacts {

    private final String legalName;
    private final String businessType;
    private final String registrationNumber;
    private final String country;
    private final String merchantCategoryCode;
    private final String website;
    private final String expectedMonthlyVolumeAmount;
    private final BigDecimal expectedMonthlyVolume;
    private final String expectedMonthlyVolumeCurrency;
    private final String contactEmail;
    private final String contactPhone;
    private final String legalRepresentativeFullName;
    private final String legalRepresentativeIdNumber;
    private final String bankAccountHolderName;
    private final String bankAccountNumber;
    private final String bankAccountBankName;
    private final Set<String> walletProviders;
    private final Set<String> paymentFeatures;

    private ApplicationFacts(ApplicationData d) {
        legalName = text(d.legalName());
        businessType = d.businessType() == null ? null : d.businessType().name();
        registrationNumber = text(d.registrationNumber());
        country = text(d.country());
        merchantCategoryCode = text(d.merchantCategoryCode());
        website = text(d.website());
        ApplicationData.Money volume = d.expectedMonthlyVolume();
        expectedMonthlyVolumeAmount = volume == null ? null : text(volume.amount());
        expectedMonthlyVolume = decimal(expectedMonthlyVolumeAmount);
        expectedMonthlyVolumeCurrency = volume == null ? null : text(volume.currency());
        contactEmail = d.contact() == null ? null : text(d.contact().email());
        contactPhone = d.contact() == null ? null : text(d.contact().phone());
        legalRepresentativeFullName = d.legalRepresentative() == null ? null : text(d.legalRepresentative().fullName());
        legalRepresentativeIdNumber = d.legalRepresentative() == null ? null : text(d.legalRepresentative().idNumber());
        bankAccountHolderName = d.bankAccount() == null ? null : text(d.bankAccount().holderName());
        bankAccountNumber = d.bankAccount() == null ? null : text(d.bankAccount().accountNumber());
        bankAccountBankName = d.bankAccount() == null ? null : text(d.bankAccount().bankName());
        walletProviders = names(d.walletProviders());
        paymentFeatures = names(d.paymentFeatures());
    }

    public static ApplicationFacts of(ApplicationData data) {
        return new ApplicationFacts(data == null ? ApplicationData.empty() : data);
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static BigDecimal decimal(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Set<String> names(java.util.List<? extends Enum<?>> values) {
        Set<String> names = new LinkedHashSet<>();
        for (Enum<?> value : values) {
            if (value != null) {
                names.add(value.name());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    public String getLegalName() {
        return legalName;
    }

    /** {@code COMPANY}, {@code SOLE_PROPRIETOR}, {@code PARTNERSHIP}, {@code NON_PROFIT} or null. */
    public String getBusinessType() {
        return businessType;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getCountry() {
        return country;
    }

    public String getMerchantCategoryCode() {
        return merchantCategoryCode;
    }

    public String getWebsite() {
        return website;
    }

    /** The amount as declared, or null. */
    public String getExpectedMonthlyVolumeAmount() {
        return expectedMonthlyVolumeAmount;
    }

    /** The amount as a number, or null when absent or not a decimal. */
    public BigDecimal getExpectedMonthlyVolume() {
        return expectedMonthlyVolume;
    }

    public String getExpectedMonthlyVolumeCurrency() {
        return expectedMonthlyVolumeCurrency;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getLegalRepresentativeFullName() {
        return legalRepresentativeFullName;
    }

    public String getLegalRepresentativeIdNumber() {
        return legalRepresentativeIdNumber;
    }

    public String getBankAccountHolderName() {
        return bankAccountHolderName;
    }

    public String getBankAccountNumber() {
        return bankAccountNumber;
    }

    public String getBankAccountBankName() {
        return bankAccountBankName;
    }

    /** Provider names ({@code ALIPAY}, ...), empty when none. */
    public Set<String> getWalletProviders() {
        return walletProviders;
    }

    /** Feature names ({@code PAYMENT_LINK}, ...), empty when none. */
    public Set<String> getPaymentFeatures() {
        return paymentFeatures;
    }

    @Override
    public String toString() {
        return "ApplicationFacts[" + legalName + ", " + businessType + ", " + country + ", MCC " + merchantCategoryCode + "]";
    }
}
