package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cpsim.experiments.io.ResolvedScenario;

/**
 * The first lines of a run: which dated values a {@code --set} (or a sweep lever) met and how they moved,
 * and values an extending file sets that its inherited timeline replaces later. On stderr, before any
 * result, so an analyst reads them before trusting the numbers and stdout stays the results alone.
 */
final class ScenarioNotes {
    private ScenarioNotes() {}

    static void print(PrintWriter err, List<ResolvedScenario> scenarios) {
        Set<String> shown = new LinkedHashSet<>(); // the same --set met in several scenarios is said once each way
        for (ResolvedScenario s : scenarios) for (String n : s.notes()) shown.add(scenarios.size() > 1 ? s.name() + ": " + n : n);
        for (String n : shown) err.println(n);
        err.flush();
    }

    static void print(PrintWriter err, ResolvedScenario scenario) { print(err, List.of(scenario)); }
}
