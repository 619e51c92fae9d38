package org.cpsim.experiments.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.sweep.SweepIdentity;

/**
 * What produced a calibration and what it found: code, command, calibration file, scenario, observed
 * files and their hashes, seed, method, the distance's definition and targets, what was not compared,
 * the estimate, and the identity a resumed calibration must match ({@code identity}, as a sweep's).
 */
public record CalibrationManifest(Provenance provenance, CalibrationProblem problem, SweepIdentity identity, int runsReplayed, int runsNow, double[] estimate, double distance,
                                  String estimateKind, String stopped, String calibratedScenario, List<String> files) {

    /** The manifest as ordered JSON fields. */
    public Map<String, Object> toMap() {
        CalibrationSpec spec = problem.spec();
        Map<String, Object> m = provenance.head();
        Provenance.putFile(m, "calibration", spec.file().toString(), spec.sha256());
        Provenance.putScenario(m, spec.scenario().toString(), problem.base());
        m.put("overrides", spec.overrides().stream().map(a -> a.path() + "=" + a.value() + "  # " + a.source()).toList());
        m.put("observed", FitManifest.observedFiles(problem.data()));
        m.put("authority", spec.authority() == null ? "England (rows with no authority)" : spec.authority());
        m.put("years", Map.of("from", spec.firstYear(), "to", spec.lastYear()));
        provenance.putSeed(m);
        m.put("method", spec.method().spelling());
        m.put("settings", spec.method());
        provenance.putMachine(m);
        m.put("runsFromJournal", runsReplayed);
        m.put("runsThisProcess", runsNow);
        m.put("distance", "weighted mean over indicators of the mean absolute relative error over years: "
                + "sum_i w_i (1/n_i) sum_y |sim_mean - observed| / |observed| / sum_i w_i");
        List<Map<String, Object>> targets = new ArrayList<>();
        for (int k = 0; k < problem.targets().size(); k++) {
            Target t = problem.targets().get(k);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("indicator", t.indicator());
            e.put("year", t.year());
            e.put("observed", t.observed());
            e.put("weight", problem.targetWeights()[k]);
            e.put("compared", ObservedTargets.howCompared(t));
            targets.add(e);
        }
        m.put("targets", targets);
        // Only the indicators the calibration weighs: the observed files hold others it was never asked to fit.
        m.put("notCompared", FitManifest.notCompared(problem.matched().unmatched().stream().filter(u -> spec.weights().containsKey(u.indicator())).toList()));
        Map<String, Object> est = new LinkedHashMap<>();
        for (int j = 0; j < estimate.length; j++) est.put(spec.parameters().get(j).path(), estimate[j]);
        m.put("estimate", est);
        m.put("estimateIs", estimateKind);
        m.put("estimateDistance", distance);
        m.put("stoppedEarly", stopped);
        m.put("calibratedScenario", calibratedScenario);
        m.put("notes", problem.notes());
        m.put("files", files);
        m.put("identity", identity.toMap());
        return m;
    }
}
