package org.cpsim.experiments.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Which cpsim produced a result: the version Maven filtered into the jar, and the git commit when it can be found. */
public final class BuildInfo {
    private BuildInfo() {}

    public static String version() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/cpsim-version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * The project's root: {@code -Dcpsim.projectRoot} (set by the {@code cpsim} script and the
     * build), else the folder the jar sits two levels under ({@code experiments/target/cpsim.jar}).
     */
    public static Path projectRoot() {
        String property = System.getProperty("cpsim.projectRoot");
        if (property != null) return Path.of(property);
        try {
            Path jar = Path.of(BuildInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            if (root != null && root.getParent() != null && Files.exists(root.getParent().resolve("pom.xml"))) return root.getParent();
        } catch (Exception e) {
            // No code source (e.g. an unusual class loader): fall back to the working directory.
        }
        return Path.of("").toAbsolutePath();
    }

    /** {@code git rev-parse HEAD} in the project root, with "-dirty" if files have changed; null when git or the repository is not there. */
    public static String gitCommit(Path root) {
        String head = git(root, "rev-parse", "HEAD");
        if (head == null || !head.matches("[0-9a-f]{40}")) return null;
        String status = git(root, "status", "--porcelain", "--untracked-files=no");
        return status == null || status.isEmpty() ? head : head + "-dirty";
    }

    private static String git(Path root, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = root.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
