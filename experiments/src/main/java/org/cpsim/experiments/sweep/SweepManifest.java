package org.cpsim.experiments.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.output.Provenance;

/**
 * What produced a sweep's results and how to reproduce them: the code, the command, the sweep file
 * and scenario with their hashes, the design, and the sweep's identity (which a later command
 * compares before it resumes or reports the sweep complete).
 *
 * @param analysis what a sensitivity analysis adds (method, sizes), or empty for a plain sweep
 */
public record SweepManifest(
        Provenance provenance,
        SweepPlan plan,
        SweepRun run,
        String executor,
        Map<String, Object> analysis,
        List<String> files) {

    public static final String FILE_NAME = "manifest.json";

    public SweepManifest {
        analysis = new LinkedHashMap<>(analysis);
        files = List.copyOf(files);
    }

    /** The manifest as ordered JSON fields. */
    public Map<String, Object> toMap() {
        SweepSpec spec = plan.spec();
        Map<String, Object> m = provenance.head();
        Provenance.putFile(m, "sweep", spec.file().toString(), spec.sha256());
        m.put("description", spec.description());
        Provenance.putScenario(m, spec.scenario().toString(), plan.base());
        m.put("timeline", spec.timeline().name().toLowerCase(Locale.ROOT));
        provenance.putSeed(m);
        m.put("commonRandomNumbers", "every point runs replications 0.." + (spec.replications() - 1) + " with the same seed");
        m.put("design", plan.design());
        m.put("points", plan.points().size());
        m.put("runs", plan.runs());
        m.put("parameters", parameters());
        Map<String, Object> outcomes = new LinkedHashMap<>();
        outcomes.put("indicators", spec.outcomes().ids());
        outcomes.put("period", spec.outcomes().period().spelling());
        m.put("outcomes", outcomes);
        List<Map<String, Object>> overrides = new ArrayList<>();
        for (Assignment a : spec.overrides()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("path", a.path());
            o.put("value", a.value());
            o.put("source", a.source());
            o.put("where", a.origin().toString());
            overrides.add(o);
        }
        m.put("overrides", overrides);
        if (!analysis.isEmpty()) m.put("analysis", analysis);
        m.put("notes", plan.notes());
        m.put("executor", executor);
        m.put("runsFromEarlierProcesses", run.earlier());
        m.put("runsThisProcess", run.now());
        provenance.putMachine(m); // the times and elapsedSeconds are this process's, as runsThisProcess
        m.put("files", files);
        m.put("identity", plan.identity().toMap());
        return m;
    }

    private List<Map<String, Object>> parameters() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Parameter p : plan.spec().parameters()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", p.path());
            e.put("kind", p.kind().spelling());
            if (p.domain() instanceof Parameter.Values v) e.put("values", v.values());
            if (p.domain() instanceof Parameter.Range r) {
                e.put("min", r.min());
                e.put("max", r.max());
                if (r.levels() > 0) e.put("levels", r.levels());
                if (r.whole()) e.put("whole", true);
            }
            // A sensitivity analysis varies only the uncertainties; the rest keep the scenario's value.
            e.put("varied", plan.parameters().contains(p));
            out.add(e);
        }
        return out;
    }
}
