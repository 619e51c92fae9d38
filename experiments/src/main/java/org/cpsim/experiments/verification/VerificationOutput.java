package org.cpsim.experiments.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a verification report as {@code verification.csv} and renders it as a table for people. */
public final class VerificationOutput {
    private VerificationOutput() {}

    public static final String FILE_NAME = "verification.csv";
    public static final String HEADER = "check,expected,simulated,ci_low,ci_high,pass";

    /** Writes {@code dir/verification.csv}, creating {@code dir}; returns the file. */
    public static Path writeCsv(Path dir, VerificationReport report) throws IOException {
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (CheckResult c : report.checks()) {
            csv.append(quote(c.check())).append(',')
               .append(number(c.expected())).append(',')
               .append(number(c.simulated())).append(',')
               .append(number(c.ciLow())).append(',')
               .append(number(c.ciHigh())).append(',')
               .append(c.pass()).append('\n');
        }
        Path file = dir.resolve(FILE_NAME);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** A fixed-width table, one check per line, with a PASS/FAIL column first so failures stand out. */
    public static String table(VerificationReport report) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%-6s %12s %12s %12s %12s  %s%n", "result", "expected", "simulated", "ci_low", "ci_high", "check"));
        for (CheckResult c : report.checks()) {
            t.append(String.format(Locale.ROOT, "%-6s %12.5g %12.5g %12.5g %12.5g  %s%n",
                    c.pass() ? "PASS" : "FAIL", c.expected(), c.simulated(), c.ciLow(), c.ciHigh(), c.check()));
        }
        for (String note : report.notes()) t.append(note).append(System.lineSeparator());
        long failed = report.checks().stream().filter(c -> !c.pass()).count();
        t.append(String.format(Locale.ROOT, "%d of %d checks passed%s%n", report.checks().size() - failed, report.checks().size(),
                report.allPassed() ? "." : ": VERIFICATION FAILED."));
        return t.toString();
    }

    /** Full precision, locale-independent, so the file can be re-read exactly. */
    static String number(double v) { return Double.toString(v); }

    /** RFC 4180 quoting, only where needed. */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
