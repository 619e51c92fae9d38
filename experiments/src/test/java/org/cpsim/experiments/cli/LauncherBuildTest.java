package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./cpsim} launcher says that it is building, and when it has built, since {@code mvn -q} is
 * silent for a minute (issue 16). Run on a copy of the launcher with a stand-in {@code mvn} that only
 * makes the jar, so the test takes a second and needs no network.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherBuildTest {
    private static final Path ROOT = Path.of(System.getProperty("cpsim.projectRoot", ".."));

    @TempDir
    Path dir;

    @Test
    void aStaleJarIsRebuiltWithALineBeforeAndAfter() throws Exception {
        Files.copy(ROOT.resolve("cpsim"), dir.resolve("cpsim"));
        Files.createDirectories(dir.resolve("model/src"));
        Files.createDirectories(dir.resolve("experiments/src"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // Stand-ins: mvn makes the jar; java shows it was called, so the launcher's exec succeeds.
        script(bin.resolve("mvn"), "mkdir -p experiments/target && echo jar > experiments/target/cpsim.jar");
        script(bin.resolve("java"), "echo ran");

        ProcessBuilder pb = new ProcessBuilder("bash", dir.resolve("cpsim").toString(), "metrics").directory(dir.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.redirectErrorStream(false);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        assertTrue(err.startsWith("building cpsim"), err);
        assertTrue(err.contains("built " + dir.resolve("experiments/target/cpsim.jar")), err);
        assertEquals("ran\n", out, "stdout carries only cpsim's own output");

        // Up to date: no build, no lines.
        Process again = pb.start();
        assertTrue(again.waitFor(60, TimeUnit.SECONDS));
        assertEquals("", new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void script(Path file, String body) throws Exception {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
