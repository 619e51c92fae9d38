package org.cpsim.experiments.verification;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The statistics behind every interval check, on synthetic replication estimates. */
class ToleranceTest {

    @Test
    void bonferroniSplitsTheFamilywiseErrorEvenly() {
        var t = new Tolerance(0.01, 10);
        assertEquals(0.001, t.perCheckErrorRate(), 1e-15);
        assertEquals(0.999, t.perCheckConfidence(), 1e-15);
        assertEquals("[t-interval 99.90%: FWER 1.000% / 10 checks]", t.label());
    }

    @Test
    void quantilesMatchPublishedTables() {
        assertEquals(2.776, new Tolerance(0.05, 1).tQuantile(5), 1e-3);    // t(0.975, 4)
        assertEquals(3.250, new Tolerance(0.01, 1).tQuantile(10), 1e-3);   // t(0.995, 9)
        assertEquals(3.883, new Tolerance(0.01, 10).tQuantile(20), 1e-3);  // t(0.9995, 19)
    }

    @Test
    void moreChecksMeanWiderIntervals() {
        double[] x = {1, 2, 3, 4, 5};
        var one = new Tolerance(0.01, 1).interval(x);
        var ten = new Tolerance(0.01, 10).interval(x);
        assertTrue(ten.high() - ten.low() > one.high() - one.low());
    }

    @Test
    void intervalIsMeanPlusOrMinusTTimesStandardError() {
        var i = new Tolerance(0.05, 1).interval(new double[] {1, 2, 3, 4, 5});
        double half = 2.7764451 * Math.sqrt(2.5) / Math.sqrt(5);   // sd of 1..5 is sqrt(2.5)
        assertEquals(3, i.mean(), 1e-12);
        assertEquals(3 - half, i.low(), 1e-6);
        assertEquals(3 + half, i.high(), 1e-6);
        assertEquals(5, i.n());
    }

    @Test
    void passesWhenTheoryIsInsideAndFailsWhenOutside() {
        var t = new Tolerance(0.05, 1);
        double[] x = {1, 2, 3, 4, 5};   // interval about [1.04, 4.96]
        CheckResult inside = t.check("inside", 4.9, x);
        assertTrue(inside.pass());
        assertEquals(3, inside.simulated(), 1e-12);
        assertEquals(4.9, inside.expected());
        assertFalse(t.check("above", 5.0, x).pass());
        assertFalse(t.check("below", 1.0, x).pass());
    }

    @Test
    void noSpreadMeansNoTolerance() {
        var t = new Tolerance(0.01, 10);
        assertTrue(t.check("exact", 0, new double[] {0, 0, 0}).pass());
        assertFalse(t.check("off", 0, new double[] {1e-9, 1e-9, 1e-9}).pass());
    }

    @Test
    void aReplicationThatMeasuredNothingFails() {
        assertFalse(new Tolerance(0.01, 1).check("nan", 1, new double[] {1, Double.NaN, 1.2}).pass());
    }

    @Test
    void oneReplicationGivesNoInterval() {
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(0.01, 1).interval(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(0.01, 0));
    }

    /**
     * The point of the derivation: on a correct model (estimates centred on theory) a whole suite of
     * 10 checks with 20 replications each raises a false alarm in about 1% of suites, no more.
     */
    @Test
    void familywiseFalseAlarmRateIsAboutOnePercent() {
        var t = new Tolerance(0.01, 10);
        var random = new SplittableRandom(20240401);
        int suites = 4000, falseAlarms = 0;
        for (int s = 0; s < suites; s++) {
            boolean any = false;
            for (int c = 0; c < 10; c++) any |= !t.check("c", 5.0, normals(random, 20, 5.0, 2.0)).pass();
            if (any) falseAlarms++;
        }
        double rate = (double) falseAlarms / suites;
        // Bonferroni bound is 1%; exact here is 1 - 0.999^10 = 0.995%. Binomial sd over 4000 suites is 0.16%.
        assertTrue(rate < 0.016, "false alarm rate " + rate);
        assertTrue(rate > 0.004, "false alarm rate " + rate + " suspiciously low: intervals too wide?");
    }

    /** And a model that is off by a few standard errors is caught almost always. */
    @Test
    void aBiasOfSixStandardErrorsIsCaught() {
        var t = new Tolerance(0.01, 10);
        var random = new SplittableRandom(7);
        double se = 2.0 / Math.sqrt(20);
        int caught = 0;
        for (int s = 0; s < 1000; s++) if (!t.check("c", 5.0, normals(random, 20, 5.0 + 6 * se, 2.0)).pass()) caught++;
        assertTrue(caught > 900, "caught " + caught + " of 1000");
    }

    private static double[] normals(SplittableRandom random, int n, double mean, double sd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // Box-Muller: SplittableRandom has no nextGaussian in Java 17
            double u = 1 - random.nextDouble(), v = random.nextDouble();
            x[i] = mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        }
        return x;
    }
}
