package org.cpsim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cpsim.experiments.io.CalibrationLoader;
import org.cpsim.experiments.io.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pooled calibration file is read as strictly as the others: every mistake names file, line and field. */
class PooledCalibrationFileTest {
    private static final String GOOD = """
            scenario: england.yaml
            observed: [observed.csv]
            authorities: all
            years: {from: 2009-10, to: 2010-11}
            indicators:
              referrals: 1
            local:
              - {level: needOnsetMultiplier, bounds: [0.25, 4]}
              - {level: thresholdShift, bounds: [-0.5, 0.5]}
              - {level: referralThresholdShift, bounds: [-0.6, 0.6]}
              - {level: protectionThresholdShift, bounds: [-0.5, 0.5]}
            replications: 2
            seed: 1
            method:
              pooled: {iterations: 3}
            """;

    private static Path write(Path dir, String text) throws Exception {
        Files.writeString(dir.resolve("england.yaml"), "name: x  # assumption: test\n");
        Files.writeString(dir.resolve("observed.csv"), "authority,indicator,year,value\nNorth,child_population_0_17,2009-10,9000\nNorth,referrals,2009-10,300\n");
        Path f = dir.resolve("pooled.yaml");
        Files.writeString(f, text);
        return f;
    }

    private static ScenarioException bad(Path dir, String from, String to) throws Exception {
        assertTrue(GOOD.contains(from), from);
        Path f = write(dir, GOOD.replace(from, to));
        return assertThrows(ScenarioException.class, () -> CalibrationLoader.load(f));
    }

    @Test
    void aGoodFileReadsWithItsDefaults(@TempDir Path dir) throws Exception {
        CalibrationSpec spec = CalibrationLoader.load(write(dir, GOOD));
        Method.Pooled m = (Method.Pooled) spec.method();
        assertEquals(3, m.iterations());
        assertEquals(PooledEstimator.National.CENTRED, m.national());
        assertEquals(1.0, m.populationShare());
        assertFalse(m.centralProbes(), "forward probes unless asked");
        assertEquals(java.util.List.of("North"), spec.authorities());
        assertTrue(spec.local().get(1).additive());
        assertEquals(-0.5, spec.local().get(1).scaleLow());
        assertEquals(Math.log(4), spec.local().get(0).scaleHigh(), 1e-12);
        // The bars' own shifts are shifts too: estimated as they are, bounds around 0.
        assertTrue(spec.local().get(2).additive());
        assertEquals("referralThresholdShift", spec.local().get(2).name());
        assertEquals(0.6, spec.local().get(2).scaleHigh());
        assertTrue(spec.local().get(3).additive());
        assertEquals(-0.5, spec.local().get(3).level(-0.5));
        assertFalse(spec.local().get(0).additive());
    }

    @Test
    void aPathParameterIsAMultiplierOfTheScenarioValue(@TempDir Path dir) throws Exception {
        // The documented form `{name, path, bounds}` once crashed the loader (no level to ask whether it is a shift).
        String withPath = GOOD.replace("  - {level: protectionThresholdShift, bounds: [-0.5, 0.5]}\n",
                "  - {level: protectionThresholdShift, bounds: [-0.5, 0.5]}\n  - {name: cinReview, path: plans.childInNeed.reviewIntervalWeeks, bounds: [0.5, 2]}\n");
        LocalParameter p = CalibrationLoader.load(write(dir, withPath)).local().get(4);
        assertEquals("cinReview", p.name());
        assertEquals("plans.childInNeed.reviewIntervalWeeks", p.path());
        assertFalse(p.additive());
        assertEquals(Math.log(2), p.scaleHigh(), 1e-12);
        ScenarioException shiftBounds = bad(dir, "  - {level: protectionThresholdShift, bounds: [-0.5, 0.5]}\n",
                "  - {level: protectionThresholdShift, bounds: [-0.5, 0.5]}\n  - {name: cinReview, path: plans.childInNeed.reviewIntervalWeeks, bounds: [-0.5, 2]}\n");
        assertEquals("local[4].bounds", shiftBounds.field());
    }

    @Test
    void mistakesNameFileLineAndField(@TempDir Path dir) throws Exception {
        ScenarioException level = bad(dir, "level: needOnsetMultiplier", "level: needMultiplier");
        assertEquals("local[0].level", level.field());
        assertEquals(8, level.origin().line());
        assertTrue(level.getMessage().contains("pooled.yaml:8"), level.getMessage());

        ScenarioException bounds = bad(dir, "bounds: [0.25, 4]", "bounds: [1.5, 4]");
        assertEquals("local[0].bounds", bounds.field());

        ScenarioException shift = bad(dir, "bounds: [-0.5, 0.5]", "bounds: [0.1, 0.5]");
        assertEquals("local[1].bounds", shift.field());
        assertEquals(9, shift.origin().line());
        ScenarioException referral = bad(dir, "bounds: [-0.6, 0.6]", "bounds: [0.5, 2]");
        assertEquals("local[2].bounds", referral.field());
        assertTrue(referral.getMessage().contains("low < 0 < high"), "a shift's bounds, not a multiplier's: " + referral.getMessage());

        ScenarioException probes = bad(dir, "pooled: {iterations: 3}", "pooled: {iterations: 3, probes: both}");
        assertEquals("method.pooled.probes", probes.field());
        assertTrue(probes.getMessage().contains("forward or central"), probes.getMessage());
        assertTrue(((Method.Pooled) CalibrationLoader.load(write(dir, GOOD.replace("pooled: {iterations: 3}", "pooled: {iterations: 3, probes: central}")))
                .method()).centralProbes());

        ScenarioException national = bad(dir, "pooled: {iterations: 3}", "pooled: {iterations: 3, national: free}");
        assertEquals("method.pooled.national", national.field());

        ScenarioException single = bad(dir, "authorities: all", "authorities: all\nauthority: North");
        assertEquals("authority", single.field());

        ScenarioException unknown = bad(dir, "authorities: all", "authorities: [North, Southh]");
        assertEquals("authorities[1]", unknown.field());
        assertTrue(unknown.getMessage().contains("North"), "lists the names the files have: " + unknown.getMessage());

        ScenarioException missing = bad(dir, GOOD.substring(GOOD.indexOf("local:"), GOOD.indexOf("replications:")), "");
        assertEquals("local", missing.field());

        ScenarioException share = bad(dir, "pooled: {iterations: 3}", "pooled: {iterations: 3, populationShare: 1.5}");
        assertEquals("method.pooled.populationShare", share.field());
    }
}
