package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding Chromium decides whether --pdf can work and whether the browser test runs. */
class ChromiumTest {
    @TempDir
    Path dir;

    @Test
    void noneWhenNeitherTheDebianPathNorThePathHasIt() {
        assertTrue(Chromium.find(dir.resolve("no-chromium"), dir.toString()).isEmpty());
        assertTrue(Chromium.find(dir.resolve("no-chromium"), null).isEmpty());
    }

    @Test
    void chromiumBrowserOnThePathIsFoundToo() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path browser = Files.createFile(bin.resolve("chromium-browser"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertEquals(browser, Chromium.find(dir.resolve("no-chromium"), dir.resolve("empty") + ":" + bin).orElseThrow().executable());
    }
}
