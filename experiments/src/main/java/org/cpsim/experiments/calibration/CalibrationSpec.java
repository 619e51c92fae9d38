package org.cpsim.experiments.calibration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.Origin;

/**
 * A calibration file, read strictly: which scenario, which of its values to estimate (with priors),
 * against which observed figures (files, years, indicators with weights), with how many replications
 * per evaluation, which seed and which method.
 *
 * @param weights        observed indicator id to its weight in the distance, in the file's order
 * @param weightOrigins  where each indicator is named, for errors
 * @param fitReplications replications of the fitted scenario for its {@code fit.csv}
 * @param authority      the authority whose rows of the observed files are the targets (counts scaled by its
 *                       own child population), or null for England's
 * @param local          a pooled calibration's local parameters (empty for the other methods)
 * @param authorities    a pooled calibration's authorities, as the observed files name them (empty for the other methods)
 */
public record CalibrationSpec(Path file, String sha256, String description, Path scenario, List<Assignment> overrides,
                              List<CalibratedParameter> parameters, List<Path> observed, String firstYear, String lastYear,
                              Map<String, Double> weights, Map<String, Origin> weightOrigins, int replications, int fitReplications,
                              long seed, Method method, Origin methodOrigin, String authority,
                              List<LocalParameter> local, List<String> authorities) {
    public CalibrationSpec {
        overrides = List.copyOf(overrides);
        parameters = List.copyOf(parameters);
        observed = List.copyOf(observed);
        local = List.copyOf(local);
        authorities = List.copyOf(authorities);
        weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
        weightOrigins = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weightOrigins));
    }

    /** The file's name without {@code .yaml}, for default output folders. */
    public String name() {
        String n = file.getFileName().toString();
        return n.endsWith(".yaml") ? n.substring(0, n.length() - 5) : n.endsWith(".yml") ? n.substring(0, n.length() - 4) : n;
    }
}
