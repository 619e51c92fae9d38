package org.cpsim.experiments.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.sweep.SweepIdentity;

/**
 * What produced a pooled calibration and what it found: code, command, files and hashes, seed, settings,
 * where the runs executed, the national values the multipliers multiply, the hierarchy at the end, the fit,
 * and the identity a resumed calibration must match.
 */
public record PooledManifest(Provenance provenance, PooledProblem problem, SweepIdentity identity, String executor,
                             PooledCalibration.Result result, List<String> files) {

    public Map<String, Object> toMap() {
        CalibrationSpec spec = problem.spec();
        PooledCalibration.Iteration last = result.estimate();

        Map<String, Object> m = provenance.head();
        Provenance.putFile(m, "calibration", spec.file().toString(), spec.sha256());
        Provenance.putScenario(m, spec.scenario().toString(), problem.base());
        m.put("overrides", spec.overrides().stream().map(a -> a.path() + "=" + a.value() + "  # " + a.source()).toList());
        m.put("observed", FitManifest.observedFiles(problem.data()));
        m.put("authorities", problem.authorities().size());
        m.put("children", problem.authorities().stream().mapToLong(PooledProblem.Authority::children).sum());
        m.put("years", Map.of("from", spec.firstYear(), "to", spec.lastYear()));
        m.put("figures", problem.keys().stream().map(PooledProblem.Key::label).toList());
        provenance.putSeed(m);
        m.put("method", spec.method().spelling());
        m.put("settings", spec.method());
        m.put("executor", executor);
        provenance.putMachine(m);
        m.put("runsFromJournal", result.runsReplayed());
        m.put("runsThisProcess", result.runsNow());
        m.put("estimateIteration", last.index());
        List<Map<String, Object>> local = new ArrayList<>();
        for (int j = 0; j < problem.dimensions(); j++) {
            LocalParameter p = spec.local().get(j);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", p.name());
            if (p.path() != null) {
                e.put("path", p.path());
                e.put("nationalValue", problem.national()[j]);
            } else {
                e.put("level", p.level());
                e.put("englandsValue", p.additive() ? 0 : 1);
            }
            e.put("bounds", List.of(p.low(), p.high()));
            e.put("logMean", last.step().mu()[j]);
            e.put("logSdBetweenAuthorities", Math.sqrt(last.step().sigma()[j][j]));
            e.put("nationalOffset", last.step().nationalOffset()[j]);
            double weighted = 0;
            for (int a = 0; a < problem.authorities().size(); a++) weighted += problem.authorities().get(a).weight() * last.theta()[a][j];
            e.put("childWeightedMeanLogMultiplier", weighted);
            local.add(e);
        }
        m.put("local", local);
        Map<String, Object> extra = new LinkedHashMap<>();
        for (int g = 0; g < problem.groups().size(); g++) extra.put(problem.groups().get(g), Math.sqrt(last.step().extraVariance()[g]));
        m.put("extraSdByIndicator", extra);
        Map<String, Object> fit = new LinkedHashMap<>();
        fit.put("all", PooledCalibration.medianAbsoluteError(problem, last.simulated(), List.of()));
        for (String g : problem.groups()) fit.put(g, PooledCalibration.medianAbsoluteError(problem, last.simulated(), List.of(g)));
        m.put("medianAbsoluteRelativeError", fit);
        m.put("notes", problem.notes());
        m.put("files", files);
        m.put("identity", identity.toMap());
        return m;
    }
}
