package org.cpsim.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.cpsim.experiments.compare.Comparison;
import org.cpsim.experiments.compare.ComparisonFiles;
import org.cpsim.experiments.compare.ComparisonManifest;
import org.cpsim.experiments.compare.PairedDifference;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.output.BuildInfo;
import org.cpsim.experiments.output.OutputFolder;
import org.cpsim.experiments.output.PeakHeap;
import org.cpsim.experiments.output.TextFile;
import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.replay.Pooling;
import org.cpsim.experiments.replay.ReplayHeadline;
import org.cpsim.experiments.replay.ReplayManifest;
import org.cpsim.experiments.replay.TrialAuthority;
import org.cpsim.experiments.replay.TrialScenarios;
import org.cpsim.experiments.report.DefaultCharts;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.model.config.CalendarConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpsim replay}: each Munro trial authority against its own counterfactual, and the authorities pooled. */
@Command(name = "replay",
        header = "The Munro trial authorities, each against its counterfactual.",
        mixinStandardHelpOptions = true,
        description = {"Replay the Munro trials: run each trial authority (scenarios/trials/X.yaml) and its counterfactual "
                + "(X-counterfactual.yaml: the same authority keeping the prescribed assessment timescales until April 2013) "
                + "with the same seed, so replication r of both sees the same families and events until the trial begins.",
                "Writes a folder per authority and pooled/ (comparison.csv with baseline = counterfactual and variant = trial, pairing.csv, "
                        + "metrics.csv, summary.csv, manifest.json, charts/), headline.csv and manifest.json, and prints the headline "
                        + "differences in the trial years. Pooled = the child-weighted mean of the authorities' paired differences, replication by replication."},
        footer = {"", "Examples:",
                "  cpsim replay --all",
                "  cpsim replay cumbria hackney --replications 40 --seed 7",
                "  cpsim replay \"Kensington and Chelsea\" --years 10 --out output/replay-kc",
                "  cpsim replay --all --set assessment.accuracy.uninformedSd=1.0   # the regimes under another accuracy penalty",
                "  cpsim replay --all --scenarios my-trials/"})
final class ReplayCommand implements Callable<Integer> {
    private final ReplicationExecutor executor;
    private final Path workingDirectory;

    @Parameters(arity = "0..*", paramLabel = "AUTHORITY",
            description = "Trial authorities, e.g. cumbria or \"Kensington and Chelsea\" (case, spaces, hyphens and & for 'and' do not matter).")
    List<String> names = new ArrayList<>();

    @Option(names = "--all", description = "Every trial authority in the scenarios folder.")
    boolean all;

    @Mixin ReplicationOptions replicationOptions = new ReplicationOptions(20, 2);

    @Option(names = "--years", paramLabel = "N",
            description = "Reporting years (default: to the end of the last trial year, 2012-13 for the England history; 10 shows the years after the national change too).")
    Integer years;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Folder of trial scenarios and counterfactuals (default: scenarios/trials in the cpsim checkout).")
    Path scenarios;

    @Mixin OutputOption out;
    @Mixin SetOption set;

    @Option(names = "--no-charts", description = "Draw no charts (they take a while for nine folders; cpsim chart DIR/AUTHORITY draws them later).")
    boolean noCharts;

    @Spec
    CommandSpec spec;

