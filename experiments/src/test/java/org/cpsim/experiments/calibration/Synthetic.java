package org.cpsim.experiments.calibration;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cpsim.experiments.cli.Cpsim;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.experiments.runner.ReplicationRunner;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;

import picocli.CommandLine;

/**
 * A small synthetic world for calibration tests: the England baseline cut to 6,000 children, one
 * warm-up year and two reported years (2009-10, 2010-11), and observed figures simulated from known
 * values of two parameters with a seed the calibration never uses.
 */
final class Synthetic {
    static final String FROM_NONE = "need.escalationPerYear.fromNone";
    static final String NFA = "frontDoor.referralNoFurtherActionProbability";
    /** The truth the data are simulated from; the baseline has 0.08 and 0.145. */
    static final double TRUE_FROM_NONE = 0.1, TRUE_NFA = 0.2;
    static final List<String> YEARS = List.of("2009-10", "2010-11");
    static final long DATA_SEED = 99;
    static final int DATA_REPLICATIONS = 8;

    private Synthetic() {}

    static Path root() { return Path.of(System.getProperty("cpsim.projectRoot", "..")).toAbsolutePath().normalize(); }

    static Path scenario(Path dir) throws IOException {
        Path f = dir.resolve("synthetic.yaml");
        Files.writeString(f, String.join("\n",
                "extends: " + root().resolve("scenarios/england-baseline.yaml").toString().replace('\\', '/'),
                "name: synthetic  # assumption: label",
                "population:",
                "  children: 6000  # assumption: a small authority so the tests run quickly",
                "calendar:",
                "  reportingYears: 2  # assumption: 2009-10 and 2010-11",
                "  warmUpYears: 1  # assumption: a short warm-up",
                ""));
        return f;
    }

    /** The scenario with both parameters set. */
    static Scenario at(Path scenario, double fromNone, double nfa) {
        return ScenarioLoader.load(scenario, List.of(new Assignment(FROM_NONE, Double.toString(fromNone), "test"),
                new Assignment(NFA, Double.toString(nfa), "test"))).scenario();
    }

    static List<RunResult> truthRuns(Path scenario) {
        return ReplicationRunner.run(at(scenario, TRUE_FROM_NONE, TRUE_NFA), DATA_SEED, DATA_REPLICATIONS, 2, null);
    }

    /** Observed figures: the mean of the truth's replications, plus a figure no model indicator measures. */
    static Path observed(Path dir, List<RunResult> truth) throws IOException {
        StringBuilder b = new StringBuilder("indicator,year,value,unit\n");
        for (Indicator i : List.of(Indicator.REFERRAL_RATE_PER_10K, Indicator.REFERRALS_NFA_PCT)) {
            for (String y : YEARS) b.append(String.format(Locale.ROOT, "%s,%s,%.6f,synthetic%n", i.id(), y, mean(truth, i, y)));
        }
        b.append("made_up_indicator,2009-10,3,synthetic\n");
        Path f = dir.resolve("observed.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    static double mean(List<RunResult> runs, Indicator i, String year) {
        double s = 0;
        for (RunResult r : runs) s += r.value(Target.yearIndex(r, year), i);
        return s / runs.size();
    }

    static double sd(List<RunResult> runs, Indicator i, String year) {
        double m = mean(runs, i, year), ss = 0;
        for (RunResult r : runs) ss += Math.pow(r.value(Target.yearIndex(r, year), i) - m, 2);
        return Math.sqrt(ss / (runs.size() - 1));
    }

    static Path calibration(Path dir, String name, String method) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n",
                "description: \"synthetic: recover two known values\"",
                "scenario: synthetic.yaml",
                "parameters:",
                "  - path: " + FROM_NONE,
                "    prior: {uniform: [0.04, 0.16]}",
                "  - path: " + NFA,
                "    prior: {uniform: [0.05, 0.35]}",
                "observed: [observed.csv]",
                "years: {from: 2009-10, to: 2010-11}",
                "indicators:",
                "  referral_rate_per_10k: 1",
                "  referrals_nfa_pct: 1",
                "replications: 2",
                "fitReplications: 4",
                "seed: 11",
                "method:",
                "  " + method,
                // Last, so that the line numbers CalibrationFilesTest edits stay where they are.
                "overrides:",
                "  population.children: 6000  # assumption: the scenario's own value, to show overrides are listed",
                ""));
        return f;
    }

    record Outcome(int code, String out, String err) {}

    static Outcome cpsim(Path dir, String... args) {
        CommandLine cl = Cpsim.commandLine(ReplicationExecutor.LOCAL, dir);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    /** A CSV's rows as fields (no quoted commas in these files). */
    static List<String[]> rows(Path csv) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv);
        for (int i = 1; i < lines.size(); i++) out.add(lines.get(i).split(",", -1));
        return out;
    }
}
