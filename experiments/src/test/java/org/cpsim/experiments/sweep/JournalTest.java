package org.cpsim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.cpsim.experiments.output.OutputFolderException;
import org.cpsim.experiments.runner.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path dir;

    Path file() { return dir.resolve(Journal.FILE_NAME); }

    static RunRecord run(int point, int replication, double... values) { return new RunRecord(point, replication, values); }

    @Test
    void valuesReadBackBitForBit() throws IOException {
        List<RunRecord> written = List.of(run(1, 0, 0.1 + 0.2, Double.NaN), run(0, 1, -1e-300, Double.POSITIVE_INFINITY), run(0, 0, 1.0 / 3, 123456789.123));
        try (Journal j = Journal.open(file(), 2, 2, 2)) {
            for (RunRecord r : written) j.append(r);
        }
        List<RunRecord> read = Journal.read(file(), 2, 2, 2);
        assertEquals(List.of(written.get(2), written.get(1), written.get(0)), read, "by point, then replication");
        try (Journal j = Journal.open(file(), 2, 2, 2)) {
            assertEquals(3, j.records().size());
        }
    }

    @Test
    void aTornLastLineIsDroppedAndCutOffBeforeAppending() throws IOException {
        try (Journal j = Journal.open(file(), 1, 5, 1)) {
            j.append(run(0, 0, 1.5));
            j.append(run(1, 0, 2.5));
        }
        String whole = Files.readString(file());
        // A kill during a write leaves part of a line: here the start of the third.
        Files.writeString(file(), Journal.line(run(2, 0, 3.5)).substring(0, 6), StandardOpenOption.APPEND);
        try (Journal j = Journal.open(file(), 1, 5, 1)) {
            assertEquals(2, j.records().size());
            assertEquals(whole, Files.readString(file()), "the torn line is cut off");
            j.append(run(2, 0, 3.5));
        }
        assertEquals(3, Journal.read(file(), 1, 5, 1).size());
    }

    @Test
    void aLastLineWithAWrongChecksumIsDroppedToo() throws IOException {
        try (Journal j = Journal.open(file(), 1, 5, 1)) {
            j.append(run(0, 0, 1.5));
        }
        Files.writeString(file(), "1,0,2.5,00000000\n", StandardOpenOption.APPEND);
        assertEquals(1, Journal.read(file(), 1, 5, 1).size());
    }

    @Test
    void aBadLineBeforeGoodOnesIsDamageNotATornWrite() throws IOException {
        Files.writeString(file(), "0,0,1.5,garbage\n" + Journal.line(run(1, 0, 2.5)), StandardCharsets.UTF_8);
        var e = assertThrows(OutputFolderException.class, () -> Journal.read(file(), 1, 5, 1));
        assertTrue(e.getMessage().contains("damaged at line 1"), e.getMessage());
    }

    @Test
    void aRunRecordedTwiceWithDifferentResultsIsDamage() throws IOException {
        Files.writeString(file(), Journal.line(run(1, 0, 2.5)) + Journal.line(run(1, 0, 2.6)) + Journal.line(run(2, 0, 1)));
        var e = assertThrows(OutputFolderException.class, () -> Journal.read(file(), 1, 5, 1));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void linesOfAnotherShapeAreNotThisSweeps() throws IOException {
        Files.writeString(file(), Journal.line(run(7, 0, 2.5)) + Journal.line(run(0, 0, 1)));
        assertThrows(OutputFolderException.class, () -> Journal.read(file(), 1, 5, 1), "point 7 of 5");
        Files.writeString(file(), Journal.line(run(0, 0, 2.5, 3)) + Journal.line(run(1, 0, 1)));
        assertThrows(OutputFolderException.class, () -> Journal.read(file(), 1, 5, 1), "two outcomes, not one");
    }
}
