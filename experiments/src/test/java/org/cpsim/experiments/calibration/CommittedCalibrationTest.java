package org.cpsim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.io.CalibrationLoader;
import org.cpsim.experiments.io.PosteriorFile;
import org.cpsim.experiments.io.ResolvedValue;
import org.cpsim.experiments.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The committed England calibration hangs together: its posterior sample has the calibration file's
 * parameters, and england-calibrated.yaml holds that sample's weighted means as calibrate writes them.
 * Editing one without the others (a recalibration half-committed) fails here.
 */
class CommittedCalibrationTest {
    static final Path ROOT = Path.of(System.getProperty("cpsim.projectRoot", ".."));

    @Test
    void englandCalibratedHoldsTheCommittedPosteriorMeans() {
        PosteriorFile posterior = PosteriorFile.read(ROOT.resolve("scenarios/calibration/england-posterior.csv"));
        CalibrationSpec spec = CalibrationLoader.load(ROOT.resolve("scenarios/calibration/england.yaml"));
        assertEquals(spec.parameters().stream().map(CalibratedParameter::path).toList(), posterior.paths());

        Map<String, String> calibrated = new HashMap<>();
        for (ResolvedValue v : ScenarioLoader.load(ROOT.resolve("scenarios/england-calibrated.yaml")).values()) calibrated.put(v.path(), v.value());
        List<String> paths = posterior.paths();
        for (int j = 0; j < paths.size(); j++) {
            double mean = 0;
            for (int k = 0; k < posterior.weights().length; k++) mean += posterior.weights()[k] * Double.parseDouble(posterior.values().get(k).get(j));
            assertEquals(Double.parseDouble(CalibratedScenario.format(mean)), Double.parseDouble(calibrated.get(paths.get(j))),
                    1e-4 * Math.abs(mean), paths.get(j) + ": england-calibrated.yaml against the posterior's weighted mean");
        }
    }
}
