package com.merchantonboarding.screening.facts;

import com.merchantonboarding.documents.DocumentEvidence;

/** One inspected document, for rule conditions. Blank text becomes {@code null}. */
public final class DocumentFacts {

    private final String type;
    private final String detectedMediaType;
    private final boolean typeAccepted;
    private final boolean unreadable;
    private final String unreadableDetail;
    private final String editingSoftware;
    private final String licenceRegistrationNumber;
    private final String licenceLegalName;
    private final int licenceNameConfidence;

    private DocumentFacts(DocumentEvidence e) {
        type = e.type() == null ? null : e.type().name();
        detectedMediaType = text(e.detectedMediaType());
        typeAccepted = e.typeAccepted();
        unreadable = e.unreadable();
        unreadableDetail = text(e.unreadableDetail());
        editingSoftware = text(e.editingSoftware());
        licenceRegistrationNumber = text(e.licenceRegistrationNumber());
        licenceLegalName = text(e.licenceLegalName());
        licenceNameConfidence = e.licenceNameConfidence() == null ? 100 : e.licenceNameConfidence();
    }

    public static DocumentFacts of(DocumentEvidence evidence) {
        return new DocumentFacts(evidence);
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The {@code DocumentType} name, such as {@code BUSINESS_LICENSE}. */
    public String getType() {
        return type;
    }

    /** The requirement path of this document, {@code documents.<TYPE>}. */
    public String getRequirement() {
        return "documents." + type;
    }

    public String getDetectedMediaType() {
        return detectedMediaType;
    }

    public boolean isTypeAccepted() {
        return typeAccepted;
    }

    public boolean isUnreadable() {
        return unreadable;
    }

    public String getUnreadableDetail() {
        return unreadableDetail;
    }

    public String getEditingSoftware() {
        return editingSoftware;
    }

    public String getLicenceRegistrationNumber() {
        return licenceRegistrationNumber;
    }

    public String getLicenceLegalName() {
        return licenceLegalName;
    }

    /** How sure OCR was of the licence name (0–100); 100 when not known. */
    public int getLicenceNameConfidence() {
        return licenceNameConfidence;
    }

    @Override
    public String toString() {
        return "DocumentFacts[" + type + ", " + detectedMediaType + "]";
    }
}
