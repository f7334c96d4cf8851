package com.merchantonboarding.documents;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads a business licence by OCR, page by page, until a page gives a valid credit code. When a page shows a code
 * but it fails its check, or the name is missing or holds Latin letters among Chinese characters, the page is read
 * once more in Chinese alone ({@value #SECOND_LANGUAGE}): with English as well, Tesseract now and then reads Chinese
 * characters as Latin letters (集团 as "RA") and letters of the code as digits (B as 8). What is still doubtful after
 * the second reading is left out. A page without any code-shaped text is read again turned ({@link
 * #readPageAnyWayUp}).
 */
@Component
class LicenceReader {

    /** The text OCR gave and what was taken from it. */
    record Result(String text, LicenceReading reading) {
    }

    static final String SECOND_LANGUAGE = "chi_sim";
    private static final Pattern LATIN_AMONG_CHINESE = Pattern.compile("\\p{IsHan}[（）]?[A-Za-z]+[（）]?\\p{IsHan}");

    private final TesseractOcr ocr;

    LicenceReader(TesseractOcr ocr) {
        this.ocr = ocr;
    }

    /** Reads pages as decoded (each is prepared for OCR here). */
    Result read(List<BufferedImage> pages) {
        return readPrepared(pages.stream().map(OcrImage::prepare).toList());
    }

    /** Reads pages already prepared by {@link OcrImage#prepare}, in order, until one gives a valid code. */
    Result readPrepared(List<BufferedImage> prepared) {
        StringBuilder text = new StringBuilder();
        LicenceReading reading = LicenceReading.NOTHING;
        for (BufferedImage image : prepared) {
            reading = reading.combinedWith(readPageAnyWayUp(image, text));
            if (reading.registrationNumber() != null) {
                break;
            }
        }
        return new Result(text.toString().strip(), reading);
    }

    /**
     * Reads the page as it stands and, when no code-shaped text at all is found on it, turned a quarter either way
     * and upside down (a photo taken sideways without an EXIF orientation, a scan fed upside down): the first
     * turn that gives a valid code wins, the code's check character saying which way is up. The page is already
     * black on white, so a quarter turn loses nothing.
     */
    private LicenceReading readPageAnyWayUp(BufferedImage prepared, StringBuilder text) {
        int start = text.length();
        LicenceReading upright = readPage(prepared, text);
        if (upright.numberAsRead() != null) {
            return upright;
        }
        GreyImage page = GreyImage.of(prepared);
        LicenceReading best = upright;
        for (int quarters : new int[] {1, 3, 2}) {
            StringBuilder turnedText = new StringBuilder();
            LicenceReading turned = readPage(page.turned(quarters).toImage(), turnedText);
            if (turned.registrationNumber() != null) {
                text.setLength(start);
                text.append(turnedText);
                return turned;
            }
            if (best.numberAsRead() == null && turned.numberAsRead() != null) {
                best = turned;
            }
        }
        return best;
    }

    private LicenceReading readPage(BufferedImage prepared, StringBuilder text) {
        OcrPage page = ocr.read(prepared);
        text.append(page.text()).append("\n\n");
        LicenceReading first = LicenceText.read(page);
        boolean verified = first.registrationNumber() != null;
        if (first.numberAsRead() == null || verified && clean(first.legalName())) {
            return first;
        }
        LicenceReading second = LicenceText.read(ocr.read(prepared, SECOND_LANGUAGE));
        LicenceReading code = verified || second.registrationNumber() == null ? first : second;
        String name = clean(first.legalName()) ? first.legalName() : clean(second.legalName()) ? second.legalName() : null;
        int confidence = name == null ? 0 : name.equals(first.legalName()) ? first.nameConfidence() : second.nameConfidence();
        return new LicenceReading(code.registrationNumber(), code.numberAsRead(), name, confidence);
    }

    /** A name without Latin letters between Chinese characters (which is how a misread shows). */
    private static boolean clean(String name) {
        return name != null && !LATIN_AMONG_CHINESE.matcher(name).find();
    }
}
