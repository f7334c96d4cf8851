package com.merchantonboarding.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** What Tesseract read on one page: lines of words, each word with its box and confidence (hOCR). */
record OcrPage(List<OcrPage.Line> lines) {

    /** A word: its text, its box in pixels and Tesseract's confidence (0–100). */
    record Word(String text, int x0, int y0, int x1, int y1, int confidence) {
    }

    /** A line as Tesseract found it. */
    record Line(List<Word> words) {

        int top() {
            return words.stream().mapToInt(Word::y0).min().orElse(0);
        }

        int bottom() {
            return words.stream().mapToInt(Word::y1).max().orElse(0);
        }

        String text() {
            return words.stream().map(Word::text).collect(Collectors.joining(" "));
        }
    }

    /** A page read from plain text (a PDF's text layer): one line per line, words split at spaces, all certain. */
    static OcrPage ofText(String text) {
        List<Line> lines = new ArrayList<>();
        int y = 0;
        for (String line : text.split("\\R")) {
            List<Word> words = new ArrayList<>();
            int x = 0;
            for (String word : line.strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(new Word(word, x, y, x + 1, y + 1, 100));
                    x += 2;
                }
            }
            if (!words.isEmpty()) {
                lines.add(new Line(words));
            }
            y += 2;
        }
        return new OcrPage(lines);
    }

    String text() {
        return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    }

    /**
     * The page as rows, top to bottom: lines that share at least half their height are one row (sparse-text OCR
     * gives a label and its value as separate lines), words ordered left to right.
     */
    List<List<Word>> rows() {
        List<Line> sorted = lines.stream().filter(l -> !l.words().isEmpty())
                .sorted(Comparator.comparingInt(Line::top)).toList();
        List<List<Word>> rows = new ArrayList<>();
        List<int[]> bands = new ArrayList<>();
        for (Line line : sorted) {
            int row = -1;
            for (int i = 0; i < bands.size() && row < 0; i++) {
                int overlap = Math.min(bands.get(i)[1], line.bottom()) - Math.max(bands.get(i)[0], line.top());
                int smaller = Math.min(bands.get(i)[1] - bands.get(i)[0], line.bottom() - line.top());
                if (overlap * 2 >= smaller) {
                    row = i;
                }
            }
            if (row < 0) {
                rows.add(new ArrayList<>());
                bands.add(new int[] {line.top(), line.bottom()});
                row = rows.size() - 1;
            }
            rows.get(row).addAll(line.words());
        }
        rows.forEach(r -> r.sort(Comparator.comparingInt(Word::x0)));
        return rows;
    }
}
