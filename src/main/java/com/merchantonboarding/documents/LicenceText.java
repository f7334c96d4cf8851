package com.merchantonboarding.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Takes the Unified Social Credit Code and the company name out of what was read on a business licence (OCR, or
 * a PDF's text layer). OCR of Chinese puts stray spaces between characters, misreads labels (名称 as "名 BM") and
 * splits a label from its value, so:
 *
 * <ul>
 *   <li>the code: every run of 18 or more letters and digits (spaces removed) is a candidate, in reading order; the
 *       first one that {@link CreditCodes#repair} turns into a valid code wins; failing that, the first one with a
 *       code's shape is kept as read (an early pilot code, or a misread one), unverified;</li>
 *   <li>the name: the row (words at the same height, left to right) that starts with the label 名称 (or 名 or 称
 *       alone, or one of them misread, with stray characters around), or, when the label is lost, the row directly
 *       above the 类型 row (found by its label or by a legal form such as 有限责任公司), as on the national
 *       template; its value is what follows the label up to the column gap or a label of the right column (the
 *       current layout puts 注册资本 on the name's row), if it names a business
 *       (公司, 厂, 店, 中心, …), has at least four characters and Tesseract was on average at least
 *       {@value #MIN_NAME_CONFIDENCE}% sure of its words. A doubtful name is left out: no name means no name
 *       cross-check, a wrong one means a wrong finding for the merchant.</li>
 * </ul>
 */
final class LicenceText {

    static final int MIN_NAME_CONFIDENCE = 75;
    private static final Pattern CODE_RUN = Pattern.compile("[0-9A-Z]{18,}");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{IsHan}（）0-9A-Za-z]");
    private static final Pattern OPENING = Pattern.compile("[(〈《【\\[]");
    private static final Pattern CLOSING = Pattern.compile("[)〉》】\\]]");
    private static final Pattern BUSINESS = Pattern.compile(".*(公司|企业|厂|店|行|部|室|馆|社|所|中心|场|院).*");
    private static final int MIN_NAME_LENGTH = 4;
    /** A legal form alone (有限公司) is what is left when the name's own words were lost: not a name. */
    private static final Pattern BARE_LEGAL_FORM = Pattern.compile("[（）]*(（?集团）?)?(股份)?有限(责任)?公司");
    private static final double COLUMN_GAP_IN_CHARACTERS = 2.5;
    /** The national layout's rows, centre to centre, in character heights. */
    private static final double ROW_PITCH = 2.35;
    /** A label and the gap after it: a left-column value starts at least this many character heights right of it. */
    private static final double LABEL_WIDTH = 5;
    private static final List<String> RIGHT_COLUMN_LABELS = List.of("注册资本", "成立日期", "营业期限", "住所",
            "经营场所", "登记机关", "注册资金", "出资额");
    private static final List<String> LEGAL_FORMS = List.of("有限责任公司", "股份有限公司", "其他有限责任公司",
            "个人独资企业", "普通合伙企业", "有限合伙企业", "个体工商户", "农民专业合作社");

    private LicenceText() {
    }

    static LicenceReading read(String text) {
        return text == null || text.isBlank() ? LicenceReading.NOTHING : read(OcrPage.ofText(text));
    }

    static LicenceReading read(OcrPage page) {
        Code code = code(page.text());
        List<List<OcrPage.Word>> rows = page.rows();
        Name name = name(rows);
        return new LicenceReading(code.valid(), code.asRead(), name == null ? null : name.text(),
                name == null ? 0 : name.confidence(), code.asRead() == null ? null : codeBox(rows, code.asRead()),
                name == null ? null : name.box());
    }

    /** The valid code, or null; the 18 characters as read, or null. */
    private record Code(String valid, String asRead) {
    }

    private static Code code(String text) {
        List<String> candidates = new ArrayList<>();
        for (String line : normalized(text).split("\\R")) {
            Matcher run = CODE_RUN.matcher(line.replaceAll("[\\s\\-_|.]", "").toUpperCase(Locale.ROOT));
            while (run.find()) {
                String found = run.group();
                for (int i = 0; i + CreditCodes.LENGTH <= found.length(); i++) {
                    candidates.add(found.substring(i, i + CreditCodes.LENGTH));
                }
            }
        }
        for (String candidate : candidates) {
            String valid = CreditCodes.repair(candidate);
            if (valid != null) {
                return new Code(valid, candidate);
            }
        }
        return new Code(null, candidates.stream().filter(CreditCodes::shaped).findFirst().orElse(null));
    }

    /** A name as read, with Tesseract's mean confidence in its words and where they stand. */
    private record Name(String text, int confidence, LicenceReading.Box box) {
    }

    /**
     * Where the name's value stands, found from a row below it whose label OCR read: 类型 (one row down) or
     * 法定代表人 (two rows down). Across, from where the left column's values start (about five characters right of
     * the label's start: the labels are all as wide as 法定代表人) to where the right column starts. Down, the words
     * the page reading found there, or, when it found none, where the row should be (rows are about
     * {@value #ROW_PITCH} character heights apart). For a second, closer look at a name the page reading lost or
     * doubted; null without such a row.
     */
    static LicenceReading.Box nameBand(OcrPage page) {
        List<List<Token>> rows = page.rows().stream().map(LicenceText::tokens).toList();
        for (List<Token> row : rows) {
            if (row.size() < 3) {
                continue;
            }
            String label = row.get(0).text();
            int rowsDown = label.startsWith("类") ? 1 : label.startsWith("法") ? 2 : 0;
            if (rowsDown == 0) {
                continue;
            }
            int height = row.stream().mapToInt(Token::height).sorted().skip(row.size() / 2).findFirst().orElse(0);
            int valueIndex = 1;
            while (valueIndex < row.size() && row.get(valueIndex).x0() - row.get(0).x0() < LABEL_WIDTH * height) {
                valueIndex++;
            }
            Integer right = null;
            for (int i = valueIndex + 1; i < row.size() && right == null; i++) {
                boolean gap = row.get(i).x0() - row.get(i - 1).x1() > COLUMN_GAP_IN_CHARACTERS * height;
                if (gap || row.get(i).text().startsWith(rowsDown == 1 ? "成" : "营")) {
                    right = row.get(i).x0();
                }
            }
            if (height <= 0 || valueIndex >= row.size() || right == null
                    || right - row.get(valueIndex).x0() < 4 * height) {
                continue;
            }
            int x0 = row.get(valueIndex).x0();
            int top = row.stream().mapToInt(Token::y0).min().orElse(0);
            double centre = top + height / 2.0 - rowsDown * ROW_PITCH * height;
            int y0 = (int) Math.round(centre - 0.95 * height);
            int y1 = (int) Math.round(centre + 0.95 * height);
            int rightEdge = right;
            List<Token> words = rows.stream().flatMap(List::stream)
                    .filter(t -> t.x0() >= x0 - 2 * height && t.x1() <= rightEdge && isHan(t.text()))
                    .filter(t -> Math.abs((t.y0() + t.y1()) / 2.0 - centre) < ROW_PITCH * height / 2).toList();
            if (!words.isEmpty()) {
                y0 = words.stream().mapToInt(Token::y0).min().getAsInt() - height / 3;
                y1 = words.stream().mapToInt(Token::y1).max().getAsInt() + height / 3;
            }
            int left = Math.min(x0, words.stream().mapToInt(Token::x0).min().orElse(x0));
            if (y0 < 0) {
                return null;
            }
            return new LicenceReading.Box(Math.max(0, left - height / 2), y0, right - height / 2, y1);
        }
        return null;
    }

    /**
     * The name read on its own in the band of {@link #nameBand} (one line), without any label, up to a label of the
     * right column; null when it does not look like a business's name.
     */
    static LicenceReading nameInBand(OcrPage line, LicenceReading.Box band) {
        List<Token> tokens = new ArrayList<>();
        line.rows().forEach(row -> tokens.addAll(tokens(row)));
        int start = 0;
        while (start < tokens.size() && (!isHan(tokens.get(start).text()) || tokens.get(start).text().equals("名")
                || tokens.get(start).text().equals("称") || tokens.get(start).text().equals("名称"))) {
            start++;
        }
        List<Token> rest = withinColumn(tokens.subList(start, tokens.size()));
        String name = beforeRightColumnLabel(rest.stream().map(Token::text).collect(Collectors.joining()));
        double confidence = rest.stream().mapToInt(Token::confidence).average().orElse(0);
        if (name.length() < MIN_NAME_LENGTH || !BUSINESS.matcher(name).matches()
                || BARE_LEGAL_FORM.matcher(name).matches()) {
            return null;
        }
        LicenceReading.Box box = null;
        for (Token token : rest) {
            box = new LicenceReading.Box(band.x0() + token.x0(), band.y0() + token.y0(), band.x0() + token.x1(),
                    band.y0() + token.y1()).union(box);
        }
        return new LicenceReading(null, null, name, (int) Math.round(confidence), null, box);
    }

    /** The words of the row that hold the 18 characters read as the code, as one box; null when not found. */
    private static LicenceReading.Box codeBox(List<List<OcrPage.Word>> rows, String asRead) {
        for (List<OcrPage.Word> row : rows) {
            StringBuilder joined = new StringBuilder();
            List<Integer> wordOfChar = new ArrayList<>();
            for (int w = 0; w < row.size(); w++) {
                String text = normalized(row.get(w).text()).replaceAll("[\\s\\-_|.]", "").toUpperCase(Locale.ROOT);
                joined.append(text);
                for (int c = 0; c < text.length(); c++) {
                    wordOfChar.add(w);
                }
            }
            int at = joined.indexOf(asRead);
            if (at >= 0) {
                LicenceReading.Box box = null;
                for (int w = wordOfChar.get(at); w <= wordOfChar.get(at + asRead.length() - 1); w++) {
                    OcrPage.Word word = row.get(w);
                    box = new LicenceReading.Box(word.x0(), word.y0(), word.x1(), word.y1()).union(box);
                }
                return box;
            }
        }
        return null;
    }

    private static Name name(List<List<OcrPage.Word>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Token> tokens = tokens(rows.get(r));
            int value = afterLabel(tokens);
            if (value < 0 && r + 1 < rows.size() && isTypeRow(tokens(rows.get(r + 1)))) {
                // The label was misread or lost, but the row above 类型 is the name on the national template.
                value = afterNoise(tokens);
            }
            if (value < 0 || value >= tokens.size()) {
                continue;
            }
            List<Token> rest = withinColumn(tokens.subList(value, tokens.size()));
            String name = beforeRightColumnLabel(rest.stream().map(Token::text).collect(Collectors.joining()));
            double confidence = rest.stream().mapToInt(Token::confidence).average().orElse(0);
            boolean plausible = name.length() >= MIN_NAME_LENGTH && BUSINESS.matcher(name).matches()
                    && !BARE_LEGAL_FORM.matcher(name).matches()
                    && confidence >= MIN_NAME_CONFIDENCE;
            LicenceReading.Box box = null;
            for (Token token : rest) {
                box = new LicenceReading.Box(token.x0(), token.y0(), token.x1(), token.y1()).union(box);
            }
            return plausible ? new Name(name, (int) Math.round(confidence), box) : null;
        }
        return null;
    }

    /** A piece of a row: its name characters, Tesseract's confidence, and where it stands (pixels). */
    private record Token(String text, int confidence, int x0, int x1, int y0, int y1) {

        int height() {
            return y1 - y0;
        }
    }

    /**
     * The value's words up to the column gap: on the national layout the name shares its row with 注册资本 in the
     * right column, and a line reader runs one into the other. A gap wider than {@value #COLUMN_GAP_IN_CHARACTERS}
     * character heights ends the value.
     */
    private static List<Token> withinColumn(List<Token> value) {
        int height = value.stream().mapToInt(Token::height).sorted().skip(value.size() / 2).findFirst().orElse(0);
        for (int i = 1; i < value.size(); i++) {
            if (height > 0 && value.get(i).x0() - value.get(i - 1).x1() > COLUMN_GAP_IN_CHARACTERS * height) {
                return value.subList(0, i);
            }
        }
        return value;
    }

    /** The name up to a label of the right column (注册资本, 成立日期, …) read into it without a visible gap. */
    private static String beforeRightColumnLabel(String name) {
        int cut = name.length();
        for (String label : RIGHT_COLUMN_LABELS) {
            int at = name.indexOf(label, MIN_NAME_LENGTH);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return name.substring(0, cut);
    }

    /** The row's words as name characters; a label read together with its value ("名称厦门…", "下称厦门…") is split. */
    private static List<Token> tokens(List<OcrPage.Word> row) {
        List<Token> tokens = new ArrayList<>();
        for (OcrPage.Word word : row) {
            String text = nameCharacters(word.text());
            int label = tokens.isEmpty() ? gluedLabelLength(text) : 0;
            int x0 = word.x0();
            if (label > 0) {
                int split = word.x0() + (word.x1() - word.x0()) * label / text.length();
                tokens.add(new Token(text.substring(0, label), word.confidence(), x0, split, word.y0(), word.y1()));
                text = text.substring(label);
                x0 = split;
            }
            if (!text.isEmpty()) {
                tokens.add(new Token(text, word.confidence(), x0, word.x1(), word.y0(), word.y1()));
            }
        }
        return tokens;
    }

    /** How many characters at the start of a row's first word are the label 名称 (or 称, or 名称 half misread). */
    private static int gluedLabelLength(String text) {
        if (text.length() > 2 && (text.startsWith("名称") || text.charAt(1) == '称')) {
            return 2;
        }
        return text.length() > 1 && text.charAt(0) == '称' ? 1 : 0;
    }

    /**
     * Where the value starts in a row that begins with the label 名称, or -1 for another row. Characters OCR made
     * of nothing may come first or follow, and 名 or 称 alone is enough: one of the two is often misread.
     */
    private static int afterLabel(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && i < 3 && !isHan(tokens.get(i).text())) {
            i++;
        }
        boolean label = false;
        while (i < tokens.size()) {
            String text = tokens.get(i).text();
            boolean beforeSecondHalf = text.length() == 1 && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("称");
            if (text.equals("名") || text.equals("称") || text.equals("名称")
                    || !label && (isMisreadLabel(text) || beforeSecondHalf)) {
                label = true;
            } else if (!label || isHan(text)) {
                break;
            }
            i++;
        }
        return label ? i : -1;
    }

    /** 名称 with one of its two characters misread (下称, 名祢); only where the row starts. */
    private static boolean isMisreadLabel(String text) {
        return text.length() == 2 && isHan(text) && (text.startsWith("名") || text.endsWith("称"));
    }

    /** After up to three tokens OCR made of a misread label (no Chinese in them). */
    private static int afterNoise(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && i < 3 && !isHan(tokens.get(i).text())) {
            i++;
        }
        return i;
    }

    /** The 类型 row: its label, or a value that starts with a legal form (有限责任公司（自然人投资或控股）). */
    private static boolean isTypeRow(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        String first = tokens.get(0).text();
        if (first.startsWith("类") || first.equals("型")) {
            return true;
        }
        String value = tokens.subList(afterNoise(tokens), tokens.size()).stream().map(Token::text)
                .collect(Collectors.joining());
        return LEGAL_FORMS.stream().anyMatch(value::startsWith);
    }

    private static boolean isHan(String word) {
        return word.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The word's letters, digits and Chinese characters, with OCR's bracket look-alikes as （ and ）. */
    private static String nameCharacters(String word) {
        String brackets = CLOSING.matcher(OPENING.matcher(normalized(word)).replaceAll("（")).replaceAll("）");
        return NOT_NAME.matcher(brackets).replaceAll("");
    }

    private static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
