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
 * @param codeBox            where the code stands on the page that was read (pixels), or null
 * @param nameBox            where the name stands on that page, or null
 */
record LicenceReading(String registrationNumber, String numberAsRead, String legalName, int nameConfidence,
                      Box codeBox, Box nameBox) {

    static final LicenceReading NOTHING = new LicenceReading(null, null, null, 0);

    /** A rectangle on the page, in pixels, {@code x1} and {@code y1} excluded. */
    record Box(int x0, int y0, int x1, int y1) {

        Box union(Box other) {
            return other == null ? this : new Box(Math.min(x0, other.x0), Math.min(y0, other.y0),
                    Math.max(x1, other.x1), Math.max(y1, other.y1));
        }
    }

    /** A reading without places (a PDF's text layer, tests). */
    LicenceReading(String registrationNumber, String numberAsRead, String legalName, int nameConfidence) {
        this(registrationNumber, numberAsRead, legalName, nameConfidence, null, null);
    }

    /** Whether {@link #combinedWith} takes the code of {@code next} rather than this one's. */
    boolean takesCodeFrom(LicenceReading next) {
        return registrationNumber == null && (next.registrationNumber != null || numberAsRead == null);
    }

    /** This reading completed by a later page's: a verified code wins over one only read, the first name stays. */
    LicenceReading combinedWith(LicenceReading next) {
        boolean nextCode = takesCodeFrom(next);
        boolean ownName = legalName != null;
        return new LicenceReading(nextCode ? next.registrationNumber : registrationNumber,
                nextCode ? next.numberAsRead : numberAsRead, ownName ? legalName : next.legalName,
                ownName ? nameConfidence : next.nameConfidence, nextCode ? next.codeBox : codeBox,
                ownName ? nameBox : next.nameBox);
    }

    boolean corrected() {
        return registrationNumber != null && !registrationNumber.equals(numberAsRead);
    }
}
