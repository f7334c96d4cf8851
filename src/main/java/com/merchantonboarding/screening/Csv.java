package com.merchantonboarding.screening;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV that a spreadsheet saves (RFC 4180: quoted fields, doubled quotes, commas and line breaks
 * inside quotes, CRLF or LF, an optional UTF-8 byte order mark), read with Apache Commons CSV. Columns
 * are found by their header name, so an analyst may reorder them or add columns of their own. Blank
 * lines are skipped; every row keeps the line it starts on, for messages.
 */
final class Csv {

    /**
     * Empty lines come through as records (and are skipped here) so that each record's first line can be
     * told from the parser's line count; text after a closing quote is kept, as spreadsheets are lenient.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();

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

    private record Numbered(int line, List<String> values) {
    }

    /**
     * Parses {@code bytes} and checks that the header has every required column.
     *
     * @throws IllegalArgumentException with file and line when the text is not valid UTF-8 CSV
     */
    static List<Row> parse(String file, byte[] bytes, String... requiredColumns) {
        List<Numbered> records = read(file, decode(file, bytes));
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + " line 1: no header row");
        }
        List<String> header = new ArrayList<>();
        for (String name : records.get(0).values()) {
            header.add(name.strip().toLowerCase(Locale.ROOT));
        }
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException(file + " line " + records.get(0).line() + ": no column '" + column
                        + "' (the header has " + header + ")");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Numbered record : records.subList(1, records.size())) {
            Map<String, String> byName = new HashMap<>();
            List<String> values = record.values();
            for (int c = 0; c < header.size() && c < values.size(); c++) {
                byName.putIfAbsent(header.get(c), values.get(c));
            }
            rows.add(new Row(file, record.line(), byName));
        }
        return rows;
    }

    /** The records that are not blank, each with the line it starts on. */
    private static List<Numbered> read(String file, String text) {
        List<Numbered> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                // The parser has counted the line breaks of the records before; this record starts on the next line.
                int line = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
                boolean more;
                try {
                    more = iterator.hasNext();
                } catch (UncheckedIOException e) {
                    throw new IllegalArgumentException(file + " line " + line + ": " + problem(e.getCause()), e);
                }
                if (!more) {
                    return records;
                }
                List<String> values = iterator.next().toList();
                if (!values.stream().allMatch(String::isBlank)) {
                    records.add(new Numbered(line, values));
                }
            }
        } catch (IOException e) {
            // Reading a String does not fail; closing it neither.
            throw new UncheckedIOException(e);
        }
    }

    private static String problem(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value is not closed";
        }
        return "not valid CSV (" + message + ")";
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
