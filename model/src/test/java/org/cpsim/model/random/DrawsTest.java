package org.cpsim.model.random;

import static org.junit.jupiter.api.Assertions.*;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** Shaped draws: shape 1 is the exponential draw itself (so a scenario at shape 1 is bit for bit the exponential model). */
class DrawsTest {

    @Test
    void atShapeOneTheShapedDrawIsTheExponentialDrawBitForBit() {
        MersenneTwisterFast a = new MersenneTwisterFast(11);
        MersenneTwisterFast b = new MersenneTwisterFast(11);
        for (int i = 0; i < 10_000; i++) {
            double rate = 1.0 / (1 + i % 97);
            assertEquals(Draws.exponential(a, rate), Draws.exponentialOrGamma(b, rate, 1.0), 0.0);
        }
        assertEquals(a.nextLong(), b.nextLong(), "the streams stay in step");
    }

    @Test
    void anotherShapeKeepsTheMeanAndNarrowsTheSpread() {
        MersenneTwisterFast r = new MersenneTwisterFast(12);
        int n = 40_000;
        double mean = 20, shape = 4, sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = Draws.exponentialOrGamma(r, 1 / mean, shape);
            sum += x;
            sumSq += x * x;
        }
        double m = sum / n;
        double variance = sumSq / n - m * m;
        double sd = mean / Math.sqrt(shape);
        assertEquals(mean, m, 3.29 * sd / Math.sqrt(n), "gamma mean");
        assertEquals(sd * sd, variance, 0.05 * sd * sd, "gamma variance mean^2 / shape");
        assertEquals(Double.POSITIVE_INFINITY, Draws.exponentialOrGamma(r, 0, shape), "rate 0: never");
    }
}
