package com.merchantonboarding.leads;

import java.util.List;

/** RFC 4180 text: a header row, then rows; a cell a spreadsheet would read as a formula is quoted as text. */
final class Csv {

    private final StringBuilder text = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells[i]));
        }
        text.append("\r\n");
        return this;
    }

    Csv rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