    ReplayCommand(ReplicationExecutor executor, Path workingDirectory) {
        this.executor = executor;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() throws Exception {
        int replications = replicationOptions.count();
        if (years != null && years < 1) throw new ParameterException(spec.commandLine(), "--years must be at least 1, got " + years);
        TrialScenarios trials = new TrialScenarios(scenarios != null ? workingDirectory.resolve(scenarios) : BuildInfo.projectRoot().resolve("scenarios").resolve("trials"));
        List<TrialAuthority> authorities = load(trials, choose(trials));

        Path target = out.folder(workingDirectory, "replay");
        Provenance provenance = Provenance.begin(Invocation.of(spec), replicationOptions.seed(), replications, replicationOptions.threads());
        List<ReplayHeadline.Rows> headlines = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.begin(target); PeakHeap heap = new PeakHeap(); ConsoleProgress progress = ConsoleProgress.forConsole("runs")) {
            int total = authorities.size() * 2 * replications;
            progress.started(0, total);
            List<List<RunResult>> counterfactuals = new ArrayList<>(), trialRuns = new ArrayList<>();
            long events = 0;
            for (TrialAuthority a : authorities) {
                List<RunResult> cf = run(a.counterfactual().scenario(), replicationOptions.threads(), progress, heap, 2 * counterfactuals.size() * replications);
                List<RunResult> tr = run(a.trial().scenario(), replicationOptions.threads(), progress, heap, (2 * counterfactuals.size() + 1) * replications);
                counterfactuals.add(cf);
                trialRuns.add(tr);
                Comparison comparison = Comparison.of(List.of(cf, tr));
                ReplayHeadline.Rows rows = ReplayHeadline.select(a.name(), comparison, a::isTrialYear);
                headlines.add(rows);
                events += write(folder.staging().resolve(a.name()), comparison, cf, tr, rows,
                        manifest -> new ComparisonManifest(provenance.finished(),
                                List.of(a.counterfactual(), a.trial()), heap.bytes(),
                                sum(cf) + sum(tr), rows.differences(), files(ComparisonManifest.FILE_NAME)).write(manifest));
                folders.add(a.name());
            }
            double[] weights = Pooling.weights(authorities);
            List<RunResult> pooledCounterfactual = Pooling.childWeighted(Pooling.COUNTERFACTUAL, counterfactuals, weights);
            List<RunResult> pooledTrial = Pooling.childWeighted(Pooling.TRIAL, trialRuns, weights);
            Comparison pooled = Comparison.of(List.of(pooledCounterfactual, pooledTrial));
            ReplayHeadline.Rows pooledRows = ReplayHeadline.select(ReplayManifest.POOLED_FOLDER, pooled,
                    year -> authorities.stream().anyMatch(a -> a.isTrialYear(year)));
            headlines.add(pooledRows);
            heap.sample();
            ReplayManifest manifest = new ReplayManifest(provenance.finished(),
                    trials.folder(), authorities, headlines, heap.bytes(), events,
                    List.of(ReplayHeadline.FILE_NAME, ReplayManifest.FILE_NAME));
            write(folder.staging().resolve(ReplayManifest.POOLED_FOLDER), pooled, pooledCounterfactual, pooledTrial, pooledRows,
                    file -> manifest.writePooled(file, files(ReplayManifest.FILE_NAME)));
            folders.add(ReplayManifest.POOLED_FOLDER);
            TextFile.write(folder.staging().resolve(ReplayHeadline.FILE_NAME), w -> ReplayHeadline.write(w, headlines));
            manifest.write(folder.staging().resolve(ReplayManifest.FILE_NAME));
            folder.commit();
        }
        // Charts once the results are safely in place, as cpsim run does.
        if (!noCharts) for (String f : folders) DefaultCharts.writeFor(target.resolve(f));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(target);
        table(stdout, authorities, headlines);
        stdout.flush();
        return Cpsim.OK;
    }

