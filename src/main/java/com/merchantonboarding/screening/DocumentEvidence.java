package com.merchantonboarding.screening;

import com.merchantonboarding.documents.DocumentType;

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
 */
public record DocumentEvidence(
        DocumentType type,
        String detectedMediaType,
        boolean typeAccepted,
        boolean unreadable,
        String unreadableDetail,
        String editingSoftware,
        String licenceRegistrationNumber,
        String licenceLegalName) {

    public static DocumentEvidence clean(DocumentType type, String mediaType) {
        return new DocumentEvidence(type, mediaType, true, false, null, null, null, null);
    }
}
