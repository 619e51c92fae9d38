package org.cpsim.experiments.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file (RFC 4180, as {@code output.Csv} writes it) read whole: its header and rows, columns
 * found by name, and errors that name the file, the line and the column, because these files come
 * from other verbs and other people's scripts.
 */
final class CsvTable {
    /** One data row and the line of the file it starts on. */
    record Row(int line, List<String> fields) {}

    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    static CsvTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark from a spreadsheet
        List<Row> records = parse(file, text);
        if (records.isEmpty()) throw new ReportInputException(file + ": empty file, expected a header row");
        List<String> header = records.get(0).fields().stream().map(String::strip).toList();
        return new CsvTable(file, header, records.subList(1, records.size()));
    }

    private static List<Row> parse(Path file, String text) {
        List<Row> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int rowLine = 1;
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
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (any || field.length() > 0) {
                    fields.add(field.toString());
                    out.add(new Row(rowLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) throw new ReportInputException(file + ":" + rowLine + ": a quoted field is never closed");
        if (any || field.length() > 0) {
            fields.add(field.toString());
            out.add(new Row(rowLine, List.copyOf(fields)));
        }
        return out;
    }

    Path file() { return file; }

    List<String> header() { return header; }

    List<Row> rows() { return rows; }

    boolean has(String column) { return header.contains(column); }

    /** The index of a column the file must have. */
    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) throw new ReportInputException(file + ": no column '" + name + "' (the header is " + String.join(",", header) + ")");
        return i;
    }

    /** Fails unless every named column is present, before any row is read. */
    void require(String... columns) {
        for (String c : columns) column(c);
    }

    String text(Row row, int column) {
        return column >= 0 && column < row.fields().size() ? row.fields().get(column).strip() : "";
    }

    /** A number; empty (how cpsim writes "nothing to measure") and NA read as NaN. */
    double number(Row row, int column) {
        String s = text(row, column);
        if (s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN")) return Double.NaN;
        if (s.equals("Inf")) return Double.POSITIVE_INFINITY;
        if (s.equals("-Inf")) return Double.NEGATIVE_INFINITY;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new ReportInputException(file + ":" + row.line() + ": column '" + header.get(column) + "': '" + s + "' is not a number");
        }
    }

    /** A whole number, or -1 when the field is empty. */
    int count(Row row, int column) {
        double v = number(row, column);
        return Double.isNaN(v) ? -1 : (int) Math.round(v);
    }

    /** true/false, yes/no or 1/0; empty when the file leaves it out. */
    java.util.Optional<Boolean> flag(Row row, int column) {
        String s = text(row, column).toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "1", "y", "t" -> java.util.Optional.of(true);
            case "false", "no", "0", "n", "f" -> java.util.Optional.of(false);
            case "" -> java.util.Optional.empty();
            default -> throw new ReportInputException(file + ":" + row.line() + ": column '" + header.get(column) + "': '" + s
                    + "' is not true or false");
        };
    }
}
