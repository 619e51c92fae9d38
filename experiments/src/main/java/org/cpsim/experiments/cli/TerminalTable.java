package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table for the terminal: columns as wide as their widest cell, two spaces apart, the first column
 * left-aligned and the others right-aligned (numbers), so it fits {@link #WIDTH} columns whenever its
 * contents do; the CSV files next to it hold every digit.
 */
final class TerminalTable {
    /** A terminal's width, and the widest line cpsim prints in a table. */
    static final int WIDTH = 100;

    private final List<List<String>> rows = new ArrayList<>();

    TerminalTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    TerminalTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    List<String> lines() {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        for (List<String> r : rows) for (int c = 0; c < r.size(); c++) width[c] = Math.max(width[c], r.get(c).length());
        List<String> out = new ArrayList<>();
        for (List<String> r : rows) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < r.size(); c++) {
                if (c > 0) b.append("  ");
                b.append(String.format(Locale.ROOT, "%" + (c == 0 ? "-" : "") + width[c] + "s", r.get(c)));
            }
            out.add(b.toString().stripTrailing());
        }
        return out;
    }

    void print(PrintWriter out) {
        for (String line : lines()) out.println(line);
    }

    /** A number in few characters: millions as {@code 11.83m}, else as {@link CompareCommand#number}. */
    static String compact(double v) {
        if (!Double.isNaN(v) && Math.abs(v) >= 1_000_000) return String.format(Locale.ROOT, "%.2fm", v / 1_000_000);
        return CompareCommand.number(v);
    }
}
