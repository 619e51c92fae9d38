package org.cpsim.experiments.sensitivity;

import org.apache.commons.math3.random.RandomGenerator;
import org.cpsim.experiments.stats.Permutation;

/**
 * Morris (1991) trajectories on a p-level grid in the unit hypercube: each trajectory starts at a
 * random grid point and moves one parameter at a time, in random order and direction, by
 * delta = p / (2(p - 1)), so k parameters take k + 1 points per trajectory.
 *
 * @param points one row per point, trajectory after trajectory
 * @param moved  for trajectory t and step s, the parameter that changed between its points s and s + 1
 */
public record MorrisDesign(int parameters, int levels, int trajectories, double[][] points, int[][] moved) {

    public MorrisDesign {
        if (points.length != trajectories * (parameters + 1)) throw new IllegalArgumentException("expected " + trajectories * (parameters + 1) + " points");
    }

    public static MorrisDesign generate(int parameters, int trajectories, int levels, RandomGenerator rng) {
        if (parameters < 1) throw new IllegalArgumentException("at least one parameter, got " + parameters);
        if (trajectories < 2) throw new IllegalArgumentException("at least two trajectories, got " + trajectories);
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("an even number of levels (at least 2), got " + levels);
        double delta = delta(levels);
        // Starting levels from which a step of delta stays on the grid: 0 .. p/2 - 1.
        int startLevels = levels / 2;
        double[][] points = new double[trajectories * (parameters + 1)][];
        int[][] moved = new int[trajectories][parameters];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[parameters];
            int[] direction = new int[parameters];
            for (int i = 0; i < parameters; i++) {
                double base = rng.nextInt(startLevels) / (double) (levels - 1);
                direction[i] = rng.nextBoolean() ? 1 : -1;
                // Moving down, start a step above the base so the trajectory stays in [0, 1].
                x[i] = direction[i] > 0 ? base : base + delta;
            }
            int[] order = Permutation.of(parameters, rng);
            int row = t * (parameters + 1);
            points[row] = x.clone();
            for (int s = 0; s < parameters; s++) {
                int i = order[s];
                x[i] += direction[i] * delta;
                points[row + s + 1] = x.clone();
                moved[t][s] = i;
            }
        }
        return new MorrisDesign(parameters, levels, trajectories, points, moved);
    }

    /** The step that makes every level equally likely in the trajectories (Morris 1991). */
    public static double delta(int levels) { return levels / (2.0 * (levels - 1)); }
}
