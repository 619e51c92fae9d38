package org.cpsim.experiments.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.io.ResolvedPolicyChange;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;

/**
 * A resolved scenario as it goes into every manifest: every value with its source and where it was
 * set, and the policy timeline; so that charts can mark policy dates and a brief can rate the evidence.
 */
public final class ResolvedScenarioJson {
    private ResolvedScenarioJson() {}

    /** Every value of the scenario, with its kind of source, source text, file and line. */
    public static List<Map<String, Object>> values(List<ResolvedValue> values) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ResolvedValue v : values) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", v.path());
            e.put("value", v.value());
            e.put("kind", v.kind().label());
            e.put("source", v.source());
            e.put("file", v.origin().file());
            e.put("line", v.origin().line());
            out.add(e);
        }
        return out;
    }

    /** Name, path and hash: which scenario, exactly. */
    public static Map<String, Object> identity(ResolvedScenario scenario) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", scenario.name());
        e.put("path", scenario.file().toString());
        e.put("sha256", scenario.sha256());
        return e;
    }

    /** The dated policy changes with the values each sets. */
    public static List<Map<String, Object>> timeline(ResolvedScenario scenario) {
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (ResolvedPolicyChange c : scenario.timeline()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("date", c.date().toString());
            t.put("description", c.description());
            t.put("file", c.origin().file());
            t.put("line", c.origin().line());
            t.put("changes", values(c.changes()));
            timeline.add(t);
        }
        return timeline;
    }

    /** Name, path, hash, values and timeline of one scenario, for a manifest naming several. */
    public static Map<String, Object> of(ResolvedScenario scenario) {
        Map<String, Object> e = identity(scenario);
        e.put("resolvedScenario", values(scenario.values()));
        e.put("timeline", timeline(scenario));
        return e;
    }
}
