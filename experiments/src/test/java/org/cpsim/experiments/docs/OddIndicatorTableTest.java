package org.cpsim.experiments.docs;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.model.metrics.Indicator;
import org.junit.jupiter.api.Test;

/**
 * The indicator table in docs/ODD.md is {@link Indicator} rendered as Markdown, so the ODD cannot
 * drift from the code. On failure the message is the table to paste between the markers.
 */
class OddIndicatorTableTest {
    private static final String BEGIN = "<!-- indicators:begin -->";
    private static final String END = "<!-- indicators:end -->";

    static List<String> expected() {
        List<String> rows = new ArrayList<>();
        rows.add("| id | unit | definition | national statistic |");
        rows.add("| --- | --- | --- | --- |");
        for (Indicator i : Indicator.values()) {
            String national = i.nationalStatistic().isEmpty() ? "—" : cell(i.nationalStatistic());
            rows.add("| `" + i.id() + "` | " + cell(i.unit()) + " | " + cell(i.definition()) + " | " + national + " |");
        }
        return rows;
    }

    private static String cell(String s) { return s.replace("|", "\\|"); }

    @Test
    void theOddIndicatorTableIsIndicatorJava() throws IOException {
        Path odd = Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("docs/ODD.md");
        List<String> lines = Files.readAllLines(odd);
        int begin = lines.indexOf(BEGIN);
        int end = lines.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/ODD.md should hold the indicator table between " + BEGIN + " and " + END);
        List<String> table = new ArrayList<>();
        for (String line : lines.subList(begin + 1, end)) if (!line.isBlank()) table.add(line);
        assertEquals(String.join("\n", expected()), String.join("\n", table),
                "docs/ODD.md's indicator table differs from Indicator.java; paste the expected table between the markers");
    }
}
