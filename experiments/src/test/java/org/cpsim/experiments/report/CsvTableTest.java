package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @TempDir
    Path dir;

    CsvTable table(String text) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, text);
        return CsvTable.read(f);
    }

    @Test
    void readsQuotedFieldsCrLfAndAByteOrderMark() throws IOException {
        CsvTable t = table("\uFEFFname,value\r\n\"a, \"\"quoted\"\" name\",1.5\r\n\"two\nlines\",\r\n");
        assertEquals(List.of("name", "value"), t.header());
        assertEquals(2, t.rows().size());
        assertEquals("a, \"quoted\" name", t.text(t.rows().get(0), 0));
        assertEquals(1.5, t.number(t.rows().get(0), t.column("value")));
        assertEquals("two\nlines", t.text(t.rows().get(1), 0));
        assertTrue(Double.isNaN(t.number(t.rows().get(1), 1)), "empty is how cpsim writes nothing to measure");
        assertEquals(3, t.rows().get(1).line());
    }

    @Test
    void aMissingColumnIsNamedWithTheFile() throws IOException {
        CsvTable t = table("a,b\n1,2\n");
        ReportInputException e = assertThrows(ReportInputException.class, () -> t.require("a", "mean"));
        assertTrue(e.getMessage().contains("t.csv: no column 'mean'"), e.getMessage());
    }

    @Test
    void aBadNumberIsNamedWithFileLineAndColumn() throws IOException {
        CsvTable t = table("a,b\n1,2\n3,lots\n");
        ReportInputException e = assertThrows(ReportInputException.class, () -> t.number(t.rows().get(1), 1));
        assertTrue(e.getMessage().endsWith("t.csv:3: column 'b': 'lots' is not a number"), e.getMessage());
    }

    @Test
    void anEmptyFileIsAUserError() throws IOException {
        assertThrows(ReportInputException.class, () -> table(""));
    }
}
