package org.cpsim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.runner.ReplicationRunner;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cpsim fit} of a three-authority scenario against figures with an authority column: each
 * authority is compared with its own rows (figures simulated from the same authorities with another
 * seed, so each fits its own and not its neighbour's), counts as rates on its own population.
 */
class AuthorityFitTest {
    @TempDir
    Path dir;

    private static final List<String> NAMES = List.of("North", "South, Town of", "Little");

    private Path scenario() throws IOException {
        Synthetic.scenario(dir);
        Path f = dir.resolve("three.yaml");
        // Very different levels, so an authority fitted against another's figures would miss by far.
        Files.writeString(f, String.join("\n",
                "extends: synthetic.yaml",
                "name: three  # assumption: label",
                "authorities:",
                "  - name: \"North\"",
                "    children: 6000  # assumption: test",
                "    levels: {needOnsetMultiplier: 1.6, concernRateMultiplier: 1.3}  # assumption: test",
                "  - name: \"South, Town of\"",
                "    children: 4000  # assumption: test",
                "  - name: \"Little\"",
                "    children: 2500  # assumption: test",
                "    levels: {concernRateMultiplier: 0.5}  # assumption: test",
                ""));
        return f;
    }

    /**
     * Each authority's referrals and NFA share: the mean of the very replications the fit will run (its
     * seed 1, 4 replications), so a row matched to the right authority has (almost) no error and any
     * other authority's figures would miss by far.
     */
    private Path observed(Scenario s) throws IOException {
        List<RunResult> truth = ReplicationRunner.run(s, 1, 4, 2, null);
        StringBuilder b = new StringBuilder("authority,indicator,year,value\n");
        for (String a : NAMES) {
            String q = a.contains(",") ? "\"" + a + "\"" : a;
            for (String y : Synthetic.YEARS) {
                double referrals = 0, nfa = 0, population = 0;
                for (RunResult r : truth) {
                    RunResult own = r.authorities().stream().filter(x -> x.scenario().equals(a)).findFirst().orElseThrow();
                    referrals += own.value(Target.yearIndex(own, y), Indicator.REFERRALS) / truth.size();
                    nfa += own.value(Target.yearIndex(own, y), Indicator.REFERRALS_NFA_PCT) / truth.size();
                    population += own.value(Target.yearIndex(own, y), Indicator.CHILDREN) / truth.size();
                }
                b.append(String.format(Locale.ROOT, "%s,child_population_0_17,%s,%.0f%n", q, y, population));
                b.append(String.format(Locale.ROOT, "%s,referrals,%s,%.1f%n%s,referrals_nfa_pct,%s,%.3f%n", q, y, referrals, q, y, nfa));
            }
        }
        b.append("Narnia,referrals,2009-10,12\n");
        b.append(",referrals,2009-10,600000\n");
        Path f = dir.resolve("local.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void eachAuthorityIsComparedWithItsOwnRowsAsRates() throws IOException {
        Path three = scenario();
        Scenario s = ScenarioLoader.load(three).scenario();
        Path local = observed(s);
        Synthetic.Outcome r = Synthetic.cpsim(dir, "fit", "three.yaml", "--observed", "local.csv", "--replications", "4", "--out", "fit");
        assertEquals(0, r.code(), r.err());
        Path out = dir.resolve("fit");
        List<String> lines = Files.readAllLines(out.resolve("fit.csv"));
        assertEquals(AuthorityFit.HEADER, lines.get(0));

        ObservedData rows = readFit(out.resolve("fit.csv"));
        Map<String, Double> observedRate = new HashMap<>(), simulatedRate = new HashMap<>(), high = new HashMap<>();
        for (ObservedData.Observation o : rows.observations()) {
            if (o.indicator().equals("referrals" + AuthorityFit.PER_10K) && o.year().equals("2010-11")) {
                observedRate.put(o.authority(), o.value());
            }
        }
        List<String> fitLines = lines.subList(1, lines.size());
        assertEquals(NAMES.size() * Synthetic.YEARS.size() * 2, fitLines.size(), String.join("\n", lines));
        for (String line : fitLines) {
            List<String> f = ObservedData.parse(line, out.resolve("fit.csv"), 0);
            String authority = f.get(0);
            assertTrue(NAMES.contains(authority), line);
            double observed = Double.parseDouble(f.get(3)), mean = Double.parseDouble(f.get(4));
            if (f.get(1).equals("referrals" + AuthorityFit.PER_10K) && f.get(2).equals("2010-11")) simulatedRate.put(authority, mean);
            // Only the rate of the mean against the mean of the rates (children vary a little between
            // replications) and rounding separate the two.
            assertEquals(0, Double.parseDouble(f.get(7)), 0.01, "fits its own figures: " + line);
            assertEquals((mean - observed) / observed, Double.parseDouble(f.get(7)), 1e-5, line);
            if (f.get(1).equals("referrals" + AuthorityFit.PER_10K) && f.get(2).equals("2010-11")) {
                high.put(authority, Double.parseDouble(f.get(6)));
            }
        }
        // Rates on each authority's own population: North's (more need, more concern) lies far above
        // Little's interval, so North's figures would not have fitted Little.
        assertTrue(observedRate.get("North") > high.get("Little"), observedRate + " " + high);
        assertTrue(simulatedRate.get("North") > 2 * simulatedRate.get("Little"), simulatedRate.toString());

        assertTrue(r.out().contains("referrals_per_10k"), r.out());
        assertTrue(r.out().contains("worst authority"), r.out());
        assertTrue(r.out().contains("(authorities not in the scenario) (2009-10): 1 authority (Narnia)"), r.out());
        assertTrue(r.out().contains("(national rows) (2009-10)"), r.out());
        assertTrue(Files.isRegularFile(out.resolve("authorities.csv")), "each authority's indicators, as a national run writes them");
        assertTrue(Files.isRegularFile(out.resolve("charts/fit-referrals_per_10k.png")));
        assertTrue(Files.isRegularFile(out.resolve("charts/fit-referrals_per_10k.svg")));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(3, manifest.get("byAuthority").get("authorities").asInt());
        assertTrue(manifest.get("compared").get("referrals_per_10k").asText().startsWith("a count as a rate"));
    }

    /**
     * --discrepancy widens each interval of the indicators it names by their extra sd, exactly as
     * {@link FitRow#withDiscrepancy} combines them, and leaves the others (NFA share) as the replications give them.
     */
    @Test
    void aDiscrepancyFileWidensTheIntervalsOfTheIndicatorsItNames() throws IOException {
        Path three = scenario();
        observed(ScenarioLoader.load(three).scenario());
        Files.writeString(dir.resolve("misfit.csv"), "indicator,extra_sd,source\nreferrals,0.2,assumption: test\n");
        Synthetic.Outcome plain = Synthetic.cpsim(dir, "fit", "three.yaml", "--observed", "local.csv", "--replications", "4", "--out", "plain");
        Synthetic.Outcome wide = Synthetic.cpsim(dir, "fit", "three.yaml", "--observed", "local.csv", "--replications", "4", "--out", "wide",
                "--discrepancy", "misfit.csv");
        assertEquals(0, plain.code(), plain.err());
        assertEquals(0, wide.code(), wide.err());
        List<String> a = Files.readAllLines(dir.resolve("plain/fit.csv")), b = Files.readAllLines(dir.resolve("wide/fit.csv"));
        assertEquals(a.size(), b.size());
        double z = 1.959963984540054 * 0.2;
        for (int i = 1; i < a.size(); i++) {
            List<String> p = ObservedData.parse(a.get(i), dir.resolve("plain/fit.csv"), i + 1), w = ObservedData.parse(b.get(i), dir.resolve("wide/fit.csv"), i + 1);
            double mean = Double.parseDouble(p.get(4)), low = Double.parseDouble(p.get(5)), high = Double.parseDouble(p.get(6));
            assertEquals(p.get(4), w.get(4), "the simulated mean is the same runs'");
            if (p.get(1).equals("referrals" + AuthorityFit.PER_10K)) {
                assertEquals(mean * Math.exp(Math.hypot(Math.log(high / mean), z)), Double.parseDouble(w.get(6)), 1e-6 * mean, a.get(i));
                assertEquals(mean * Math.exp(-Math.hypot(Math.log(mean / low), z)), Double.parseDouble(w.get(5)), 1e-6 * mean, a.get(i));
                assertTrue(Double.parseDouble(w.get(6)) > mean * Math.exp(z * 0.99), "at least the discrepancy's own width: " + b.get(i));
            } else {
                assertEquals(p.subList(5, 7), w.subList(5, 7), "not named in the file: unchanged, " + a.get(i));
            }
        }
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("wide/manifest.json").toFile());
        assertEquals(0.2, manifest.get("discrepancy").get("extraSd").get("referrals").asDouble());

        Files.writeString(dir.resolve("bad.csv"), "indicator,extra_sd,source\nreferrals,-1,assumption: test\n");
        Synthetic.Outcome bad = Synthetic.cpsim(dir, "fit", "three.yaml", "--observed", "local.csv", "--out", "bad", "--discrepancy", "bad.csv");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("bad.csv") && bad.err().contains("2") && bad.err().contains("extra_sd"), bad.err());
        assertFalse(Files.exists(dir.resolve("bad")), "nothing written");

        Synthetic.Outcome national = Synthetic.cpsim(dir, "fit", "synthetic.yaml", "--observed", "local.csv", "--out", "national", "--discrepancy", "misfit.csv");
        assertEquals(2, national.code(), national.err());
        assertTrue(national.err().contains("--discrepancy is for a fit by authority"), national.err());
    }

    private static ObservedData readFit(Path fitCsv) throws IOException {
        // fit.csv in the tidy form: authority, indicator, year, then observed as the value.
        List<String> lines = Files.readAllLines(fitCsv);
        StringBuilder b = new StringBuilder("authority,indicator,year,value\n");
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = ObservedData.parse(lines.get(i), fitCsv, i + 1);
            b.append(f.get(0).contains(",") ? "\"" + f.get(0) + "\"" : f.get(0)).append(',').append(f.get(1)).append(',').append(f.get(2))
                    .append(',').append(f.get(3)).append('\n');
        }
        Path tidy = fitCsv.resolveSibling("tidy.csv");
        Files.writeString(tidy, b.toString());
        return ObservedData.read(tidy);
    }

    @Test
    void authorityNamesOneOfTheScenariosAuthorities() throws IOException {
        Path three = scenario();
        observed(ScenarioLoader.load(three).scenario());
        Synthetic.Outcome r = Synthetic.cpsim(dir, "fit", "three.yaml", "--observed", "local.csv", "--authority", "south, town of",
                "--replications", "2", "--out", "south");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("south/fit.csv"));
        assertEquals(1 + Synthetic.YEARS.size() * 2, lines.size(), String.join("\n", lines));
        assertTrue(lines.subList(1, lines.size()).stream().allMatch(l -> l.startsWith("\"South, Town of\",")), String.join("\n", lines));
        assertTrue(r.out().contains("(other authorities)"), r.out());

        Synthetic.Outcome unknown = Synthetic.cpsim(dir, "fit", "three.yaml", "--observed", "local.csv", "--authority", "Narnia", "--out", "narnia");
        assertEquals(2, unknown.code(), unknown.out());
        assertTrue(unknown.err().contains("the scenario runs no authority 'Narnia'"), unknown.err());
        assertFalse(Files.exists(dir.resolve("narnia")));
    }
}
