package org.cpsim.experiments.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cpsim.experiments.output.AtomicFile;

/** The ministerial brief: read the results folders, decide the content, write the HTML page (and a PDF). */
public final class Brief {
    private Brief() {}

    /** The brief's HTML for these results folders. */
    public static String html(List<Path> folders, BriefOptions options) {
        return BriefPage.html(BriefContent.of(Analysis.read(folders), options));
    }

    /** Writes the brief to {@code out}, whole or not at all. */
    public static void write(List<Path> folders, BriefOptions options, Path out) throws IOException {
        AtomicFile.write(out, html(folders, options).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Prints a written brief to PDF with Chromium, through a temporary file so a failed print leaves
     * no broken PDF behind.
     *
     * @throws IOException if Chromium fails or writes no PDF
     */
    public static void printPdf(Chromium chromium, Path html, Path pdf) throws IOException {
        Path absolute = pdf.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path temp = AtomicFile.sibling(absolute);
        try {
            Chromium.Output o = chromium.printToPdf(html, temp);
            if (o.exitCode() != 0 || Files.size(temp) == 0) {
                String last = o.stderr().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
                throw new IOException("Chromium could not print " + html + " to PDF (exit " + o.exitCode() + ")" + (last.isEmpty() ? "" : ": " + last));
            }
            AtomicFile.rename(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
