package org.cpsim.experiments.io;

import java.nio.file.Path;
import java.util.List;

import org.cpsim.model.config.Scenario;

/**
 * A scenario file after {@code extends}, the timeline and command-line values are applied: what the
 * model runs, and for every value where it came from.
 *
 * @param values        every leaf of the initial configuration, in record order
 * @param timeline      the policy changes, in date order
 * @param canonicalText the resolved values as text in a stable order; its SHA-256 is the scenario hash
 * @param notes         what a reader must know before trusting the run: which dated values a value set
 *                      from outside met and how they moved, and values an extending file sets that its
 *                      inherited timeline changes later; shown by {@code validate} and first by every run
 */
public record ResolvedScenario(
        Scenario scenario,
        Path file,
        List<ResolvedValue> values,
        List<ResolvedPolicyChange> timeline,
        String canonicalText,
        List<String> notes) {

    public ResolvedScenario {
        values = List.copyOf(values);
        timeline = List.copyOf(timeline);
        notes = List.copyOf(notes);
    }

    public ResolvedScenario(Scenario scenario, Path file, List<ResolvedValue> values, List<ResolvedPolicyChange> timeline, String canonicalText) {
        this(scenario, file, values, timeline, canonicalText, List.of());
    }

    /** Hex SHA-256 of {@link #canonicalText}: equal hashes mean the model was given the same inputs. */
    public String sha256() {
        return Sha256.of(canonicalText);
    }

    public String name() { return scenario.name(); }
}
