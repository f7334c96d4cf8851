package com.merchantonboarding.screening;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV that a spreadsheet saves (RFC 4180: quoted fields, doubled quotes, CRLF or LF, an optional
 * UTF-8 byte order mark). Columns are found by their header name, so an analyst may reorder them or
 * add columns of their own. Blank lines are skipped.
 */
final class Csv {

    private Csv() {
    }

    record Row(String file, int line, Map<String, String> values) {

        /** The trimmed value of a column, "" when the row is short. */
        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }

        String where() {
            return file + " line " + line;
        }
    }

    /**
     * Parses {@code bytes} and checks that the header has every required column.
     *
     * @throws IllegalArgumentException with file and line when the text is not valid UTF-8 CSV
     */
    static List<Row> parse(String file, byte[] bytes, String... requiredColumns) {
        String text = decode(file, bytes);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                addRecord(records, lines, record, recordLine);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + " line " + recordLine + ": a quoted value is not closed");
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            addRecord(records, lines, record, recordLine);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + " line 1: no header row");
        }
        List<String> header = new ArrayList<>();
        for (String name : records.get(0)) {
            header.add(name.strip().toLowerCase(Locale.ROOT));
        }
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException(file + " line " + lines.get(0) + ": no column '" + column
                        + "' (the header has " + header + ")");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            Map<String, String> byName = new HashMap<>();
            for (int c = 0; c < header.size() && c < values.size(); c++) {
                byName.putIfAbsent(header.get(c), values.get(c));
            }
            rows.add(new Row(file, lines.get(r), byName));
        }
        return rows;
    }

    private static void addRecord(List<List<String>> records, List<Integer> lines, List<String> record, int line) {
        boolean blank = record.stream().allMatch(String::isBlank);
        if (!blank) {
            records.add(record);
            lines.add(line);
        }
    }

    private static String decode(String file, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text (save it as \"CSV UTF-8\")");
        }
    }
}
