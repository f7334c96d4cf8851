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
 * the second reading is left out. A page Tesseract read unsure is read again turned ({@link #readPageAnyWayUp}),
 * and the name is read once more in its band alone, in grey.
 */
@Component
class LicenceReader {

    /**
     * The text OCR gave and what was taken from it, with the code's and the name's places cut out of the page as OCR
     * saw it (PNG, black on white), for officers to compare with the declared values at a glance; null when not
     * found.
     */
    record Result(String text, LicenceReading reading, byte[] codeImage, byte[] nameImage) {
    }

    /** A page's reading and the page it was made on (turned, when it had to be). */
    private record PageRead(LicenceReading reading, OcrImage.Page page) {
    }

    static final String SECOND_LANGUAGE = "chi_sim";
    /** A page read with at least this many words at this mean confidence was read the right way up. */
    static final int MIN_UPRIGHT_WORDS = 3;
    static final int MIN_UPRIGHT_CONFIDENCE = 70;
    private static final String SINGLE_LINE = "7";
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
    Result readPrepared(List<OcrImage.Page> prepared) {
        StringBuilder text = new StringBuilder();
        LicenceReading reading = LicenceReading.NOTHING;
        byte[] codeImage = null;
        byte[] nameImage = null;
        for (OcrImage.Page image : prepared) {
            PageRead page = readPageAnyWayUp(image, text);
            if (reading.takesCodeFrom(page.reading())) {
                codeImage = Regions.crop(page.page().grey(), page.reading().codeBox());
            }
            if (reading.legalName() == null && page.reading().legalName() != null) {
                nameImage = Regions.crop(page.page().grey(), page.reading().nameBox());
            }
            reading = reading.combinedWith(page.reading());
            if (reading.registrationNumber() != null) {
                break;
            }
        }
        return new Result(text.toString().strip(), reading, codeImage, nameImage);
    }

    /**
     * Reads the page as it stands and, when Tesseract read it unsure ({@link #readsUpright}) and it did not give a
     * valid code and a name together, turned a quarter either way and upside down (a photo taken sideways without
     * an EXIF orientation, a scan fed upside down), in the order {@link #turnsToTry} gives: the first turn that gives
     * a valid code, read surely, wins. The page is already black on white, so a quarter turn loses nothing.
     */
    private PageRead readPageAnyWayUp(OcrImage.Page prepared, StringBuilder text) {
        int start = text.length();
        OcrPage uprightPage = ocr.read(prepared.binary());
        LicenceReading upright = readPage(prepared, uprightPage, text);
        // A code and a name together are not read by chance; a code alone on an unsure page may be: about one
        // string in 31 passes the check character, and upside-down text gives strings.
        if (readsUpright(uprightPage) || upright.registrationNumber() != null && upright.legalName() != null) {
            return new PageRead(upright, prepared);
        }
        PageRead best = new PageRead(upright, prepared);
        for (int quarters : turnsToTry(prepared.binary())) {
            StringBuilder turnedText = new StringBuilder();
            OcrImage.Page turnedPage = prepared.turned(quarters);
            OcrPage turnedOcr = ocr.read(turnedPage.binary());
            LicenceReading turned = readPage(turnedPage, turnedOcr, turnedText);
            if (turned.registrationNumber() != null
                    && (readsUpright(turnedOcr) || upright.registrationNumber() == null)) {
                text.setLength(start);
                text.append(turnedText);
                return new PageRead(turned, turnedPage);
            }
            if (best.reading().numberAsRead() == null && turned.numberAsRead() != null) {
                best = new PageRead(turned, turnedPage);
            }
        }
        return best;
    }

    /**
     * The turns to try, the likelier first: a licence is wider than it is tall, so a page taller than wide was
     * most likely photographed sideways (a quarter turn either way), and a page as wide as a licence, upside down.
     */
    static int[] turnsToTry(BufferedImage page) {
        return page.getHeight() > page.getWidth() ? new int[] {1, 3, 2} : new int[] {2, 1, 3};
    }

    private LicenceReading readPage(OcrImage.Page prepared, OcrPage page, StringBuilder text) {
        LicenceReading reading = readCodeAndName(prepared.binary(), page, text);
        if (reading.numberAsRead() == null) {
            return reading;
        }
        // Read the name's band alone, as one line of Chinese, in grey, and keep the surer reading. The threshold that
        // helps Tesseract find the page's layout merges and breaks the strokes of small characters (厦 read as 属,
        // 示 as 天), even where the page reading was sure of them; in grey they are still there.
        LicenceReading.Box band = LicenceText.nameBand(page);
        GreyImage grey = prepared.grey();
        if (band == null || band.x1() > grey.width || band.y1() > grey.height) {
            return reading;
        }
        GreyImage line = grey.region(band.x0(), band.y0(), band.x1() - band.x0(), band.y1() - band.y0());
        LicenceReading closer = LicenceText.nameInBand(ocr.read(line.toImage(), SECOND_LANGUAGE, SINGLE_LINE), band);
        if (closer == null || reading.legalName() != null && closer.nameConfidence() <= reading.nameConfidence()) {
            return reading;
        }
        return new LicenceReading(reading.registrationNumber(), reading.numberAsRead(), closer.legalName(),
                closer.nameConfidence(), reading.codeBox(), closer.nameBox());
    }

    private LicenceReading readCodeAndName(BufferedImage prepared, OcrPage page, StringBuilder text) {
        text.append(page.text()).append("\n\n");
        LicenceReading first = LicenceText.read(page);
        boolean verified = first.registrationNumber() != null;
        if (first.numberAsRead() == null || verified && clean(first.legalName())) {
            return first;
        }
        LicenceReading second = LicenceText.read(ocr.read(prepared, SECOND_LANGUAGE));
        LicenceReading code = verified || second.registrationNumber() == null ? first : second;
        String name = clean(first.legalName()) ? first.legalName() : clean(second.legalName()) ? second.legalName() : null;
        LicenceReading named = name == null ? LicenceReading.NOTHING : name.equals(first.legalName()) ? first : second;
        return new LicenceReading(code.registrationNumber(), code.numberAsRead(), name, named.nameConfidence(),
                code.codeBox(), named.nameBox());
    }

    /**
     * Whether Tesseract read the page the right way up: on a page turned a quarter or upside down it reads
     * little, and is unsure of what it reads; an upright page without a code (another document uploaded as the
     * licence) is not turned, which would cost three more runs for nothing.
     */
    static boolean readsUpright(OcrPage page) {
        List<OcrPage.Word> words = page.lines().stream().flatMap(l -> l.words().stream())
                .filter(w -> w.text().codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        double confidence = words.stream().mapToInt(OcrPage.Word::confidence).average().orElse(0);
        return words.size() >= MIN_UPRIGHT_WORDS && confidence >= MIN_UPRIGHT_CONFIDENCE;
    }

    /** A name without Latin letters between Chinese characters (which is how a misread shows). */
    private static boolean clean(String name) {
        return name != null && !LATIN_AMONG_CHINESE.matcher(name).find();
    }
}
