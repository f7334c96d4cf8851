package com.merchantonboarding.review;

import com.merchantonboarding.application.Application;
import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationRepository;
import com.merchantonboarding.application.ApplicationRevision;
import com.merchantonboarding.application.ApplicationRevisionRepository;
import com.merchantonboarding.application.ApplicationViews;
import com.merchantonboarding.application.RecordedFindingRepository;
import com.merchantonboarding.application.ScreeningRecordRepository;
import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.documents.Document;
import com.merchantonboarding.documents.DocumentInspection;
import com.merchantonboarding.documents.DocumentType;
import com.merchantonboarding.documents.Documents;
import com.merchantonboarding.process.ProcessConstants;
import com.merchantonboarding.screening.ReasonCodes;
import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseHolder;
import com.merchantonboarding.screening.facts.MerchantCategory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link Dossier} of an application and finds the documents it links to. */
@Component
class Dossiers {

    static final String CONTENT_PATH = "/back-office/api/applications/%s/documents/%s/content";

    private final ApplicationRepository applications;
    private final ApplicationRevisionRepository revisions;
    private final ScreeningRecordRepository screenings;
    private final RecordedFindingRepository findings;
    private final Documents documents;
    private final RuleBaseHolder rules;
    private final RuntimeService runtime;

    Dossiers(ApplicationRepository applications, ApplicationRevisionRepository revisions,
             ScreeningRecordRepository screenings, RecordedFindingRepository findings, Documents documents,
             RuleBaseHolder rules, RuntimeService runtime) {
        this.applications = applications;
        this.revisions = revisions;
        this.screenings = screenings;
        this.findings = findings;
        this.documents = documents;
        this.rules = rules;
        this.runtime = runtime;
    }

    /** @param contextPath prefixed to the documents' content URLs */
    @Transactional(readOnly = true)
    Dossier of(UUID applicationId, String contextPath) {
        Application application = application(applicationId);
        int revision = application.getRevision();
        Optional<ApplicationRevision> submitted = revisions.findByApplicationIdAndRevision(applicationId, revision);
        ApplicationData data = ApplicationViews.masked(submitted.map(ApplicationRevision::getData)
                .orElse(application.getData()));
        RuleBase ruleBase = rules.current();
        ReasonCodes codes = ruleBase.reasonCodes();
        return new Dossier(
                application.getId(),
                application.getReference(),
                application.getStatus(),
                revision,
                submitted.map(ApplicationRevision::getSubmittedAt).orElse(application.getSubmittedAt()),
                data,
                data.merchantCategoryCode(),
                data.merchantCategoryCode() == null ? null : ruleBase.tables().category(data.merchantCategoryCode())
                        .map(MerchantCategory::getName).orElse(null),
                data.country(),
                data.walletProviders(),
                data.paymentFeatures(),
                screenings.findFirstByApplicationIdAndRevisionOrderByScreenedAtDesc(applicationId, revision)
                        .map(s -> new Dossier.Screening(s.getOutcome(), s.getRiskLevel(), s.getRiskPoints(),
                                s.getRuleSetVersion(), s.getScreenedAt()))
                        .orElse(null),
                findings.findByApplicationIdAndRevisionOrderByCreatedAtAsc(applicationId, revision).stream()
                        .map(f -> new Dossier.FindingEntry(f.getCode(), f.getRequirement(), f.getSeverity(),
                                f.getRuleId(), f.getRuleSetVersion(), f.getDetail(), f.getMessage(),
                                f.getSource().name(), f.getDocumentId(), codes.merchantVisible(f.getCode()),
                                f.getCreatedAt()))
                        .toList(),
                documentEntries(applicationId, submitted, contextPath),
                firstReviewer(applicationId),
                requestableRequirements(),
                requestCodes(codes));
    }

    /** A document of this application (of any revision), for its content. */
    @Transactional(readOnly = true)
    Document document(UUID applicationId, UUID documentId) {
        application(applicationId);
        return documents.get(applicationId, documentId);
    }

    byte[] content(Document document) {
        return documents.content(document);
    }

    private Application application(UUID applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> ApiException.notFound("The application"));
    }

    /** The documents submitted with the revision; for a draft, the working copy's. */
    private List<Dossier.DocumentEntry> documentEntries(UUID applicationId, Optional<ApplicationRevision> submitted,
                                                        String contextPath) {
        List<Document> revisionDocuments = submitted.map(r -> documents.byIds(r.getDocumentIds()))
                .orElseGet(() -> documents.current(applicationId));
        Map<UUID, DocumentInspection> inspections = documents.inspections(
                revisionDocuments.stream().map(Document::getId).toList());
        return revisionDocuments.stream()
                .map(d -> new Dossier.DocumentEntry(d.getId(), d.getType(), d.getFilename(), d.getSize(),
                        d.getDetectedMediaType(), d.getUploadedAt(),
                        contextPath + CONTENT_PATH.formatted(applicationId, d.getId()),
                        inspection(inspections.get(d.getId()))))
                .toList();
    }

    private static Dossier.Inspection inspection(DocumentInspection inspection) {
        if (inspection == null) {
            return Dossier.Inspection.PENDING;
        }
        return new Dossier.Inspection(inspection.getStatus().name(), inspection.getMediaType(),
                inspection.getWidth(), inspection.getHeight(), inspection.getPageCount(),
                inspection.getEditingSoftware(),
                inspection.getObservations().stream().map(o -> new Dossier.Observation(o.code(), o.detail())).toList(),
                inspection.getInspectedAt());
    }

    /** Who completed the first review, while the process runs (leads need it for the second review). */
    private String firstReviewer(UUID applicationId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessConstants.PROCESS_KEY)
                .processInstanceBusinessKey(applicationId.toString())
                .list().stream()
                .map(ProcessInstance::getId)
                .map(id -> runtime.getVariable(id, ProcessConstants.VAR_FIRST_REVIEWER))
                .filter(v -> v != null)
                .map(Object::toString)
                .findFirst().orElse(null);
    }

    /** Every requirement {@link ReviewDecision} accepts: the field paths, then {@code documents.<TYPE>}. */
    static List<String> requestableRequirements() {
        return Stream.concat(ReviewDecision.FIELDS.stream().sorted(),
                Arrays.stream(DocumentType.values()).map(DocumentType::requirement)).toList();
    }

    /** The codes {@link ReviewDecisionListener} accepts, in the order of the reason-code table. */
    static List<Dossier.RequestCode> requestCodes(ReasonCodes codes) {
        Set<String> allowed = ReviewDecisionListener.requestCodes(codes);
        return codes.codes().stream()
                .filter(allowed::contains)
                .map(c -> new Dossier.RequestCode(c, codes.text(c, ReasonCodes.ENGLISH).orElse(c)))
                .toList();
    }
}
