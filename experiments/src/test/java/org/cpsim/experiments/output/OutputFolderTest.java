package org.cpsim.experiments.output;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void filesAppearOnlyOnCommit() throws IOException {
        Path target = dir.resolve("nested/run");
        try (OutputFolder f = OutputFolder.begin(target)) {
            Files.writeString(f.staging().resolve("a.csv"), "x\n");
            assertFalse(Files.exists(target), "nothing is visible before commit");
            assertTrue(f.staging().getFileName().toString().startsWith(".run.partial-"));
            assertEquals(target.getParent(), f.staging().getParent(), "a sibling, so the rename stays on one file system");
            f.commit();
        }
        assertEquals("x\n", Files.readString(target.resolve("a.csv")));
        assertEquals(List.of(target), list(target.getParent()));
    }

    @Test
    void aFailureLeavesNothing() throws IOException {
        Path target = dir.resolve("run");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder f = OutputFolder.begin(target)) {
                Files.createDirectories(f.staging().resolve("sub"));
                Files.writeString(f.staging().resolve("sub/a.csv"), "x\n");
                throw new IllegalStateException("the run failed");
            }
        });
        assertEquals(List.of(), list(dir));
    }

    @Test
    void aFolderWithContentIsRefusedAndAnEmptyOneReplaced() throws IOException {
        Files.createDirectories(dir.resolve("full"));
        Files.writeString(dir.resolve("full/old.csv"), "old\n");
        assertThrows(OutputFolderException.class, () -> OutputFolder.begin(dir.resolve("full")));
        Files.createDirectories(dir.resolve("empty"));
        try (OutputFolder f = OutputFolder.begin(dir.resolve("empty"))) {
            Files.writeString(f.staging().resolve("new.csv"), "new\n");
            f.commit();
        }
        assertTrue(Files.exists(dir.resolve("empty/new.csv")));
    }

    @Test
    void theDefaultFolderIsNamedAfterTheScenarioAndTimeAndNeverReused() throws IOException {
        LocalDateTime t = LocalDateTime.of(2024, 3, 5, 14, 7, 9);
        Path first = OutputFolder.defaultFor(dir, "baseline / 2010", t);
        assertEquals(dir.resolve("output/baseline-2010-20240305-140709"), first);
        Files.createDirectories(first);
        assertEquals(dir.resolve("output/baseline-2010-20240305-140709-2"), OutputFolder.defaultFor(dir, "baseline / 2010", t));
    }

    private static List<Path> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }
}
