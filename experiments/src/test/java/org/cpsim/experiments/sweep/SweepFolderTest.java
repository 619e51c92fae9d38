package org.cpsim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cpsim.experiments.output.OutputFolderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFolderTest {
    @TempDir
    Path dir;

    static final SweepIdentity ID = new SweepIdentity("s.yaml", "aa", "bb", 1, "grid", "cc");

    Path target() { return dir.resolve("out"); }

    @Test
    void aNewFolderIsMarkedWithTheSweepsIdentity() throws IOException {
        try (SweepFolder f = SweepFolder.open(target(), ID, "manifest.json")) {
            assertEquals(SweepFolder.State.NEW, f.state());
            assertEquals(ID, SweepIdentity.read(target().resolve(SweepFolder.MARKER), false));
        }
    }

    @Test
    void theSameSweepResumesAndADifferentOneIsRefused() throws IOException {
        SweepFolder.open(target(), ID, "manifest.json").close();
        try (SweepFolder f = SweepFolder.open(target(), ID, "manifest.json")) {
            assertEquals(SweepFolder.State.RESUMED, f.state());
        }
        var seed = assertThrows(OutputFolderException.class, () -> SweepFolder.open(target(), new SweepIdentity("s.yaml", "aa", "bb", 2, "grid", "cc"), "manifest.json"));
        assertTrue(seed.getMessage().contains("unfinished different sweep (seed 1 there, 2 now)"), seed.getMessage());
        var file = assertThrows(OutputFolderException.class, () -> SweepFolder.open(target(), new SweepIdentity("s.yaml", "ax", "bb", 1, "grid", "cc"), "manifest.json"));
        assertTrue(file.getMessage().contains("the sweep file has changed"), file.getMessage());
        var scenario = assertThrows(OutputFolderException.class, () -> SweepFolder.open(target(), new SweepIdentity("s.yaml", "aa", "bx", 1, "grid", "cc"), "manifest.json"));
        assertTrue(scenario.getMessage().contains("the scenario has changed"), scenario.getMessage());
    }

    @Test
    void aSecondProcessCannotWorkInTheSameFolder() throws IOException {
        try (SweepFolder first = SweepFolder.open(target(), ID, "manifest.json")) {
            var e = assertThrows(OutputFolderException.class, () -> SweepFolder.open(target(), ID, "manifest.json"));
            assertTrue(e.getMessage().contains("another cpsim is working on the sweep"), e.getMessage());
        }
    }

    @Test
    void aFinishedFolderIsCompleteForTheSameSweepOnly() throws IOException {
        try (SweepFolder f = SweepFolder.open(target(), ID, "manifest.json")) {
            Files.writeString(f.journal(), "");
            f.write("runs.csv", out -> out.write("point\n".getBytes(StandardCharsets.UTF_8)));
            f.write("manifest.json", out -> out.write(("{\"identity\": " + new String(ID.toJson(), StandardCharsets.UTF_8) + "}").getBytes(StandardCharsets.UTF_8)));
            f.finish();
        }
        try (var files = Files.list(target())) {
            assertEquals(java.util.Set.of("runs.csv", "manifest.json"), files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                    "no marker, journal or temporary file is left");
        }
        try (SweepFolder again = SweepFolder.open(target(), ID, "manifest.json")) {
            assertEquals(SweepFolder.State.COMPLETE, again.state());
        }
        var other = assertThrows(OutputFolderException.class, () -> SweepFolder.open(target(), new SweepIdentity("s.yaml", "aa", "bb", 1, "grid", "cd"), "manifest.json"));
        assertTrue(other.getMessage().contains("holds the results of a different sweep (the design points differ)"), other.getMessage());
    }

    @Test
    void aFolderOfOtherThingsIsRefused() throws IOException {
        Files.createDirectories(target());
        Files.writeString(target().resolve("notes.txt"), "mine");
        var e = assertThrows(OutputFolderException.class, () -> SweepFolder.open(target(), ID, "manifest.json"));
        assertTrue(e.getMessage().contains("does not hold this sweep"), e.getMessage());
    }
}
