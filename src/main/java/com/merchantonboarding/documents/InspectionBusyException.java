package com.merchantonboarding.documents;

import com.merchantonboarding.common.TemporarilyBusy;

/**
 * Inspection is saturated: no memory or OCR slot became free in time. Not a failure of the document nor of the
 * machinery: the job is run again later without using up one of its retries, so a wave of merchants never turns
 * into incidents (docs/inspection.md, "Under load").
 */
public class InspectionBusyException extends InspectionFailedException implements TemporarilyBusy {

    public InspectionBusyException(String message) {
        super(message);
    }
}
