package org.cpsim.experiments.sweep;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;
import org.cpsim.experiments.stats.Permutation;

/** The points a {@link Design} gives for a list of parameters. */
public final class DesignPoints {
    private DesignPoints() {}

    /** @param random draws for a Latin hypercube (unused by other designs), from the sweep's own seeded stream */
    public static List<DesignPoint> of(Design design, List<Parameter> parameters, RandomGenerator random) {
        if (design instanceof Design.Grid) return grid(parameters);
        if (design instanceof Design.LatinHypercube lhs) return latinHypercube(parameters, lhs.points(), random);
        Design.Listed listed = (Design.Listed) design;
        List<DesignPoint> out = new ArrayList<>();
        for (Design.ListedPoint p : listed.points()) out.add(new DesignPoint(out.size(), p.values(), p.origin()));
        return out;
    }

    static List<DesignPoint> grid(List<Parameter> parameters) {
        List<List<String>> axes = new ArrayList<>();
        for (Parameter p : parameters) axes.add(gridValues(p));
        List<DesignPoint> out = new ArrayList<>();
        int[] at = new int[axes.size()];
        while (true) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < at.length; i++) values.add(axes.get(i).get(at[i]));
            out.add(new DesignPoint(out.size(), values, null));
            // Odometer order: the last parameter varies fastest.
            int i = at.length - 1;
            while (i >= 0 && ++at[i] == axes.get(i).size()) at[i--] = 0;
            if (i < 0) return out;
        }
    }

    private static List<String> gridValues(Parameter p) {
        if (p.domain() instanceof Parameter.Values v) return v.values();
        if (p.domain() instanceof Parameter.Range r && r.levels() >= 2) {
            List<String> levels = new ArrayList<>();
            for (int i = 0; i < r.levels(); i++) levels.add(r.level(i));
            return levels;
        }
        throw new IllegalArgumentException(p.path() + " has no values or levels for a grid");
    }

    /**
     * For each parameter an independent random permutation of the n strata, and a uniform draw
     * within each; a list of values is cut into strata of equal width, so each value gets n/k points.
     */
    static List<DesignPoint> latinHypercube(List<Parameter> parameters, int n, RandomGenerator random) {
        String[][] values = new String[n][parameters.size()];
        for (int j = 0; j < parameters.size(); j++) {
            int[] strata = Permutation.of(n, random);
            for (int i = 0; i < n; i++) values[i][j] = parameters.get(j).domain().at((strata[i] + random.nextDouble()) / n);
        }
        List<DesignPoint> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new DesignPoint(i, List.of(values[i]), null));
        return out;
    }
}
