package org.cpsim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.CalibrationLoader;
import org.cpsim.experiments.io.PosteriorFile;
import org.cpsim.experiments.io.ResolvedValue;
import org.cpsim.experiments.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The committed England calibration hangs together, in its two steps: the ABC-SMC posterior sample has
 * england.yaml's parameters; england-point.yaml optimises the same parameters from a start it states for
 * each; and england-calibrated.yaml holds the point it found (its best.csv, committed as
 * england-point-best.csv). Editing one without the others (a recalibration half-committed) fails here.
 */
class CommittedCalibrationTest {
    static final Path ROOT = Path.of(System.getProperty("cpsim.projectRoot", ".."));

    @Test
    void thePosteriorAndThePointHaveTheSameParametersAndEnglandCalibratedHoldsThePoint() throws IOException {
        PosteriorFile posterior = PosteriorFile.read(ROOT.resolve("scenarios/calibration/england-posterior.csv"));
        CalibrationSpec abc = CalibrationLoader.load(ROOT.resolve("scenarios/calibration/england.yaml"));
        CalibrationSpec point = CalibrationLoader.load(ROOT.resolve("scenarios/calibration/england-point.yaml"));
        List<String> paths = posterior.paths();
        assertEquals(abc.parameters().stream().map(CalibratedParameter::path).toList(), paths);
        assertEquals(paths, point.parameters().stream().map(CalibratedParameter::path).toList());

        // The optimiser starts where the file says, for every parameter (its overrides of the calibrated paths).
        Map<String, String> start = new HashMap<>();
        for (Assignment a : point.overrides()) start.put(a.path(), a.value());
        for (String path : paths) assertNotNull(start.get(path), path + ": england-point.yaml says where the search starts");

        Map<String, String> calibrated = new HashMap<>();
        for (ResolvedValue v : ScenarioLoader.load(ROOT.resolve("scenarios/england-calibrated.yaml")).values()) calibrated.put(v.path(), v.value());
        List<String> best = Files.readAllLines(ROOT.resolve("scenarios/calibration/england-point-best.csv"));
        assertEquals("parameter,value,low,high,scenario_value,distance", best.get(0));
        assertEquals(paths.size() + 1, best.size());
        for (String line : best.subList(1, best.size())) {
            String[] f = line.split(",");
            double value = Double.parseDouble(f[1]);
            assertEquals(Double.parseDouble(CalibratedScenario.format(value)), Double.parseDouble(calibrated.get(f[0])), 1e-4 * Math.abs(value),
                    f[0] + ": england-calibrated.yaml against the point estimate");
        }
    }
}
