package org.cpsim.experiments.sensitivity;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * Morris screening on functions with known elementary effects. With 4 levels (delta = 2/3) the
 * Ishigami effects are known exactly: |EE| of x2 is always 7 * 0.75 / (2/3) = 7.875; mu* of x1 is
 * 7.70 and of x3 6.25 (x3 acts only through its interaction with sin x1). With 500 trajectories the
 * ranking held for each of 100 design seeds tried (it failed for 5 of 100 at 100 trajectories).
 */
class MorrisTest {
    private static final int TRAJECTORIES = 500;
    private static final int LEVELS = 4;

    @Test
    void ranksIshigamisParameters() {
        List<MorrisIndices> m = screen(3, AnalyticFunctions.ISHIGAMI, 7);
        double x1 = m.get(0).muStar().value(), x2 = m.get(1).muStar().value(), x3 = m.get(2).muStar().value();
        assertTrue(x3 < x1 && x3 < x2, "mu*: " + x1 + ", " + x2 + ", " + x3);
        assertTrue(x3 > 2, "x3 matters through its interaction with x1: " + x3);
        assertEquals(7.875, x2, 1e-9, "every effect of x2 has the same size on this grid");
        assertTrue(m.get(2).sigma() > m.get(2).muStar().value() / 2, "x3's effect depends on x1: a large sigma");
        assertEquals(TRAJECTORIES, m.get(0).effects());
    }

    @Test
    void effectsAreStandardisedByRange() {
        // y = 3 u0 - 2 u1 + 0 u2: the change over the full range of each parameter, exactly, with no spread.
        List<MorrisIndices> m = screen(3, u -> 3 * u[0] - 2 * u[1], 1);
        assertEquals(3, m.get(0).muStar().value(), 1e-9);
        assertEquals(3, m.get(0).mu().value(), 1e-9);
        assertEquals(-2, m.get(1).mu().value(), 1e-9);
        assertEquals(2, m.get(1).muStar().value(), 1e-9);
        assertEquals(0, m.get(2).muStar().value(), 1e-9);
        assertEquals(0, m.get(0).sigma(), 1e-9);
    }

    @Test
    void trajectoriesMoveOneParameterAtATimeByDeltaOnTheGrid() {
        MorrisDesign d = MorrisDesign.generate(4, 20, LEVELS, new MersenneTwister(3));
        double delta = MorrisDesign.delta(LEVELS);
        assertEquals(2.0 / 3, delta, 1e-12);
        for (int t = 0; t < 20; t++) {
            boolean[] seen = new boolean[4];
            for (int s = 0; s < 4; s++) {
                double[] a = d.points()[t * 5 + s], b = d.points()[t * 5 + s + 1];
                int i = d.moved()[t][s];
                assertFalse(seen[i], "each parameter moves once per trajectory");
                seen[i] = true;
                for (int c = 0; c < 4; c++) assertEquals(c == i ? delta : 0, Math.abs(b[c] - a[c]), 1e-12);
                for (double v : b) assertEquals(0, (v * (LEVELS - 1)) % 1, 1e-9, "on the grid");
            }
        }
    }

    @Test
    void missingOutputsDropOnlyTheirEffects() {
        MorrisDesign d = MorrisDesign.generate(2, 10, LEVELS, new MersenneTwister(5));
        double[] y = Arrays.stream(d.points()).mapToDouble(u -> u[0]).toArray();
        y[0] = Double.NaN;
        List<MorrisIndices> m = Morris.analyse(d, y, 100, new MersenneTwister(1));
        assertEquals(19, m.get(0).effects() + m.get(1).effects());
        assertEquals(1, m.get(0).muStar().value(), 1e-9);
    }

    private static List<MorrisIndices> screen(int k, ToDoubleFunction<double[]> f, long seed) {
        MorrisDesign d = MorrisDesign.generate(k, TRAJECTORIES, LEVELS, new MersenneTwister(seed));
        double[] y = Arrays.stream(d.points()).mapToDouble(f).toArray();
        return Morris.analyse(d, y, 1000, new MersenneTwister(seed + 1));
    }
}
