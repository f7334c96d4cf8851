package com.merchantonboarding.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a merchant declares. Every field is optional while drafting: screening, not the API,
 * decides what is missing. The API only refuses values that are malformed.
 */
public record ApplicationData(
        @Size(max = 200) String legalName,
        @Size(max = 200) String tradingName,
        BusinessType businessType,
        @Size(max = 64) String registrationNumber,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals") String country,
        @Pattern(regexp = "\\d{4}", message = "must be a 4-digit ISO 18245 code") String merchantCategoryCode,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Valid Money expectedMonthlyVolume,
        @Valid Contact contact,
        @Valid LegalRepresentative legalRepresentative,
        @Valid @Size(max = 20) List<@Valid BeneficialOwner> beneficialOwners,
        @Valid BankAccount bankAccount,
        @Size(max = 3) List<WalletProvider> walletProviders,
        @Size(max = 3) List<PaymentFeature> paymentFeatures) {

    public static ApplicationData empty() {
        return new ApplicationData(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public List<BeneficialOwner> beneficialOwners() {
        return beneficialOwners == null ? List.of() : beneficialOwners;
    }

    public List<WalletProvider> walletProviders() {
        return walletProviders == null ? List.of() : walletProviders;
    }

    public List<PaymentFeature> paymentFeatures() {
        return paymentFeatures == null ? List.of() : paymentFeatures;
    }

    public enum BusinessType { COMPANY, SOLE_PROPRIETOR, PARTNERSHIP, NON_PROFIT }

    public enum WalletProvider { ALIPAY, WECHAT_PAY, PAYPAL }

    public enum PaymentFeature { QR_CODE, PAYMENT_LINK, E_INVOICE }

    public record Money(
            @Pattern(regexp = "\\d{1,15}(\\.\\d{1,2})?", message = "must be a decimal string such as 80000.00") String amount,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }

    public record Contact(
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "must be a phone number") String phone) {
    }

    public record LegalRepresentative(
            @Size(max = 200) String fullName,
            @Size(max = 64) String idNumber) {
    }

    public record BeneficialOwner(
            @Size(max = 200) String fullName,
            @DecimalMin("0") @DecimalMax("100") Double ownershipPercent) {
    }

    public record BankAccount(
            @Size(max = 200) String holderName,
            @Pattern(regexp = "[0-9A-Z ]{6,40}", message = "must be 6 to 40 digits or capital letters") String accountNumber,
            @Size(max = 200) String bankName,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }
}
