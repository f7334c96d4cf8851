package com.merchantonboarding.documents;

import java.util.ArrayList;
import java.util.List;

/** Collects what inspecting one document finds, step by step, before it is stored as a {@link DocumentInspection}. */
final class InspectionReport {

    static final String TYPE_NOT_ACCEPTED = "DOCUMENT_TYPE_NOT_ACCEPTED";
    static final String UNREADABLE = "DOCUMENT_UNREADABLE";
    static final String EDITED = "DOCUMENT_EDITED";
    /** Internal (officers only): OCR's reading of the credit code was corrected with its check character. */
    static final String CODE_CORRECTED = "LICENCE_CODE_CORRECTED";
    /** Internal (officers only): the code read fails its check and could not be corrected; no cross-check. */
    static final String CODE_UNVERIFIED = "LICENCE_CODE_UNVERIFIED";
    /** Internal (officers only): the code was read but not the company name; the officer compares the name. */
    static final String NAME_NOT_READ = "LICENCE_NAME_NOT_READ";

    final String mediaType;
    final List<DocumentInspection.Observation> observations = new ArrayList<>();
    DocumentMetadata metadata;
    Double sharpness;
    /** The {@link DifferenceHash} of the decoded picture (a PDF's first page); null when nothing was decoded. */
    Long perceptualHash;
    /** The {@link PictureGrid} of the same picture. */
    byte[] pictureGrid;
    String text;
    String textSource;
    LicenceReading licence;
    /** The code's and the name's regions as OCR saw them (PNG), for officers; null when not found. */
    byte[] codeImage;
    byte[] nameImage;

    InspectionReport(String mediaType) {
        this.mediaType = mediaType;
    }

    void observe(String code, String detail) {
        observations.add(new DocumentInspection.Observation(code, detail));
    }

    /** The text kept for officers, cut to {@code max} characters. */
    void text(String value, String source, int max) {
        if (value != null && !value.isBlank()) {
            text = value.length() > max ? value.substring(0, max) : value;
            textSource = source;
        }
    }
}
