package org.cpsim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cpsim fit} on the synthetic scenario: fit.csv's header and values, the run extended to the observed years, unknown figures reported. */
class FitCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesFitCsvExtendsTheRunAndReportsWhatItCannotCompare() throws IOException {
        Synthetic.scenario(dir);
        Files.writeString(dir.resolve("later.csv"), String.join("\n",
                "indicator,year,value,unit,source",
                "referral_rate_per_10k,2009-10,520,per 10k,test",
                "referral_rate_per_10k,2011-12,540,per 10k,test",  // beyond the scenario's two years: the run is extended
                "referrals,2010-11,600000,count,test",              // a national count: compared as a rate
                "child_population_0_17,2012-13,11500000,persons,test",
                "referral_rate_per_10k,2007-08,500,per 10k,test",  // before the scenario starts
                "made_up_indicator,2009-10,3,x,test",
                ""));
        Synthetic.Outcome r = Synthetic.cpsim(dir, "fit", "synthetic.yaml", "--observed", "later.csv", "--replications", "3", "--out", "fit");
        assertEquals(0, r.code(), r.err());
        Path out = dir.resolve("fit");
        List<String> lines = Files.readAllLines(out.resolve("fit.csv"));
        assertEquals("indicator,year,observed,sim_mean,sim_ci_low,sim_ci_high,rel_error,within_interval", lines.get(0));
        List<String> keys = new ArrayList<>();
        for (String[] row : Synthetic.rows(out.resolve("fit.csv"))) {
            keys.add(row[0] + " " + row[1]);
            double observed = Double.parseDouble(row[2]), mean = Double.parseDouble(row[3]), low = Double.parseDouble(row[4]), high = Double.parseDouble(row[5]);
            assertEquals((mean - observed) / observed, Double.parseDouble(row[6]), 1e-5, String.join(",", row));
            assertTrue(low < mean && mean < high, String.join(",", row));
            assertEquals(observed >= low && observed <= high, Boolean.parseBoolean(row[7]), String.join(",", row));
        }
        assertEquals(List.of("referral_rate_per_10k 2009-10", "referral_rate_per_10k 2011-12", "referrals 2010-11"), keys);
        String[] count = Synthetic.rows(out.resolve("fit.csv")).get(2);
        double rate = Double.parseDouble(count[3]) / 11_500_000 * 10_000;
        assertTrue(rate > 300 && rate < 800, "the count is the simulated rate on the national population: " + rate);

        assertTrue(r.out().contains("referral_rate_per_10k      2"), r.out());
        assertTrue(r.out().contains("not compared:"), r.out());
        assertTrue(r.out().contains("made_up_indicator (2009-10): no model indicator with this id"), r.out());
        assertTrue(r.out().contains("referral_rate_per_10k (2007-08): before the scenario's first reported year 2009-10"), r.out());

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        List<String> notCompared = new ArrayList<>();
        manifest.get("notCompared").forEach(n -> notCompared.add(n.get("indicator").asText()));
        assertTrue(notCompared.containsAll(List.of("made_up_indicator", "referral_rate_per_10k", "child_population_0_17")), notCompared.toString());
        assertTrue(manifest.get("compared").get("referrals").asText().startsWith("national count"), manifest.get("compared").toString());
        boolean extended = false;
        for (JsonNode v : manifest.get("resolvedScenario")) {
            if (v.get("path").asText().equals("calendar.reportingYears")) extended = v.get("value").asText().equals("3");
        }
        assertTrue(extended, "calendar.reportingYears extended to 3 to reach 2011-12");
        assertTrue(Files.isDirectory(out.resolve("charts")), "default charts drawn from fit.csv");
    }

    @Test
    void nothingComparableIsAUserError() throws IOException {
        Synthetic.scenario(dir);
        Files.writeString(dir.resolve("none.csv"), "indicator,year,value\nmade_up_indicator,2009-10,3\n");
        Synthetic.Outcome r = Synthetic.cpsim(dir, "fit", "synthetic.yaml", "--observed", "none.csv", "--replications", "2", "--out", "none");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("made_up_indicator (2009-10): no model indicator with this id"), r.err());
        assertTrue(r.err().contains("none of the observed figures can be compared"), r.err());
        assertFalse(Files.exists(dir.resolve("none")));
    }

    @Test
    void aMalformedObservedFileNamesItsLine() throws IOException {
        Synthetic.scenario(dir);
        Files.writeString(dir.resolve("bad.csv"), "indicator,year,value\nreferral_rate_per_10k,2009-10,lots\n");
        Synthetic.Outcome r = Synthetic.cpsim(dir, "fit", "synthetic.yaml", "--observed", "bad.csv", "--out", "bad");
        assertEquals(2, r.code(), r.out());
        assertEquals(dir.resolve("bad.csv") + ":2: field 'value': expected a number, got lots", r.err().strip());
    }
}
