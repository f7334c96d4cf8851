package com.merchantonboarding.screening.bench;

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
import com.merchantonboarding.documents.DocumentEvidence;
import java.util.ArrayList;
import java.util.List;

/** The applications the benchmarks screen: the merchant API's example company with ten documents. */
final class BenchmarkApplications {

    /** Categories the simulation data cycles through: allowed, restricted (with and without permit), prohibited. */
    static final List<String> CATEGORIES = List.of("5812", "5812", "5411", "7297", "5816", "5912", "7995", "5999");

    private BenchmarkApplications() {
    }

    static ApplicationData company(String category, String country) {
        return new ApplicationData("厦门示例贸易有限公司", "Example Tea House", BusinessType.COMPANY, "91350200776049653A",
                country, category, "https://tea.example.cn", new Money("80000.00", "CNY"),
                new Contact("owner@tea.example.cn", "+86 592 555 0100"), new LegalRepresentative("王小明", "35020319900101123X"),
                List.of(new BeneficialOwner("王小明", 60.0)),
                new BankAccount("厦门示例贸易有限公司", "6222020200112233445", "中国工商银行", "CNY"),
                List.of(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY, WalletProvider.PAYPAL),
                List.of(PaymentFeature.QR_CODE, PaymentFeature.PAYMENT_LINK));
    }

    /** Ten documents: the four a company needs, a tax registration, a permit and four more pages. */
    static List<DocumentType> tenDocumentTypes() {
        return List.of(DocumentType.BUSINESS_LICENSE, DocumentType.LEGAL_REP_ID_FRONT, DocumentType.LEGAL_REP_ID_BACK,
                DocumentType.BANK_ACCOUNT_PROOF, DocumentType.TAX_REGISTRATION, DocumentType.CATEGORY_PERMIT,
                DocumentType.BUSINESS_LICENSE, DocumentType.BANK_ACCOUNT_PROOF, DocumentType.CATEGORY_PERMIT,
                DocumentType.TAX_REGISTRATION);
    }

    static List<DocumentEvidence> tenDocuments() {
        List<DocumentEvidence> documents = new ArrayList<>();
        for (DocumentType type : tenDocumentTypes()) {
            documents.add(DocumentEvidence.clean(type, "image/jpeg"));
        }
        // one the OCR read, one edited: the licence rules and the risk rules have something to do
        documents.set(0, new DocumentEvidence(DocumentType.BUSINESS_LICENSE, "image/jpeg", true, false, null, null,
                "91350200776049653A", "厦门示例贸易有限公司"));
        documents.set(7, new DocumentEvidence(DocumentType.BANK_ACCOUNT_PROOF, "image/png", true, false, null,
                "Adobe Photoshop 25.0", null, null));
        return documents;
    }
}
