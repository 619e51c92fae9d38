package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.cpsim.experiments.calibration.CalibrationSpec;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.CalibrationLoader;
import org.junit.jupiter.api.Test;

/**
 * The closing fit of a calibration runs the estimate, not the start: england-point.yaml starts CMA-ES from
 * overrides of the very paths it calibrates, and those must not set the estimate back for the fit.
 */
class CalibrateFitOverridesTest {
    static final Path ROOT = Path.of(System.getProperty("cpsim.projectRoot", ".."));

    @Test
    void overridesOfCalibratedPathsAreLeftOutOfTheClosingFitAndTheOthersKept() {
        CalibrationSpec spec = CalibrationLoader.load(ROOT.resolve("scenarios/calibration/england-point.yaml"));
        List<String> kept = CalibrateCommand.fitOverrides(spec).stream().map(Assignment::path).toList();
        assertEquals(List.of("population.children", "assessment.accuracy.uninformedSd",
                "agencies.concernRateMultiplier", "workforce.recruitment.meanLagWeeks"), kept);
        CalibrationSpec trial = CalibrationLoader.load(ROOT.resolve("scenarios/calibration/trials/knowsley.yaml"));
        assertEquals(List.of(), CalibrateCommand.fitOverrides(trial), "its two overrides are its start");
    }
}
