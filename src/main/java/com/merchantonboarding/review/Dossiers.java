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
import com.merchantonboarding.documents.DocumentTwins;
import com.merchantonboarding.documents.Documents;
import com.merchantonboarding.portal.RequirementLabels;
import com.merchantonboarding.process.ProcessConstants;
import com.merchantonboarding.screening.ReasonCodes;
import com.merchantonboarding.screening.RuleBase;
import com.merchantonboarding.screening.RuleBaseHolder;
import com.merchantonboarding.screening.facts.MerchantCategory;
import com.merchantonboarding.application.ApplicationEvent;
import com.merchantonboarding.application.ApplicationStatus;
import com.merchantonboarding.application.RecordedFinding;
import com.merchantonboarding.common.Locales;
import com.merchantonboarding.merchant.Merchant;
import com.merchantonboarding.merchant.MerchantRepository;
import com.merchantonboarding.screening.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link Dossier} of an application and finds the documents it links to. */
@Component
class Dossiers {

    static final String CONTENT_PATH = "/back-office/api/applications/%s/documents/%s/content";
    static final String REGION_PATH = "/back-office/api/applications/%s/documents/%s/licence-regions/%s";

    private final ApplicationRepository applications;
    private final ApplicationRevisionRepository revisions;
    private final ScreeningRecordRepository screenings;
    private final RecordedFindingRepository findings;
    private final Documents documents;
    private final RuleBaseHolder rules;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;
    private final MerchantRepository merchants;
    private final DocumentTwins twins;
    private final RequirementLabels labels;
    private final QuestionThreads questions;

    Dossiers(ApplicationRepository applications, ApplicationRevisionRepository revisions,
             ScreeningRecordRepository screenings, RecordedFindingRepository findings, Documents documents,
             RuleBaseHolder rules, RuntimeService runtime, HistoryService history, TaskService tasks,
             MerchantRepository merchants, DocumentTwins twins, RequirementLabels labels,
             QuestionThreads questions) {
        this.questions = questions;
        this.twins = twins;
        this.labels = labels;
        this.history = history;
        this.tasks = tasks;
        this.merchants = merchants;
        this.applications = applications;
        this.revisions = revisions;
        this.screenings = screenings;
        this.findings = findings;
        this.documents = documents;
        this.rules = rules;
        this.runtime = runtime;
    }

