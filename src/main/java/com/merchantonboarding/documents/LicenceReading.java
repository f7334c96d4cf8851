package com.merchantonboarding.documents;

/**
 * What OCR read on a business licence.
 *
 * @param registrationNumber the Unified Social Credit Code, only when it passes the GB 32100 check (as read,
 *                           or after correcting OCR confusions), else null
 * @param numberAsRead       the 18 characters OCR gave for the code, before any correction, or null
 * @param legalName          the company name after 名称, or null
 * @param nameConfidence     Tesseract's mean confidence (0–100) in the name's words; 100 for a PDF's text layer,
 *                           0 without a name
 */
record LicenceReading(String registrationNumber, String numberAsRead, String legalName, int nameConfidence) {

    static final LicenceReading NOTHING = new LicenceReading(null, null, null, 0);

    /** This reading completed by a later page's: a verified code wins over one only read, the first name stays. */
    LicenceReading combinedWith(LicenceReading next) {
        boolean nextCode = registrationNumber == null && (next.registrationNumber != null || numberAsRead == null);
        boolean ownName = legalName != null;
        return new LicenceReading(nextCode ? next.registrationNumber : registrationNumber,
                nextCode ? next.numberAsRead : numberAsRead, ownName ? legalName : next.legalName,
                ownName ? nameConfidence : next.nameConfidence);
    }

    boolean corrected() {
        return registrationNumber != null && !registrationNumber.equals(numberAsRead);
    }
}
