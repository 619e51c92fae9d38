package org.cpsim.experiments.io;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.cpsim.model.config.AuthorityLevels;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;

/**
 * The resolved scenario as text, one {@code path = value} line per leaf in record order. It depends
 * only on the values that reach the model (not on comments, layout, which file supplied a value, or
 * whether {@code 45} was written {@code 45.0}), so its hash identifies what was run.
 */
final class CanonicalForm {
    private CanonicalForm() {}

    static String of(Scenario scenario) {
        List<String> lines = new ArrayList<>();
        leaves(scenario.initial(), "", lines);
        for (int i = 0; i < scenario.timeline().size(); i++) {
            Scenario.PolicyChange c = scenario.timeline().get(i);
            String p = "timeline[" + i + "]";
            lines.add(p + ".date = " + render(c.effective()));
            lines.add(p + ".description = " + render(c.description()));
            leaves(c.config(), p + ".config.", lines);
        }
        return String.join("\n", lines) + "\n";
    }

    private static final java.util.Set<String> CHANGE = java.util.Set.of("referralThresholdChange", "protectionThresholdChange", "changeFrom");

    static void leaves(ScenarioConfig config, String prefix, List<String> out) {
        record(config, prefix, out);
    }

    private static void record(Record r, String prefix, List<String> out) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = read(c, r);
            String path = prefix + c.getName();
            // Neutral levels are what an authority without levels runs: leaving them out keeps the hash
            // of every multi-authority scenario written before levels existed.
            if (v instanceof AuthorityLevels levels && levels.isNeutral()) continue;
            // Likewise levels without a change of their own leave the change out.
            if (r instanceof AuthorityLevels levels && !levels.changes() && CHANGE.contains(c.getName())) continue;
            // And England's child in need review (the level came after them).
            if (r instanceof AuthorityLevels levels && levels.childInNeedReviewMultiplier() == 1 && c.getName().equals("childInNeedReviewMultiplier")) continue;
            // And the levels and margin for a strategy discussion at their neutral values (they came later still).
            if (r instanceof AuthorityLevels levels && levels.strategyThresholdShift() == 0 && c.getName().equals("strategyThresholdShift")) continue;
            if (r instanceof PlansConfig.ChildProtectionConfig cp && cp.strategyDiscussionMargin() == 0 && c.getName().equals("strategyDiscussionMargin")) continue;
            if (v instanceof Record nested) {
                record(nested, path + ".", out);
            } else if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record) {
                for (int i = 0; i < list.size(); i++) record((Record) list.get(i), path + "[" + i + "].", out);
            } else {
                out.add(path + " = " + render(v));
            }
        }
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    /** One value in canonical spelling: the spelling a scenario file would use. */
    static String render(Object v) {
        if (v == null) return "null";
        if (v instanceof Enum<?> e) return e.name().toLowerCase(Locale.ROOT);
        if (v instanceof String s) return quote(s);
        if (v instanceof LocalDate || v instanceof Number || v instanceof Boolean) return v.toString();
        if (v instanceof List<?> list) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            for (Object o : list) j.add(render(o));
            return j.toString();
        }
        throw new IllegalArgumentException("no canonical form for " + v.getClass());
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }
}
