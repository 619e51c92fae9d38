package org.cpsim.experiments.sweep;

import java.nio.file.Path;
import java.util.List;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.runner.Outcomes;

/**
 * A sweep file as read: which scenario, how many replications of each point with which seed, what
 * is measured, which values vary and how the points are chosen.
 *
 * @param sha256         of the sweep file's bytes: part of the sweep's identity
 * @param scenario       the base scenario file, resolved against the sweep file's folder
 * @param timeline       whether the scenario's timeline is kept (the default) or ignored
 * @param outcomesOrigin where the outcomes' period is written, for errors found once the scenario is known
 * @param overrides      fixed values applied to every point before its own
 */
public record SweepSpec(
        Path file,
        String sha256,
        String description,
        Path scenario,
        ScenarioLoader.Timeline timeline,
        long seed,
        int replications,
        Outcomes outcomes,
        Origin outcomesOrigin,
        List<Parameter> parameters,
        Design design,
        List<Assignment> overrides) {

    public SweepSpec {
        parameters = List.copyOf(parameters);
        overrides = List.copyOf(overrides);
    }

    /** The sweep file's name without {@code .yaml}: the default output folder's name. */
    public String name() {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The parameters of this kind. */
    public List<Parameter> parameters(Parameter.Kind kind) {
        return parameters.stream().filter(p -> p.kind() == kind).toList();
    }
}
