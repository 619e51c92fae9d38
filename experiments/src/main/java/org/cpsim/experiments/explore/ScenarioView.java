package org.cpsim.experiments.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.io.ResolvedPolicyChange;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;

/**
 * A scenario as the page shows it: what {@code cpsim validate} prints (every value at the start and
 * every dated change, each with its kind, source and where it was written), and each {@link Lever}
 * with the scenario's own value and source, or marked unavailable where the scenario has no single
 * value for it.
 */
final class ScenarioView {
    private ScenarioView() {}

    static Map<String, Object> of(Catalogue.Entry e) {
        ResolvedScenario s = e.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", s.name());
        m.put("description", s.scenario().initial().description());
        m.put("reportingStart", s.scenario().initial().calendar().reportingStart().toString());
        m.put("reportingYears", s.scenario().initial().calendar().reportingYears());
        List<Map<String, Object>> values = new ArrayList<>();
        Map<String, ResolvedValue> byPath = new LinkedHashMap<>();
        for (ResolvedValue v : s.values()) {
            values.add(value(v));
            byPath.put(v.path(), v);
        }
        m.put("values", values);
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (ResolvedPolicyChange c : s.timeline()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("date", c.date().toString());
            t.put("description", c.description());
            t.put("changes", c.changes().stream().map(ScenarioView::value).toList());
            timeline.add(t);
        }
        m.put("timeline", timeline);
        List<Map<String, Object>> levers = new ArrayList<>();
        for (Lever l : Lever.values()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("id", l.id);
            lm.put("label", l.label);
            lm.put("help", l.help);
            lm.put("kind", l.kind.name().toLowerCase(java.util.Locale.ROOT));
            lm.put("min", l.min);
            lm.put("max", l.max);
            lm.put("step", l.step);
            ResolvedValue v = byPath.get(l.path);
            lm.put("path", l.path);
            lm.put("available", v != null);
            if (v != null) {
                lm.put("current", v.value());
                lm.put("source", v.source());
                lm.put("changesOverTime", s.timeline().stream().anyMatch(c -> c.changes().stream().anyMatch(x -> x.path().equals(l.path))));
            }
            levers.add(lm);
        }
        m.put("levers", levers);
        return m;
    }

    private static Map<String, Object> value(ResolvedValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", v.path());
        m.put("value", v.value());
        m.put("kind", v.kind().toString());
        m.put("source", v.source());
        m.put("origin", v.origin().toString());
        return m;
    }

}
