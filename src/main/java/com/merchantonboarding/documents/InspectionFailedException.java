package com.merchantonboarding.documents;

/**
 * The inspection machinery failed (Tesseract missing or timing out, no thread free, a disk error), not the
 * document. Thrown out of inspection so that the job is retried and, after its retries, becomes an incident an
 * operator can retry: a document is never passed because inspection could not look at it.
 */
public class InspectionFailedException extends RuntimeException {

    public InspectionFailedException(String message) {
        super(message);
    }

    public InspectionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
