package com.merchantonboarding.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Collects the lines and words of Tesseract's hOCR output, as Tika passes it through, into an {@link OcrPage}. */
final class HocrReader extends DefaultHandler {

    private static final Pattern BOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");
    private static final Pattern CONFIDENCE = Pattern.compile("x_wconf (\\d+)");
    private static final List<String> LINE_CLASSES = List.of("ocr_line", "ocr_header", "ocr_textfloat", "ocr_caption");

    private final List<OcrPage.Line> lines = new ArrayList<>();
    private List<OcrPage.Word> words;
    private StringBuilder word;
    private String wordTitle;

    OcrPage page() {
        closeLine();
        return new OcrPage(List.copyOf(lines));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String type = attributes.getValue("class");
        if (type == null) {
            return;
        }
        if (LINE_CLASSES.contains(type)) {
            closeLine();
            words = new ArrayList<>();
        } else if (type.equals("ocrx_word")) {
            word = new StringBuilder();
            wordTitle = attributes.getValue("title");
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (word != null) {
            word.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (word == null || !localName.equals("span")) {
            return;
        }
        String text = word.toString().strip();
        Matcher box = BOX.matcher(wordTitle == null ? "" : wordTitle);
        if (!text.isEmpty() && box.find()) {
            Matcher confidence = CONFIDENCE.matcher(wordTitle);
            if (words == null) {
                words = new ArrayList<>();
            }
            words.add(new OcrPage.Word(text, Integer.parseInt(box.group(1)), Integer.parseInt(box.group(2)),
                    Integer.parseInt(box.group(3)), Integer.parseInt(box.group(4)),
                    confidence.find() ? Integer.parseInt(confidence.group(1)) : 0));
        }
        word = null;
    }

    private void closeLine() {
        if (words != null && !words.isEmpty()) {
            lines.add(new OcrPage.Line(List.copyOf(words)));
        }
        words = null;
    }
}
