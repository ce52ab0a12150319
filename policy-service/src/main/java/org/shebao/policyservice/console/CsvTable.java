package org.shebao.policyservice.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated table (RFC 4180): fields may be quoted, with {@code ""} for a quote and commas or line breaks
 * inside; lines end with LF or CRLF; a leading byte-order mark is dropped. Small enough not to need a library.
 */
public final class CsvTable {

    /** A record of the file, numbered from 1 (the header) as a spreadsheet numbers its rows. */
    public record Record(int number, List<String> cells) {
        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A quoted field that never ends: nothing after it can be read. */
    public static final class Malformed extends RuntimeException {
        private final int row;

        Malformed(int row, String message) {
            super(message);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }

    private CsvTable() {
    }

    public static List<Record> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int row = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && cell.isEmpty()) {
                int end = closingQuote(s, i + 1, row);
                cell.append(s.substring(i + 1, end).replace("\"\"", "\""));
                i = end + 1;
                continue;
            }
            if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(new Record(row++, List.copyOf(cells)));
                cells.clear();
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                cell.append(c);
            }
            i++;
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(row, List.copyOf(cells)));
        }
        return records;
    }

    private static int closingQuote(String s, int from, int row) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '"') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new Malformed(row, "a quoted field opened in row " + row + " never ends");
    }
}