    /**
     * @param contextPath prefixed to the documents' content URLs
     * @param officerLocale the language of the labels the officer picks requirements by
     */
    @Transactional(readOnly = true)
    Dossier of(UUID applicationId, String contextPath, Locale officerLocale) {
        Application application = application(applicationId);
        int revision = application.getRevision();
        Optional<ApplicationRevision> submitted = revisions.findByApplicationIdAndRevision(applicationId, revision);
        ApplicationData data = ApplicationViews.masked(submitted.map(ApplicationRevision::getData)
                .orElse(application.getData()));
        RuleBase ruleBase = rules.current();
        ReasonCodes codes = ruleBase.reasonCodes();
        Locale locale = Locales.normalize(merchants.findById(application.getMerchantId())
                .map(Merchant::getLocale).orElse(Locale.ENGLISH));
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
                documentEntries(application, submitted, contextPath),
                firstReviewer(applicationId),
                requestableRequirements(),
                labels.of(requestableRequirements(), Locales.normalize(officerLocale)),
                requestCodes(codes, locale),
                rejectCodes(codes, locale),
                locale.toLanguageTag(),
                changes(application, submitted, codes),
                notes(applicationId),
                questions.thread(applicationId));
    }

    /**
     * The changes since the revision officers last reviewed (or, if none was reviewed yet, the one
     * before), with the feedback the merchant got in between.
     */
    private Dossier.Changes changes(Application application, Optional<ApplicationRevision> current,
                                    ReasonCodes codes) {
        int revision = application.getRevision();
        if (current.isEmpty() || revision < 2) {
            return null;
        }
        int since = application.getHistory().stream()
                .filter(e -> e.getStatus() == ApplicationStatus.IN_REVIEW && e.getRevision() < revision)
                .mapToInt(ApplicationEvent::getRevision).max().orElse(revision - 1);
        Optional<ApplicationRevision> earlier = revisions.findByApplicationIdAndRevision(application.getId(), since);
        if (earlier.isEmpty()) {
            return null;
        }
        List<Dossier.FieldChange> fields = RevisionComparison.fields(earlier.get().getData(), current.get().getData());
        List<Dossier.DocumentChange> documentChanges = RevisionComparison.documents(
                documents.byIds(earlier.get().getDocumentIds()), documents.byIds(current.get().getDocumentIds()));
        List<Dossier.EarlierRequest> requests = new ArrayList<>();
        for (int r = since; r < revision; r++) {
            for (RecordedFinding f : findings.findByApplicationIdAndRevisionOrderByCreatedAtAsc(application.getId(), r)) {
                if (f.getSeverity() != Severity.CHANGES_REQUIRED || !codes.merchantVisible(f.getCode())) {
                    continue;
                }
                String requirement = f.getRequirement() == null ? "" : f.getRequirement();
                boolean answered = fields.stream().anyMatch(c -> c.path().equals(requirement)
                        || c.path().startsWith(requirement + "."))
                        || documentChanges.stream().anyMatch(c -> c.requirement().equals(requirement));
                String message = f.getMessage() != null ? f.getMessage()
                        : codes.text(f.getCode(), ReasonCodes.ENGLISH).orElse(f.getCode());
                requests.add(new Dossier.EarlierRequest(requirement, f.getCode(), message, answered));
            }
        }
        return new Dossier.Changes(since, fields, documentChanges, requests);
    }

    /** Officers' case notes: the comments on the application's process (never shown to the merchant). */
    List<Dossier.Note> notes(UUID applicationId) {
        // A comment made on a task may or may not carry the process instance id (Tasklist sends it,
        // a plain REST call may not): collect both kinds.
        Map<String, Comment> comments = new java.util.LinkedHashMap<>();
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId.toString()).list()
                .forEach(p -> {
                    tasks.getProcessInstanceComments(p.getId()).forEach(c -> comments.put(c.getId(), c));
                    history.createHistoricTaskInstanceQuery().processInstanceId(p.getId()).list()
                            .forEach(t -> tasks.getTaskComments(t.getId()).forEach(c -> comments.put(c.getId(), c)));
                });
        return comments.values().stream()
                .sorted(Comparator.comparing(Comment::getTime))
                .map(c -> new Dossier.Note(c.getUserId(), c.getTime().toInstant(), c.getFullMessage()))
                .toList();
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

    /** The code's or the name's region of a licence of this application, as OCR saw it (PNG). */
    byte[] licenceRegion(UUID applicationId, UUID documentId, String region) {
        byte[] png = documents.licenceRegion(document(applicationId, documentId).getId(), region);
        if (png == null) {
            throw ApiException.notFound("The region");
        }
        return png;
    }

    /**
     * An application officers may read: one the merchant has submitted at least once. A draft is the merchant's
     * private working copy, and answers as if it did not exist.
     */
    private Application application(UUID applicationId) {
        return applications.findById(applicationId).filter(a -> a.getSubmittedAt() != null)
                .orElseThrow(() -> ApiException.notFound("The application"));
    }

    /** The documents submitted with the revision; for a draft, the working copy's. */
    private List<Dossier.DocumentEntry> documentEntries(Application application,
                                                        Optional<ApplicationRevision> submitted, String contextPath) {
        UUID applicationId = application.getId();
        List<Document> revisionDocuments = submitted.map(r -> documents.byIds(r.getDocumentIds()))
                .orElseGet(() -> documents.current(applicationId));
        Map<UUID, DocumentInspection> inspections = documents.inspections(
                revisionDocuments.stream().map(Document::getId).toList());
        Map<UUID, List<Dossier.Duplicate>> duplicates = duplicates(application, revisionDocuments);
        return revisionDocuments.stream()
                .map(d -> new Dossier.DocumentEntry(d.getId(), d.getType(), d.getFilename(), d.getSize(),
                        d.getDetectedMediaType(), d.getUploadedAt(),
                        contextPath + CONTENT_PATH.formatted(applicationId, d.getId()),
                        inspection(inspections.get(d.getId()), contextPath + REGION_PATH.formatted(applicationId,
                                d.getId(), "%s")),
                        shown(duplicates.getOrDefault(d.getId(), List.of())),
                        Math.max(0, duplicates.getOrDefault(d.getId(), List.of()).size() - DUPLICATES_SHOWN)))
                .toList();
    }

    private static List<Dossier.Duplicate> shown(List<Dossier.Duplicate> duplicates) {
        return duplicates.subList(0, Math.min(DUPLICATES_SHOWN, duplicates.size()));
    }

    /** At most this many other applications are listed under a document; the rest are counted. */
    static final int DUPLICATES_SHOWN = 5;

    /**
     * The duplicates of each document, one entry per match and other application (this application first), with the
     * other application's reference where officers may read that application (submitted at least once, as
     * {@link #application} requires).
     */
    private Map<UUID, List<Dossier.Duplicate>> duplicates(Application application, List<Document> revisionDocuments) {
        Map<UUID, List<DocumentTwins.Twin>> found = twins.of(revisionDocuments);
        Map<UUID, Application> others = new java.util.HashMap<>();
        applications.findAllById(found.values().stream().flatMap(List::stream)
                        .map(DocumentTwins.Twin::otherApplicationId).distinct().toList())
                .forEach(a -> others.put(a.getId(), a));
        Map<UUID, List<Dossier.Duplicate>> duplicates = new java.util.HashMap<>();
        found.forEach((documentId, list) -> {
            Map<String, List<DocumentTwins.Twin>> byApplication = new java.util.LinkedHashMap<>();
            list.forEach(t -> byApplication.computeIfAbsent(t.match() + " " + t.otherApplicationId(),
                    k -> new ArrayList<>()).add(t));
            duplicates.put(documentId, byApplication.values().stream().map(twins -> {
                DocumentTwins.Twin twin = twins.get(0);
                Application other = others.get(twin.otherApplicationId());
                boolean sameApplication = twin.otherApplicationId().equals(application.getId());
                boolean sameMerchant = other != null && other.getMerchantId().equals(application.getMerchantId());
                String reference = sameApplication ? application.getReference()
                        : other != null && other.getSubmittedAt() != null ? other.getReference() : null;
                return new Dossier.Duplicate(twin.match().name(), twins.stream()
                        .map(DocumentTwins.Twin::otherType).distinct().sorted().toList(),
                        sameApplication, sameMerchant, reference);
            }).toList());
        });
        return duplicates;
    }

    private static Dossier.Inspection inspection(DocumentInspection inspection, String regionUrl) {
        if (inspection == null) {
            return Dossier.Inspection.PENDING;
        }
        return new Dossier.Inspection(inspection.getStatus().name(), inspection.getMediaType(),
                inspection.getWidth(), inspection.getHeight(), inspection.getPageCount(), inspection.getSharpness(),
                inspection.getSoftware(), inspection.getEditingSoftware(), inspection.getMetadataCreated(),
                inspection.getTextSource(), inspection.getText(), inspection.getLicenceRegistrationNumber(),
                inspection.getLicenceNumberAsRead(), inspection.getLicenceLegalName(),
                inspection.getLicenceNameConfidence(),
                inspection.getLicenceCodeImage() == null ? null : regionUrl.formatted("code"),
                inspection.getLicenceNameImage() == null ? null : regionUrl.formatted("name"),
                inspection.getObservations().stream().map(o -> new Dossier.Observation(o.code(), o.detail())).toList(),
                inspection.getInspectedAt(), inspection.getDurationMillis());
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
    /** The reasons an officer may give to reject, with the text the merchant will read. */
    static List<Dossier.RequestCode> rejectCodes(ReasonCodes codes, Locale merchantLocale) {
        Set<String> allowed = ReviewDecisionListener.rejectCodes(codes);
        return codes.codes().stream()
                .filter(allowed::contains)
                .map(c -> new Dossier.RequestCode(c, codes.text(c, ReasonCodes.ENGLISH).orElse(c),
                        codes.text(c, merchantLocale).orElse(c)))
                .toList();
    }

    static List<Dossier.RequestCode> requestCodes(ReasonCodes codes, Locale merchantLocale) {
        Set<String> allowed = ReviewDecisionListener.requestCodes(codes);
        return codes.codes().stream()
                .filter(allowed::contains)
                .map(c -> new Dossier.RequestCode(c, codes.text(c, ReasonCodes.ENGLISH).orElse(c),
                        codes.text(c, merchantLocale).orElse(c)))
                .toList();
    }
}
