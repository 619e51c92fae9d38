package org.cpsim.experiments.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.io.Assignment;

/**
 * The fitted scenario: a few lines that {@code extends} the calibrated one and set each estimated
 * value, with the comment {@code # calibrated: <calibration file>, <method>, <date>}, so that
 * {@code cpsim validate} and the brief classify those values as calibrated. Values are written to
 * {@value #SIGNIFICANT_DIGITS} significant digits, and the fit that follows runs this file, so what
 * is shown is what ran.
 */
public final class CalibratedScenario {
    /** Far finer than any parameter is identified by the data, coarse enough to read. */
    static final int SIGNIFICANT_DIGITS = 5;

    private CalibratedScenario() {}

    /** {@code <scenario name>-calibrated.yaml}. */
    public static String fileName(String scenarioName) { return scenarioName + "-calibrated.yaml"; }

    /**
     * @param folder      where the file is written (its {@code extends} is relative to it)
     * @param shownFile   the calibration file as the user named it, for the comments
     * @param estimate    how the values were chosen, e.g. "posterior mean of 60 particles"
     */
    public static String text(CalibrationProblem problem, double[] values, Path folder, String shownFile, String estimate, LocalDate date) {
        CalibrationSpec spec = problem.spec();
        String method = spec.method().spelling();
        String source = "calibrated: " + shownFile + ", " + method + ", " + date;
        String extendsPath = folder.toAbsolutePath().normalize().relativize(spec.scenario().toAbsolutePath().normalize()).toString().replace('\\', '/');
        StringBuilder b = new StringBuilder();
        b.append("# ").append(problem.base().name()).append(" with ").append(values.length).append(" values estimated by cpsim calibrate ")
                .append(shownFile).append(" (").append(method).append(", ").append(estimate).append(", seed ").append(spec.seed()).append(").\n");
        b.append("# Every other value, and the policy timeline, is the original's.\n");
        if (!spec.overrides().isEmpty()) {
            // Overrides are often for speed (a smaller population), so they are not carried over; but one that
            // changes the model would be lost silently, so they are listed where the next reader will see them.
            b.append("# Calibrated with these overrides, which this file does NOT set (add any that belong to the model):\n");
            for (Assignment a : spec.overrides()) b.append("#   ").append(a.path()).append(": ").append(a.value()).append("  # ").append(a.source()).append("\n");
        }
        b.append("extends: ").append(extendsPath).append("\n");
        b.append("name: ").append(problem.base().name()).append("-calibrated  # assumption: label\n");
        Map<String, Object> tree = new LinkedHashMap<>();
        for (int j = 0; j < values.length; j++) put(tree, spec.parameters().get(j).path().split("\\."), 0, format(values[j]));
        write(b, tree, 0, source);
        return b.toString();
    }

    /** The value as written in the file. */
    public static String format(double v) {
        return new BigDecimal(v).round(new MathContext(SIGNIFICANT_DIGITS)).stripTrailingZeros().toPlainString();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] path, int i, String value) {
        if (i == path.length - 1) {
            tree.put(path[i], value);
            return;
        }
        Object child = tree.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
        put((Map<String, Object>) child, path, i + 1, value);
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder b, Map<String, Object> tree, int depth, String source) {
        String indent = "  ".repeat(depth);
        List<String> keys = new ArrayList<>(tree.keySet());
        for (String k : keys) {
            Object v = tree.get(k);
            if (v instanceof Map<?, ?> m) {
                b.append(indent).append(k).append(":\n");
                write(b, (Map<String, Object>) m, depth + 1, source);
            } else {
                b.append(indent).append(k).append(": ").append(v).append("  # ").append(source).append("\n");
            }
        }
    }
}