    /** The authorities asked for, each once, in the order given; --all takes the folder's. */
    private List<String> choose(TrialScenarios trials) {
        List<String> valid = trials.names();
        if (valid.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no trial scenarios in " + trials.folder() + " (expected X.yaml with X"
                    + TrialScenarios.COUNTERFACTUAL_SUFFIX + ".yaml beside it)");
        }
        if (all && !names.isEmpty()) throw new ParameterException(spec.commandLine(), "give authorities or --all, not both");
        if (all) return valid;
        if (names.isEmpty()) throw new ParameterException(spec.commandLine(), "name one or more trial authorities, or --all; valid: " + String.join(", ", valid));
        Set<String> chosen = new LinkedHashSet<>();
        for (String typed : names) {
            Optional<String> found = trials.find(typed);
            if (found.isPresent()) {
                chosen.add(found.get());
            } else if (trials.isScenarioWithoutCounterfactual(typed)) {
                throw new ParameterException(spec.commandLine(), "'" + typed + "' has a scenario but no counterfactual, so nothing to replay "
                        + "(e.g. Gateshead, a comparator that was not a trial authority: use cpsim run); valid: " + String.join(", ", valid));
            } else {
                throw new ParameterException(spec.commandLine(), "unknown trial authority '" + typed + "'; valid: " + String.join(", ", valid));
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * Every pair loaded and checked before anything runs. Unless --years is given, the horizon ends
     * with the last trial year: the years after the national change answer another question.
     */
    private List<TrialAuthority> load(TrialScenarios trials, List<String> chosen) {
        List<Assignment> overrides = set.assignments();
        List<TrialAuthority> asWritten = chosen.stream().map(n -> trials.load(n, overrides)).toList();
        int horizon = years != null ? years : throughTrials(asWritten);
        String source = ScenarioLoader.COMMAND_LINE + (years != null ? " --years" : " replay: to the end of the last trial year (the default)");
        List<Assignment> assignments = new ArrayList<>(overrides);
        assignments.add(new Assignment("calendar.reportingYears", Integer.toString(horizon), source));
        List<TrialAuthority> loaded = chosen.stream().map(n -> trials.load(n, assignments)).toList();
        CalendarConfig first = loaded.get(0).trial().scenario().initial().calendar();
        for (TrialAuthority a : loaded) {
            CalendarConfig c = a.trial().scenario().initial().calendar();
            if (!c.reportingStart().equals(first.reportingStart())) {
                throw new ScenarioException(new Origin(a.trial().file().toString(), 0), "reports from " + c.reportingStart() + ", "
                        + loaded.get(0).name() + " from " + first.reportingStart() + ": pooling pairs the authorities' periods, so they must be the same");
            }
        }
        return loaded;
    }

    /** Statistical years from the reporting start to the end of the year in which the last trial ends. */
    private static int throughTrials(List<TrialAuthority> authorities) {
        int horizon = 1;
        for (TrialAuthority a : authorities) {
            CalendarConfig c = a.trial().scenario().initial().calendar();
            if (a.trialEnd() == null) {
                horizon = Math.max(horizon, c.reportingYears());
                continue;
            }
            LocalDate lastTrialDay = a.trialEnd().minusDays(1);
            long months = ChronoUnit.MONTHS.between(c.reportingStart(), lastTrialDay) + 1;
            horizon = Math.max(horizon, (int) Math.ceil(months / 12.0));
        }
        return horizon;
    }

    /** @param before runs finished before these, for the progress bar */
    private List<RunResult> run(Scenario scenario, int threadCount, ConsoleProgress progress, PeakHeap heap, int before) {
        int replications = replicationOptions.count();
        List<RunResult> runs = executor.run(scenario, replicationOptions.seed(), replications, threadCount, n -> {
            progress.done(before + n);
            heap.sample();
        });
        if (runs.size() != replications) throw new IllegalStateException("asked for " + replications + " replications, got " + runs.size());
        return runs;
    }

    @FunctionalInterface
    private interface ManifestWriter {
        void write(Path file) throws IOException;
    }

    /** One comparison folder, as cpsim compare writes it; returns the events its runs processed. */
    private static long write(Path dir, Comparison comparison, List<RunResult> counterfactual, List<RunResult> trial, ReplayHeadline.Rows rows,
                              ManifestWriter manifest) throws IOException {
        Files.createDirectories(dir);
        ComparisonFiles.write(dir, comparison, rows.differences(), List.of(counterfactual, trial));
        manifest.write(dir.resolve(ComparisonManifest.FILE_NAME));
        return sum(counterfactual) + sum(trial);
    }

    private static List<String> files(String manifest) {
        List<String> files = new ArrayList<>(ComparisonFiles.NAMES);
        files.add(manifest);
        return files;
    }

    private static long sum(List<RunResult> runs) { return runs.stream().mapToLong(RunResult::events).sum(); }

    /** The pool in full (both arms and the difference), then each authority's differences, a column per trial year. */
    private void table(PrintWriter out, List<TrialAuthority> authorities, List<ReplayHeadline.Rows> headlines) {
        ReplayHeadline.Rows pooled = headlines.get(headlines.size() - 1);
        int children = authorities.stream().mapToInt(TrialAuthority::children).sum();
        out.printf("%nTrial - counterfactual (the same authority keeping the prescribed timescales), %d paired replications, seed %d, 95%% CI%n",
                replicationOptions.count(), replicationOptions.seed());
        if (pooled.years().isEmpty()) {
            out.printf("No trial year is reported (a trial year has the trial in force for at least half its days); "
                    + "the months are in each folder's comparison.csv.%n");
            return;
        }
        int width = ReplayHeadline.INDICATORS.stream().mapToInt(i -> i.id().length()).max().orElse(0) + 2;
        out.printf("%nPooled: %d authorit%s, %,d children, child-weighted mean of each replication's differences%n",
                authorities.size(), authorities.size() == 1 ? "y" : "ies", children);
        String format = "%-" + width + "s  %-7s  %14s  %10s  %10s  %s%n";
        out.printf(format, "indicator", "year", "counterfactual", "trial", "difference", "95% CI");
        for (Indicator i : ReplayHeadline.INDICATORS) {
            for (Period y : pooled.years()) {
                PairedDifference d = pooled.get(i, y);
                out.printf(format, i.id(), y.label(), CompareCommand.number(d.baselineMean()), CompareCommand.number(d.variantMean()),
                        CompareCommand.number(d.difference().mean()), interval(d));
            }
        }
        out.printf("%nBy authority: difference (95%% CI)%n");
        String cell = "%-26s";
        StringBuilder head = new StringBuilder(String.format("%-" + width + "s", ""));
        for (Period y : pooled.years()) head.append("  ").append(String.format(cell, y.label()));
        out.println(head.toString().stripTrailing());
        for (int a = 0; a < authorities.size(); a++) {
            TrialAuthority t = authorities.get(a);
            out.printf("%s (trial from %s, %,d children)%n", t.name(), t.trialStart(), t.children());
            for (Indicator i : ReplayHeadline.INDICATORS) {
                StringBuilder line = new StringBuilder(String.format("  %-" + (width - 2) + "s", i.id()));
                for (Period y : pooled.years()) {
                    PairedDifference d = headlines.get(a).get(i, y);
                    String text = d == null ? "(not a trial year)" : CompareCommand.number(d.difference().mean()) + " (" + interval(d) + ")";
                    line.append("  ").append(String.format(cell, text));
                }
                out.println(line.toString().stripTrailing());
            }
        }
    }

    private static String interval(PairedDifference d) {
        if (Double.isNaN(d.difference().ciLow())) return "n/a";
        return CompareCommand.number(d.difference().ciLow()) + " to " + CompareCommand.number(d.difference().ciHigh());
    }
}
