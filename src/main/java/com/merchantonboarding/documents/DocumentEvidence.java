package com.merchantonboarding.documents;

/**
 * What inspection learned about one document of the revision being screened. Rules match on it;
 * they never look at the bytes.
 *
 * @param type                      the document's declared type
 * @param detectedMediaType         the media type detected from the bytes
 * @param typeAccepted              whether the detected type is on the allow-list
 * @param unreadable                whether inspection found it too small, blurred or unreadable
 * @param unreadableDetail          why, for officers (null when readable)
 * @param editingSoftware           an image editor named in the metadata, or null
 * @param licenceRegistrationNumber the registration number read from a business licence, or null
 * @param licenceLegalName          the company name read from a business licence, or null
 * @param licenceNameConfidence     how sure OCR was of that name (0–100); null when not known (a PDF's text layer,
 *                                  an inspection made before it was recorded), which counts as sure
 */
public record DocumentEvidence(
        DocumentType type,
        String detectedMediaType,
        boolean typeAccepted,
        boolean unreadable,
        String unreadableDetail,
        String editingSoftware,
        String licenceRegistrationNumber,
        String licenceLegalName,
        Integer licenceNameConfidence) {

    /** Evidence without a name confidence (a sure reading). */
    public DocumentEvidence(DocumentType type, String detectedMediaType, boolean typeAccepted, boolean unreadable,
                            String unreadableDetail, String editingSoftware, String licenceRegistrationNumber,
                            String licenceLegalName) {
        this(type, detectedMediaType, typeAccepted, unreadable, unreadableDetail, editingSoftware,
                licenceRegistrationNumber, licenceLegalName, null);
    }

    public static DocumentEvidence clean(DocumentType type, String mediaType) {
        return new DocumentEvidence(type, mediaType, true, false, null, null, null, null);
    }
}
