package org.cpsim.experiments.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.cpsim.experiments.output.OutputFolder;

/**
 * Headless Chromium, for printing the brief to PDF (and, in tests, for checking it renders). Each
 * call starts a fresh browser with its own throw-away profile and no network chatter, and waits for
 * it to finish; a browser that hangs is ended with its child processes.
 */
public final class Chromium {
    /** Where Debian installs it; checked before the PATH. */
    static final Path DEBIAN = Path.of("/usr/bin/chromium");
    static final List<String> NAMES = List.of("chromium", "chromium-browser");
    private static final long TIMEOUT_SECONDS = 120;

    /** What a browser run printed, and its exit code. */
    public record Output(int exitCode, String stdout, String stderr) {}

    private final Path executable;

    public Chromium(Path executable) { this.executable = executable; }

    public Path executable() { return executable; }

    /** The installed Chromium: {@code /usr/bin/chromium}, else {@code chromium} or {@code chromium-browser} on the PATH. */
    public static Optional<Chromium> find() { return find(DEBIAN, System.getenv("PATH")); }

    static Optional<Chromium> find(Path preferred, String path) {
        if (preferred != null && Files.isExecutable(preferred)) return Optional.of(new Chromium(preferred));
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            for (String name : NAMES) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(new Chromium(candidate));
            }
        }
        return Optional.empty();
    }

    /** Prints a page to PDF with no header or footer, honouring the page's own {@code @page} size and margins. */
    public Output printToPdf(Path html, Path pdf) throws IOException {
        return run(List.of("--no-pdf-header-footer", "--print-to-pdf-no-header", "--print-to-pdf=" + pdf.toAbsolutePath()), html);
    }

    /** The page's DOM after loading, with the browser's log (console messages included) on stderr. */
    public Output dumpDom(Path html) throws IOException {
        return run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom"), html);
    }

    /** A screenshot of the window, as the screen style shows the page. */
    public Output screenshot(Path html, Path png, int width, int height) throws IOException {
        return run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath()), html);
    }

    private Output run(List<String> action, Path html) throws IOException {
        Path profile = Files.createTempDirectory("cpsim-chromium-");
        Path out = Files.createTempFile("cpsim-chromium-", ".out");
        Path err = Files.createTempFile("cpsim-chromium-", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile));
            command.addAll(action);
            command.add(html.toAbsolutePath().toUri().toString());
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean finished;
            try {
                finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                end(p);
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while Chromium was running", e);
            }
            if (!finished) {
                end(p);
                throw new IOException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
            }
            return new Output(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            deleteTree(profile);
        }
    }

    /** Ends the browser this call started, children first (renderer, GPU and zygote processes). */
    private static void end(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try {
            OutputFolder.deleteTree(dir);
        } catch (IOException e) {
            // The profile is a temporary folder; one the browser still holds is left for the system to clean.
        }
    }
}
