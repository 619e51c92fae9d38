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

    private void observedReferralRates() throws IOException {
        Files.writeString(dir.resolve("rates.csv"), String.join("\n",
                "indicator,year,value",
                "referral_rate_per_10k,2009-10,520",
                "referral_rate_per_10k,2010-11,540",
                "referrals_nfa_pct,2010-11,20",
                ""));
    }

    /**
     * A posterior with all its weight on one particle is that particle's values set on the command line:
     * replication r of the same scenario either way, so fit.csv is byte-identical. The manifest says what was drawn.
     */
    @Test
    void aPosteriorWithOneWeightedParticleIsThatParticleSet() throws IOException {
        Synthetic.scenario(dir);
        observedReferralRates();
        Files.writeString(dir.resolve("posterior.csv"), String.join("\n",
                "particle,weight,distance," + Synthetic.FROM_NONE + "," + Synthetic.NFA,
                "0,0,0.3,0.05,0.30",
                "1,2.5,0.1,0.15,0.10",
                ""));
        Synthetic.Outcome drawn = Synthetic.cpsim(dir, "fit", "synthetic.yaml", "--observed", "rates.csv", "--replications", "4",
                "--posterior", "posterior.csv", "--out", "drawn");
        assertEquals(0, drawn.code(), drawn.err());
        Synthetic.Outcome set = Synthetic.cpsim(dir, "fit", "synthetic.yaml", "--observed", "rates.csv", "--replications", "4",
                "--set", Synthetic.FROM_NONE + "=0.15", "--set", Synthetic.NFA + "=0.10", "--out", "set");
        assertEquals(0, set.code(), set.err());
        assertEquals(Files.readString(dir.resolve("set/fit.csv")), Files.readString(dir.resolve("drawn/fit.csv")));

        JsonNode posterior = new ObjectMapper().readTree(dir.resolve("drawn/manifest.json").toFile()).get("posterior");
        assertEquals("[1,1,1,1]", posterior.get("drawn").toString());
        assertEquals(2, posterior.get("particles").asInt());
        assertEquals(64, posterior.get("sha256").asText().length());
    }

    /** Draws by weight from the seed alone: the same particles and bytes on one thread and two; another seed draws others. */
    @Test
    void posteriorDrawsFollowTheWeightsAndTheSeedNotTheThreads() throws IOException {
        Synthetic.scenario(dir);
        observedReferralRates();
        StringBuilder csv = new StringBuilder("particle,weight,distance," + Synthetic.FROM_NONE + "\n");
        for (int k = 0; k < 5; k++) csv.append(k).append(',').append(k == 4 ? 6 : 1).append(",0.1,").append(0.06 + 0.02 * k).append('\n');
        Files.writeString(dir.resolve("posterior.csv"), csv.toString());
        String[] common = {"fit", "synthetic.yaml", "--observed", "rates.csv", "--replications", "6", "--posterior", "posterior.csv"};
        Synthetic.Outcome one = Synthetic.cpsim(dir, concat(common, "--threads", "1", "--out", "one"));
        Synthetic.Outcome two = Synthetic.cpsim(dir, concat(common, "--threads", "2", "--out", "two"));
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        assertEquals(Files.readString(dir.resolve("one/fit.csv")), Files.readString(dir.resolve("two/fit.csv")));
        JsonNode drawn = new ObjectMapper().readTree(dir.resolve("one/manifest.json").toFile()).get("posterior").get("drawn");
        assertEquals(new ObjectMapper().readTree(dir.resolve("two/manifest.json").toFile()).get("posterior").get("drawn"), drawn);

        org.cpsim.experiments.io.PosteriorFile sample = org.cpsim.experiments.io.PosteriorFile.read(dir.resolve("posterior.csv"));
        int[] many = sample.draw(1, 100_000);
        long heavy = java.util.Arrays.stream(many).filter(k -> k == 4).count();
        // Particle 4 has weight 6/10: its share over 100,000 draws lies within 5 standard errors of 0.6.
        assertEquals(0.6, heavy / 100_000.0, 5 * Math.sqrt(0.6 * 0.4 / 100_000));
        assertFalse(java.util.Arrays.equals(sample.draw(1, 20), sample.draw(2, 20)), "another seed, other draws");
    }

    @Test
    void aBadPosteriorFileNamesItsLineAndFieldAndNothingRuns() throws IOException {
        Synthetic.scenario(dir);
        observedReferralRates();
        Files.writeString(dir.resolve("bad.csv"), "particle,weight,distance," + Synthetic.FROM_NONE + "\n0,0.5,0.1,0.08\n1,heavy,0.1,0.09\n");
        Synthetic.Outcome bad = Synthetic.cpsim(dir, "fit", "synthetic.yaml", "--observed", "rates.csv", "--posterior", "bad.csv", "--out", "bad");
        assertEquals(2, bad.code(), bad.out());
        assertEquals(dir.resolve("bad.csv") + ":3: field 'weight': expected a number, got heavy", bad.err().strip());
        assertFalse(Files.exists(dir.resolve("bad")));

        Files.writeString(dir.resolve("path.csv"), "particle,weight,distance,need.noSuchRate\n0,1,0.1,0.08\n");
        Synthetic.Outcome path = Synthetic.cpsim(dir, "fit", "synthetic.yaml", "--observed", "rates.csv", "--posterior", "path.csv", "--out", "path");
        assertEquals(2, path.code(), path.out());
        assertTrue(path.err().contains("path.csv:2") && path.err().contains("need.noSuchRate"), path.err());

        Files.writeString(dir.resolve("header.csv"), "weight,particle\n1,0\n");
        Synthetic.Outcome header = Synthetic.cpsim(dir, "fit", "synthetic.yaml", "--observed", "rates.csv", "--posterior", "header.csv", "--out", "header");
        assertEquals(2, header.code(), header.out());
        assertTrue(header.err().contains("header.csv:1: field 'header'"), header.err());
        assertFalse(Files.exists(dir.resolve("path")) || Files.exists(dir.resolve("header")));
    }

    /**
     * --authority compares one authority's rows (its counts scaled by its own child population) and not
     * England's or another's; an authority the files do not name is a user error that lists those they do.
     */
    @Test
    void authorityComparesThatAuthoritysFiguresScaledByItsOwnPopulation() throws IOException {
        Synthetic.scenario(dir);
        Files.writeString(dir.resolve("local.csv"), String.join("\n",
                "authority,indicator,year,value",
                "Kensington & Chelsea,child_population_0_17,2009-10,30000",
                "Kensington & Chelsea,referrals,2010-11,1500",
                "Kensington & Chelsea,referrals_nfa_pct,2010-11,24.4",
                "Knowsley,referrals,2010-11,2900",
                ",referrals,2010-11,600000",
                ",child_population_0_17,2010-11,11500000",
                ""));
        Synthetic.Outcome r = Synthetic.cpsim(dir, "fit", "synthetic.yaml", "--observed", "local.csv", "--authority", "kensington-and-chelsea",
                "--replications", "3", "--out", "kc");
        assertEquals(0, r.code(), r.err());
        List<String[]> rows = Synthetic.rows(dir.resolve("kc/fit.csv"));
        assertEquals(List.of("referrals 2010-11 1500", "referrals_nfa_pct 2010-11 24.4"),
                rows.stream().map(f -> f[0] + " " + f[1] + " " + f[2]).toList());
        // The synthetic authority's referral rate (hundreds per 10,000) on Kensington and Chelsea's 30,000
        // children: a count in the thousands, not England's hundreds of thousands.
        double simulated = Double.parseDouble(rows.get(0)[3]);
        assertTrue(simulated > 300 && simulated < 3000, "scaled by the authority's own population: " + simulated);
        assertTrue(r.out().contains("(rows of England or other authorities) (2010-11): 3 figures: this fit compares kensington-and-chelsea's"), r.out());

        Synthetic.Outcome unknown = Synthetic.cpsim(dir, "fit", "synthetic.yaml", "--observed", "local.csv", "--authority", "Narnia", "--out", "narnia");
        assertEquals(2, unknown.code(), unknown.out());
        assertTrue(unknown.err().contains("no observed figures for authority 'Narnia'; the files have: Kensington & Chelsea, Knowsley"), unknown.err());
        assertFalse(Files.exists(dir.resolve("narnia")));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
