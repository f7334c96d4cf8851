package com.merchantonboarding.documents;

/**
 * What OCR read on a business licence.
 *
 * @param registrationNumber the Unified Social Credit Code, only when it passes the GB 32100 check (as read,
 *                           or after correcting OCR confusions), else null
 * @param numberAsRead       the 18 characters OCR gave for the code, before any correction, or null
 * @param legalName          the company name after 名称, or null
 */
record LicenceReading(String registrationNumber, String numberAsRead, String legalName) {

    static final LicenceReading NOTHING = new LicenceReading(null, null, null);

    /** This reading completed by a later page's: a verified code wins over one only read, the first name stays. */
    LicenceReading combinedWith(LicenceReading next) {
        boolean nextCode = registrationNumber == null && (next.registrationNumber != null || numberAsRead == null);
        return new LicenceReading(nextCode ? next.registrationNumber : registrationNumber,
                nextCode ? next.numberAsRead : numberAsRead, legalName != null ? legalName : next.legalName);
    }

    boolean corrected() {
        return registrationNumber != null && !registrationNumber.equals(numberAsRead);
    }
}
