package org.cpsim.experiments.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.AuthorityName;
import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;

/**
 * The trial authorities in a folder of scenarios ({@code scenarios/trials}): every {@code X.yaml} with
 * an {@code X-counterfactual.yaml} beside it. The folder, not the code, says which authorities there
 * are, so a comparator or a new authority is a pair of files. Loading a pair checks the promise the
 * replay rests on: the counterfactual is the same authority, differing only in its timeline.
 */
public final class TrialScenarios {
    public static final String COUNTERFACTUAL_SUFFIX = "-counterfactual";
    private static final String YAML = ".yaml";
    /** Labels, not inputs: the two scenarios of a pair must be told apart by them. */
    private static final List<String> LABELS = List.of("name", "description");

    private final Path folder;

    public TrialScenarios(Path folder) {
        this.folder = folder;
    }

    public Path folder() { return folder; }

    /** The authorities that have a counterfactual, in file-name order. */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        for (String file : yamlFiles()) {
            String stem = file.substring(0, file.length() - YAML.length());
            if (stem.endsWith(COUNTERFACTUAL_SUFFIX)) continue;
            if (Files.isRegularFile(folder.resolve(stem + COUNTERFACTUAL_SUFFIX + YAML))) names.add(stem);
        }
        return List.copyOf(names);
    }

    /**
     * The authority a user typed, matched without regard to case, spaces, hyphens or underscores
     * ({@code "Kensington and Chelsea"}, {@code kensington-and-chelsea}, {@code "Hammersmith & Fulham"}).
     */
    public Optional<String> find(String typed) {
        String key = AuthorityName.key(typed);
        return names().stream().filter(n -> AuthorityName.key(n).equals(key)).findFirst();
    }

    /** True when the folder holds a scenario of this name with no counterfactual (e.g. Gateshead, a comparator). */
    public boolean isScenarioWithoutCounterfactual(String typed) {
        String key = AuthorityName.key(typed);
        return yamlFiles().stream().map(f -> f.substring(0, f.length() - YAML.length())).anyMatch(s -> AuthorityName.key(s).equals(key));
    }

    /**
     * Loads an authority and its counterfactual with the same assignments, and finds the window where
     * they differ. Anything but a difference in the timeline, over one window, is an error naming the
     * counterfactual's file: a replay against a counterfactual that differs in more would measure more than the trial.
     */
    public TrialAuthority load(String name, List<Assignment> assignments) {
        Path trialFile = folder.resolve(name + YAML), counterfactualFile = folder.resolve(name + COUNTERFACTUAL_SUFFIX + YAML);
        ResolvedScenario trial = ScenarioLoader.load(trialFile, assignments);
        ResolvedScenario counterfactual = ScenarioLoader.load(counterfactualFile, assignments);
        Origin at = new Origin(counterfactualFile.toString(), 0);
        List<String> differing = differingValues(trial, counterfactual);
        if (!differing.isEmpty()) {
            throw new ScenarioException(at, "a counterfactual must differ from " + trialFile.getFileName() + " only in its timeline, but its initial values differ at "
                    + String.join(", ", differing));
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Scenario.PolicyChange c : trial.scenario().timeline()) dates.add(c.effective());
        for (Scenario.PolicyChange c : counterfactual.scenario().timeline()) dates.add(c.effective());
        LocalDate start = null, end = null;
        for (LocalDate d : dates) {
            boolean same = sameInputs(inForce(trial.scenario(), d), inForce(counterfactual.scenario(), d));
            if (start == null && !same) {
                start = d;
            } else if (start != null && end == null && same) {
                end = d;
            } else if (end != null && !same) {
                throw new ScenarioException(at, "the counterfactual differs from " + trialFile.getFileName() + " again from " + d
                        + ", after agreeing from " + end + ": a replay measures one trial window (" + start + " to " + end + ")");
            }
        }
        if (start == null) {
            throw new ScenarioException(at, "the counterfactual never differs from " + trialFile.getFileName() + ": nothing to replay");
        }
        return new TrialAuthority(name, trial, counterfactual, start, end);
    }

    /** Initial values (labels aside) that are not the same in both, by path. */
    private static List<String> differingValues(ResolvedScenario a, ResolvedScenario b) {
        Map<String, String> left = inputs(a), right = inputs(b);
        TreeSet<String> paths = new TreeSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<String> out = new ArrayList<>();
        for (String p : paths) if (!Objects.equals(left.get(p), right.get(p))) out.add(p);
        return out;
    }

    private static Map<String, String> inputs(ResolvedScenario s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ResolvedValue v : s.values()) if (!LABELS.contains(v.path())) out.put(v.path(), v.value());
        return out;
    }

    private static ScenarioConfig inForce(Scenario s, LocalDate date) {
        ScenarioConfig c = s.initial();
        for (Scenario.PolicyChange change : s.timeline()) if (!change.effective().isAfter(date)) c = change.config();
        return c;
    }

    /** Whether the model would be given the same inputs: everything but the name and description. */
    static boolean sameInputs(ScenarioConfig a, ScenarioConfig b) {
        return a.equals(new ScenarioConfig(a.name(), a.description(), b.calendar(), b.population(), b.need(), b.agencies(), b.frontDoor(),
                b.earlyHelp(), b.assessment(), b.plans(), b.care(), b.workforce(), b.costs(), b.authorities()));
    }

    private List<String> yamlFiles() {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(YAML)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
