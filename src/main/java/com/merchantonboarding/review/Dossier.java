package com.merchantonboarding.review;

import com.merchantonboarding.application.ApplicationData;
import com.merchantonboarding.application.ApplicationStatus;
import com.merchantonboarding.documents.DocumentType;
import com.merchantonboarding.portal.RequirementLabels;
import com.merchantonboarding.screening.Severity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an officer sees of an application on a review task: the current revision as submitted (account
 * and ID numbers masked), its screening, every finding and every document with its inspection, and
 * what the review form offers to request from the merchant: the requirements' paths, and the same with the labels
 * and steps the merchant sees in the portal, in the officer's language ({@code requirementLabels}).
 */
record Dossier(
        UUID applicationId,
        String reference,
        ApplicationStatus status,
        int revision,
        Instant submittedAt,
        ApplicationData data,
        String merchantCategoryCode,
        String merchantCategoryName,
        String country,
        List<ApplicationData.WalletProvider> walletProviders,
        List<ApplicationData.PaymentFeature> paymentFeatures,
        Screening screening,
        List<FindingEntry> findings,
        List<DocumentEntry> documents,
        String firstReviewer,
        List<String> requestableRequirements,
        List<RequirementLabels.Label> requirementLabels,
        List<RequestCode> requestCodes,
        List<RequestCode> rejectCodes,
        String merchantLocale,
        Changes changes,
        List<Note> notes,
        List<QuestionThreads.Entry> questions) {

    /** The latest screening of the revision; null before screening has run. */
    record Screening(String outcome, String riskLevel, int riskPoints, String ruleSetVersion, Instant screenedAt) {
    }

    record FindingEntry(String code, String requirement, Severity severity, String ruleId, String ruleSetVersion,
                        String detail, String message, String source, UUID documentId, boolean merchantVisible,
                        Instant createdAt) {
    }

    record DocumentEntry(UUID id, DocumentType type, String filename, long size, String detectedMediaType,
                         Instant uploadedAt, String contentUrl, Inspection inspection, List<Duplicate> duplicates,
                         int moreDuplicates) {
    }

    /**
     * Other documents with the same bytes ({@code SAME_BYTES}) or the same picture re-encoded ({@code SAME_PICTURE}),
     * one entry per other application (this application first): their document types there. {@code otherReference}
     * only when officers may read that application (it was submitted); a draft stays the other merchant's private
     * working copy.
     */
    record Duplicate(String match, List<DocumentType> otherTypes, boolean sameApplication, boolean sameMerchant,
                     String otherReference) {
    }

    /**
     * Everything inspection found, for officers: status {@code PENDING} (other fields null) until the document has
     * been inspected. {@code software} is the program named in the metadata, {@code editingSoftware} the same when it
     * is an editor; {@code text} is the OCR text (or a PDF's text layer, {@code textSource}); the licence fields are
     * what was read on a business licence ({@code licenceRegistrationNumber} only when it passes its check), with
     * OCR's confidence in the name and the URLs of the code's and the name's regions as OCR saw them (PNG).
     */
    record Inspection(String status, String mediaType, Integer width, Integer height, Integer pageCount,
                      Double sharpness, String software, String editingSoftware, String metadataCreated,
                      String textSource, String text, String licenceRegistrationNumber, String licenceNumberAsRead,
                      String licenceLegalName, Integer licenceNameConfidence, String licenceCodeImageUrl,
                      String licenceNameImageUrl, List<Observation> observations, Instant inspectedAt,
                      Integer durationMillis) {

        static final Inspection PENDING = new Inspection("PENDING", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, List.of(), null, null);
    }

    record Observation(String code, String detail) {
    }

    /**
     * A code an officer may attach to a requested change, with its English text and the text the
     * merchant will read (in the merchant's language).
     */
    record RequestCode(String code, String text, String merchantText) {
    }

    /**
     * What changed since the revision officers last reviewed (or the one before), and what the merchant
     * was asked then; null for a first revision.
     */
    record Changes(int sinceRevision, List<FieldChange> fields, List<DocumentChange> documents,
                   List<EarlierRequest> earlierRequests) {
    }

    /** A field of the declared data, before and after (account and ID numbers masked). */
    record FieldChange(String path, String before, String after) {
    }

    /** {@code change}: ADDED, REMOVED or REPLACED; the file names before and after. */
    record DocumentChange(String requirement, String change, String before, String after) {
    }

    /** An item of the earlier feedback, and whether the merchant changed that field or document since. */
    record EarlierRequest(String requirement, String code, String message, boolean answered) {
    }

    /** A case note: a Camunda comment on the application's process, for officers only. */
    record Note(String author, Instant at, String text) {
    }
}
