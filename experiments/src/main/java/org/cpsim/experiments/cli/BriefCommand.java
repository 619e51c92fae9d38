package org.cpsim.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.cpsim.experiments.report.Brief;
import org.cpsim.experiments.report.BriefOptions;
import org.cpsim.experiments.report.Chromium;
import org.cpsim.experiments.report.ReportInputException;
import org.cpsim.model.metrics.Indicator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpsim brief}: the one-page ministerial brief from a comparison (and optionally sensitivity, fit and sweep results). */
@Command(name = "brief",
        header = "A one-page HTML brief from a comparison folder.",
        mixinStandardHelpOptions = true,
        description = {"Write a one-page HTML brief for ministers from a comparison folder (cpsim compare), following the AQuA Book: "
                + "the question, the answer with 95%% ranges, charts, headline differences, the assumptions that drive the answer "
                + "(add a sensitivity folder to rate them), what not to use it for, and a quality-assurance record (add a fit folder "
                + "for calibration status).",
                "The page is self-contained (charts inlined as SVG, no scripts, nothing fetched) and prints on one A4 page."},
        footer = {"", "Examples:",
                "  cpsim brief output/timescales",
                "  cpsim brief output/timescales output/sensitivity output/fit --pdf",
                "  cpsim brief output/timescales --title 'Assessment timescales' \\",
                "      --question 'Should national assessment timescales be lifted?'",
                "  cpsim brief output/timescales --indicator harm_days_per_10k --year 2013-14"})
final class BriefCommand implements Callable<Integer> {
    private final Supplier<Optional<Chromium>> chromium;
    private final Clock clock;

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "A comparison folder, and optionally sensitivity, fit and sweep folders, in any order.")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "Heading (default: the options compared).")
    String title;

    @Option(names = "--question", paramLabel = "TEXT", description = "The question, in one line (default: made from the scenario names).")
    String question;

    @Option(names = "--out", paramLabel = "FILE", description = "The HTML file to write (default: the first DIR's brief.html).")
    Path out;

    @Option(names = "--pdf", description = "Also print FILE.pdf with headless Chromium (which must be installed).")
    boolean pdf;

    @Option(names = "--indicator", paramLabel = "ID",
            description = "A headline indicator, most important first (repeatable; default: assessment time, harm, time to help, ...). See cpsim metrics.")
    List<String> indicators = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YYYY-YY", description = "Statistical year to report, e.g. 2013-14 (default: as compare chose it: the last year in which "
                    + "the options' policies differ for the whole year, or the last year when they differ to the end).")
    String year;

    @Spec
    CommandSpec spec;

    BriefCommand() { this(Chromium::find, Clock.systemDefaultZone()); }

    /** For tests: where Chromium is (or that it is not), and today's date. */
    BriefCommand(Supplier<Optional<Chromium>> chromium, Clock clock) {
        this.chromium = chromium;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        for (String id : indicators) {
            if (Indicator.byId(id) == null) throw new ParameterException(spec.commandLine(), "unknown indicator '" + id + "'; cpsim metrics lists them");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Optional<Chromium> browser = pdf ? chromium.get() : Optional.empty();
        if (pdf && browser.isEmpty()) {
            // Checked before anything is written, so a failed --pdf leaves nothing behind.
            return fail(stderr, "--pdf needs headless Chromium (/usr/bin/chromium, or chromium or chromium-browser on the PATH): "
                    + "install it (e.g. apt-get install chromium) or leave out --pdf", Cpsim.USER_ERROR);
        }
        Path html = out != null ? out : folders.get(0).resolve("brief.html");
        try {
            Brief.write(folders, new BriefOptions(title, question, indicators, year, LocalDate.now(clock)), html);
        } catch (ReportInputException e) {
            return fail(stderr, e.getMessage(), Cpsim.USER_ERROR);
        } catch (IOException e) {
            return fail(stderr, "cannot write " + html + ": " + e.getMessage(), Cpsim.USER_ERROR);
        }
        stdout.println(html);
        if (pdf) {
            Path pdfFile = pdfBeside(html);
            try {
                Brief.printPdf(browser.get(), html, pdfFile);
            } catch (IOException e) {
                // The browser failing is not something the user typed wrong; the HTML is still there.
                return fail(stderr, e.getMessage(), Cpsim.INTERNAL_ERROR);
            }
            stdout.println(pdfFile);
        }
        stdout.flush();
        return Cpsim.OK;
    }

    /** brief.html becomes brief.pdf; a name without .html gains .pdf. */
    static Path pdfBeside(Path html) {
        String name = html.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".html") ? name.substring(0, name.length() - 5)
                : name.toLowerCase(java.util.Locale.ROOT).endsWith(".htm") ? name.substring(0, name.length() - 4) : name;
        return html.resolveSibling(base + ".pdf");
    }

    private static int fail(PrintWriter err, String message, int code) {
        err.println(message);
        err.flush();
        return code;
    }
}
