package com.merchantonboarding.screening;

import com.merchantonboarding.documents.DocumentEvidence;
import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationData.BankAccount;
import com.merchantonboarding.application.ApplicationData.BeneficialOwner;
import com.merchantonboarding.application.ApplicationData.BusinessType;
import com.merchantonboarding.application.ApplicationData.Contact;
import com.merchantonboarding.application.ApplicationData.LegalRepresentative;
import com.merchantonboarding.application.ApplicationData.Money;
import com.merchantonboarding.application.ApplicationData.PaymentFeature;
import com.merchantonboarding.application.ApplicationData.WalletProvider;
import com.merchantonboarding.documents.DocumentType;
import java.util.ArrayList;
import java.util.List;

/**
 * A complete, clean application to start from (the example of spec/merchant-api.md) and a fluent way
 * to change one thing in it.
 */
final class TestApplication {

    static final String LEGAL_NAME = "厦门示例贸易有限公司";
    static final String REGISTRATION_NUMBER = "91350200776049653A";

    String legalName = LEGAL_NAME;
    String tradingName = "Example Tea House";
    BusinessType businessType = BusinessType.COMPANY;
    String registrationNumber = REGISTRATION_NUMBER;
    String country = "CN";
    String merchantCategoryCode = "5812";
    String website = "https://tea.example.cn";
    Money expectedMonthlyVolume = new Money("80000.00", "CNY");
    String email = "owner@tea.example.cn";
    String phone = "+86 592 555 0100";
    String representativeName = "王小明";
    String representativeId = "35020319900101123X";
    String holderName = LEGAL_NAME;
    String accountNumber = "6222020200112233445";
    String bankName = "中国工商银行";
    List<WalletProvider> providers = new ArrayList<>(List.of(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY));
    List<PaymentFeature> features = new ArrayList<>(List.of(PaymentFeature.QR_CODE, PaymentFeature.PAYMENT_LINK, PaymentFeature.E_INVOICE));
    List<DocumentEvidence> documents = new ArrayList<>();

    private TestApplication() {
    }

    /** The example company of merchant-api.md with its four documents, clean. */
    static TestApplication valid() {
        TestApplication application = new TestApplication();
        for (DocumentType type : List.of(DocumentType.BUSINESS_LICENSE, DocumentType.LEGAL_REP_ID_FRONT,
                DocumentType.LEGAL_REP_ID_BACK, DocumentType.BANK_ACCOUNT_PROOF)) {
            application.documents.add(DocumentEvidence.clean(type, "image/jpeg"));
        }
        return application;
    }

    ApplicationData data() {
        return new ApplicationData(legalName, tradingName, businessType, registrationNumber, country,
                merchantCategoryCode, website, expectedMonthlyVolume, new Contact(email, phone),
                new LegalRepresentative(representativeName, representativeId),
                List.of(new BeneficialOwner(representativeName, 60.0)),
                new BankAccount(holderName, accountNumber, bankName, "CNY"), providers, features);
    }

    List<DocumentEvidence> documents() {
        return documents;
    }

    TestApplication businessType(BusinessType value) {
        businessType = value;
        return this;
    }

    TestApplication country(String value) {
        country = value;
        return this;
    }

    TestApplication category(String value) {
        merchantCategoryCode = value;
        return this;
    }

    TestApplication registrationNumber(String value) {
        registrationNumber = value;
        return this;
    }

    TestApplication holderName(String value) {
        holderName = value;
        return this;
    }

    TestApplication legalName(String value) {
        legalName = value;
        return this;
    }

    TestApplication volume(String amount, String currency) {
        expectedMonthlyVolume = new Money(amount, currency);
        return this;
    }

    TestApplication providers(WalletProvider... values) {
        providers = List.of(values);
        return this;
    }

    TestApplication features(PaymentFeature... values) {
        features = List.of(values);
        return this;
    }

    TestApplication website(String value) {
        website = value;
        return this;
    }

    /** Adds a clean document of each type (TAX_REGISTRATION for a foreign company, for example). */
    TestApplication with(DocumentType... types) {
        for (DocumentType type : types) {
            documents.add(DocumentEvidence.clean(type, "application/pdf"));
        }
        return this;
    }

    TestApplication with(DocumentEvidence evidence) {
        documents.add(evidence);
        return this;
    }

    TestApplication without(DocumentType type) {
        documents.removeIf(d -> d.type() == type);
        return this;
    }

    /** Replaces the documents of that type by this one. */
    TestApplication replacing(DocumentEvidence evidence) {
        without(evidence.type());
        documents.add(evidence);
        return this;
    }

    /** Whatever is needed so that only the thing under test is found (for foreign countries). */
    TestApplication readyFor(String countryCode) {
        country = countryCode;
        if (!"CN".equals(countryCode) && documents.stream().noneMatch(d -> d.type() == DocumentType.TAX_REGISTRATION)) {
            with(DocumentType.TAX_REGISTRATION);
        }
        return this;
    }
}
