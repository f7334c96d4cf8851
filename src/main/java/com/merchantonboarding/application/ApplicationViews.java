package com.merchantonboarding.application;

import com.merchantonboarding.application.ApplicationView.Reason;
import com.merchantonboarding.application.ApplicationView.RequirementError;
import com.merchantonboarding.common.Masking;
import com.merchantonboarding.documents.Document;
import com.merchantonboarding.documents.DocumentInspection;
import com.merchantonboarding.documents.Documents;
import com.merchantonboarding.screening.MerchantVisibility;
import com.merchantonboarding.screening.ReasonCodes;
import com.merchantonboarding.screening.RuleBaseHolder;
import com.merchantonboarding.screening.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds what a merchant sees of an application: masked data, localized requirements and reasons,
 * and nothing internal (officer identities, internal findings).
 */
@Component
public class ApplicationViews {

    static final String GENERIC_REJECTION = "APPLICATION_NOT_SUPPORTED";
    static final String OFFICER_REQUEST = "OFFICER_REQUEST";

    private final Documents documents;
    private final RecordedFindingRepository findings;
    private final RuleBaseHolder rules;

    ApplicationViews(Documents documents, RecordedFindingRepository findings, RuleBaseHolder rules) {
        this.documents = documents;
        this.findings = findings;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public ApplicationView view(Application application, Locale locale) {
        ReasonCodes codes = rules.current().reasonCodes();
        List<RecordedFinding> revisionFindings = findings.findByApplicationIdAndRevisionOrderByCreatedAtAsc(
                application.getId(), application.getRevision());
        return new ApplicationView(
                application.getId(),
                application.getReference(),
                application.getStatus(),
                application.getRevision(),
                application.getCreatedAt(),
                application.getSubmittedAt(),
                application.getUpdatedAt(),
                masked(application.getData()),
                documentViews(application, codes, locale),
                requirements(application, revisionFindings, codes, locale),
                decision(application, revisionFindings, codes, locale),
                wallet(application),
                application.getHistory().stream()
                        .map(e -> new ApplicationView.HistoryEntry(e.getRevision(), e.getStatus(), e.getOccurredAt(),
                                e.getActor()))
                        .toList());
    }

    public static ApplicationView.Summary summary(Application application) {
        return new ApplicationView.Summary(application.getId(), application.getReference(), application.getStatus(),
                application.getRevision(), application.getUpdatedAt());
    }

    /** The declared data with account and ID numbers masked. */
    public static ApplicationData masked(ApplicationData data) {
        ApplicationData.LegalRepresentative rep = data.legalRepresentative() == null ? null
                : new ApplicationData.LegalRepresentative(data.legalRepresentative().fullName(),
                        Masking.mask(data.legalRepresentative().idNumber()));
        ApplicationData.BankAccount bank = data.bankAccount() == null ? null
                : new ApplicationData.BankAccount(data.bankAccount().holderName(),
                        Masking.mask(data.bankAccount().accountNumber()), data.bankAccount().bankName(),
                        data.bankAccount().currency());
        return new ApplicationData(data.legalName(), data.tradingName(), data.businessType(),
                data.registrationNumber(), data.country(), data.merchantCategoryCode(), data.website(),
                data.expectedMonthlyVolume(), data.contact(), rep, data.beneficialOwners(), bank,
                data.walletProviders(), data.paymentFeatures());
    }

    private List<ApplicationView.DocumentView> documentViews(Application application, ReasonCodes codes,
                                                             Locale locale) {
        List<Document> current = documents.current(application.getId());
        Map<UUID, DocumentInspection> inspections = documents.inspections(
                current.stream().map(Document::getId).toList());
        return current.stream().map(d -> {
            DocumentInspection inspection = inspections.get(d.getId());
            ApplicationView.Inspection view = inspection == null
                    ? new ApplicationView.Inspection("PENDING", List.of())
                    : new ApplicationView.Inspection(inspection.getStatus().name(), inspection.getObservations()
                            .stream()
                            .filter(o -> codes.merchantVisible(o.code()))
                            .map(o -> new Reason(o.code(), codes.text(o.code(), locale).orElse(o.code())))
                            .toList());
            return new ApplicationView.DocumentView(d.getId(), d.getType(), d.getFilename(), d.getSize(),
                    d.getDetectedMediaType(), d.getUploadedAt(), view);
        }).toList();
    }

    private ApplicationView.Requirements requirements(Application application, List<RecordedFinding> revisionFindings,
                                                      ReasonCodes codes, Locale locale) {
        if (application.getStatus() != ApplicationStatus.CHANGES_REQUESTED) {
            return new ApplicationView.Requirements(List.of(), List.of(), null, null);
        }
        List<RequirementError> errors = new ArrayList<>();
        Set<String> due = new LinkedHashSet<>();
        for (RecordedFinding f : revisionFindings) {
            if (f.getSeverity() != Severity.CHANGES_REQUIRED || !codes.merchantVisible(f.getCode())) {
                continue;
            }
            String requirement = f.getRequirement();
            String reason = OFFICER_REQUEST.equals(f.getCode()) && f.getMessage() != null
                    ? f.getMessage() : codes.text(f.getCode(), locale).orElse(f.getCode());
            errors.add(new RequirementError(requirement, f.getCode(), reason, f.getMessage()));
            if (requirement != null) {
                due.add(requirement);
            }
        }
        return new ApplicationView.Requirements(List.copyOf(due), errors, application.getRespondBy(),
                application.getOfficerMessage());
    }

    private ApplicationView.Decision decision(Application application, List<RecordedFinding> revisionFindings,
                                              ReasonCodes codes, Locale locale) {
        ApplicationStatus status = application.getStatus();
        boolean decided = status == ApplicationStatus.APPROVED || status == ApplicationStatus.LIVE
                || status == ApplicationStatus.REJECTED;
        if (!decided || application.getDecisionOutcome() == null) {
            return null;
        }
        List<Reason> reasons = new ArrayList<>();
        if (status == ApplicationStatus.REJECTED) {
            Set<String> seen = new LinkedHashSet<>();
            for (RecordedFinding f : revisionFindings) {
                if (f.getSeverity() != Severity.REJECT) {
                    continue;
                }
                String code = codes.visibility(f.getCode()) == MerchantVisibility.YES
                        ? f.getCode() : GENERIC_REJECTION;
                if (seen.add(code)) {
                    reasons.add(new Reason(code, codes.text(code, locale).orElse(code)));
                }
            }
            if (reasons.isEmpty()) {
                reasons.add(new Reason(GENERIC_REJECTION, codes.text(GENERIC_REJECTION, locale).orElse(GENERIC_REJECTION)));
            }
        }
        return new ApplicationView.Decision(application.getDecisionOutcome(), reasons, application.getDecidedAt(),
                application.getOfficerMessage());
    }

    private static ApplicationView.Wallet wallet(Application application) {
        if (application.getStatus() != ApplicationStatus.LIVE) {
            return null;
        }
        ApplicationData data = application.getData();
        return new ApplicationView.Wallet(application.getWalletStatus(), data.walletProviders(),
                data.paymentFeatures(), application.getWalletQrPayload(), application.getWalletLinkBase());
    }
}
