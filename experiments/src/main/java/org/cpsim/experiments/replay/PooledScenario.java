package org.cpsim.experiments.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cpsim.experiments.io.Sha256;
import org.cpsim.experiments.io.ResolvedPolicyChange;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;
import org.cpsim.experiments.io.SourceKind;
import org.cpsim.experiments.output.ResolvedScenarioJson;

/**
 * One arm of the pool described as a scenario, for the pooled manifest, so that what reads a
 * comparison's manifest (the brief, the charts) can read the pool's: every value with its source,
 * the policy dates, and a hash. The pool has no file of its own, so each part says what its members share.
 */
final class PooledScenario {
    static final String VARIES = "varies by authority: ";

    private PooledScenario() {}

    /**
     * Every value of the first member, in its order. Where all members agree the value and source are
     * theirs; where they differ the value reads "varies by authority: a, b, ..." (the distinct values in
     * member order), the source lists each authority's, and the kind is the one most members have.
     */
    static List<Map<String, Object>> values(List<ResolvedScenario> members) {
        List<Map<String, ResolvedValue>> byPath = new ArrayList<>();
        for (ResolvedScenario s : members) {
            Map<String, ResolvedValue> m = new HashMap<>();
            for (ResolvedValue v : s.values()) m.put(v.path(), v);
            byPath.add(m);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (ResolvedValue first : members.get(0).values()) {
            List<ResolvedValue> all = new ArrayList<>();
            for (Map<String, ResolvedValue> m : byPath) {
                ResolvedValue v = m.get(first.path());
                if (v != null) all.add(v);
            }
            boolean same = all.size() == members.size()
                    && all.stream().allMatch(v -> Objects.equals(v.value(), first.value()) && Objects.equals(v.source(), first.source()));
            if (same) {
                out.addAll(ResolvedScenarioJson.values(List.of(first)));
                continue;
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", first.path());
            e.put("value", VARIES + String.join(", ", all.stream().map(ResolvedValue::value).distinct().toList()));
            e.put("kind", mostCommonKind(all).label());
            List<String> sources = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                ResolvedValue v = byPath.get(i).get(first.path());
                if (v != null) sources.add(members.get(i).name() + ": " + v.source());
            }
            e.put("source", String.join("; ", sources));
            out.add(e);
        }
        return out;
    }

    /** The policy changes every member has on the same date with the same description: the shared history. */
    static List<Map<String, Object>> sharedTimeline(List<ResolvedScenario> members) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ResolvedPolicyChange c : members.get(0).timeline()) {
            boolean everywhere = members.stream().allMatch(s -> s.timeline().stream()
                    .anyMatch(o -> o.date().equals(c.date()) && Objects.equals(o.description(), c.description())));
            if (!everywhere) continue;
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("date", c.date().toString());
            t.put("description", c.description());
            t.put("changes", ResolvedScenarioJson.values(c.changes()));
            out.add(t);
        }
        return out;
    }

    /** SHA-256 of the members' scenario hashes and weights, in order: equal when the pool was given the same inputs. */
    static String sha256(List<ResolvedScenario> members, double[] weights) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < members.size(); i++) b.append(members.get(i).sha256()).append(' ').append(weights[i]).append('\n');
        return Sha256.of(b.toString());
    }

    private static SourceKind mostCommonKind(List<ResolvedValue> values) {
        Map<SourceKind, Integer> counts = new LinkedHashMap<>();
        for (ResolvedValue v : values) counts.merge(v.kind(), 1, Integer::sum);
        SourceKind best = values.get(0).kind();
        for (Map.Entry<SourceKind, Integer> e : counts.entrySet()) if (e.getValue() > counts.get(best)) best = e.getKey();
        return best;
    }
}
