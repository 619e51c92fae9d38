package org.cpsim.experiments.io;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpsim.model.config.ScenarioConfig;

/**
 * What a value set from outside the file ({@code --set}, a sweep lever, a calibration override) means
 * when the scenario's timeline also sets it later. Without this the outside value held only until the
 * timeline's next date and was then silently replaced (issue 16). Now:
 * <ul>
 *   <li>a number moves its whole dated path in proportion: the value is a multiple of the value in force
 *       at the start, and every later dated value is multiplied by the same factor (90 early help places
 *       where the scenario starts at 60 is +50% throughout: 53 becomes 79.5, 47 becomes 70.5...). A
 *       proportion, not an offset, because the timelines hold budgets and capacities that scale, and a
 *       proportion never turns a positive quantity negative. Whole-number fields are rounded.</li>
 *   <li>anything else (an enum such as the assessment regime, a text, a list, a mapping the timeline
 *       changes part of) is refused, naming the dated entries, because no rule says how to move it and
 *       a silent "until 2013" is the trap itself. A variant file that restates those dates says it
 *       exactly.</li>
 * </ul>
 * A value the timeline never sets is untouched, so results of such runs do not change.
 */
final class TimelineOverride {
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9][0-9_]*(\\.[0-9_]*)?|\\.[0-9_]+)([eE][-+]?[0-9]+)?");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)\\])?");

    private TimelineOverride() {}

    /**
     * The timeline with the assignment carried through it.
     *
     * @param initial the tree before the assignment (its value at the path is the one being replaced)
     * @param notes   receives one line saying which dated values the assignment met and how they moved
     * @throws ScenarioException when the timeline sets the path (or part of it) and it cannot be moved
     */
    static YamlNode apply(YamlNode.Mapping initial, YamlNode timeline, Assignment a, YamlNode value, List<String> notes) {
        if (!(timeline instanceof YamlNode.Sequence seq)) return timeline; // malformed: reported by the loader
        String path = a.path().strip();
        List<Integer> exact = new ArrayList<>();
        List<String> related = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode.Mapping set = setOf(seq.items().get(i));
            if (set == null) continue;
            for (String key : set.entries().keySet()) {
                if (key.strip().equals(path)) exact.add(i);
                else if (related(key.strip(), path)) related.add(describe(seq.items().get(i), set, key));
            }
        }
        if (exact.isEmpty() && related.isEmpty()) return timeline;

        YamlNode before = at(initial, path);
        Class<?> type = leafType(path);
        String refusal = null;
        if (!related.isEmpty()) refusal = "the timeline changes part of it";
        else if (type == null || !isNumeric(type)) refusal = "not a number, so it cannot be moved in proportion";
        else if (!isNumber(value)) refusal = "a number is needed to move the dated numbers in proportion";
        else if (!isNumber(before)) refusal = "the scenario's own value is not a number";
        else if (number(before).signum() == 0) refusal = "the scenario starts it at 0, so its later values cannot be moved in proportion";
        if (refusal == null) {
            for (int i : exact) if (!isNumber(setOf(seq.items().get(i)).get(findKey(setOf(seq.items().get(i)), path)))) refusal = "a dated value is not a number";
        }
        if (refusal != null) {
            List<String> entries = new ArrayList<>(related);
            for (int i : exact) {
                YamlNode.Mapping set = setOf(seq.items().get(i));
                entries.add(describe(seq.items().get(i), set, findKey(set, path)));
            }
            throw new ScenarioException(a.origin(), path, "a value the timeline does not replace later",
                    shown(value) + ", which the timeline replaces at " + String.join(", ", entries) + " (" + refusal
                            + "): to change it for the whole run, write a variant that extends the scenario and restates those dates");
        }

        BigDecimal from = number(before), to = number(value);
        boolean whole = type == int.class || type == Integer.class || type == long.class || type == Long.class;
        List<YamlNode> items = new ArrayList<>(seq.items());
        StringJoiner moved = new StringJoiner(", ");
        for (int i : exact) {
            YamlNode.Mapping entry = (YamlNode.Mapping) items.get(i);
            YamlNode.Mapping set = setOf(entry);
            String key = findKey(set, path);
            YamlNode.Scalar old = (YamlNode.Scalar) set.get(key);
            String scaled = scale(number(old), from, to, whole);
            String source = a.source() + " " + path + "=" + a.value().strip() + ": the timeline's " + old.text().strip()
                    + " x " + plain(to) + "/" + plain(from);
            YamlNode.Scalar replaced = new YamlNode.Scalar(scaled, false, false, old.origin(), source);
            items.set(i, entry.with("set", entry.keyOrigin("set"), set.with(key, set.keyOrigin(key), replaced)));
            moved.add(dateOf(entry) + " " + old.text().strip() + " -> " + scaled);
        }
        notes.add(a.source() + " " + path + "=" + a.value().strip() + " is " + factor(from, to) + " the scenario's " + plain(from)
                + ", so the timeline's dated values of " + path + " move the same way" + (whole ? " (rounded)" : "") + ": " + moved);
        return new YamlNode.Sequence(items, seq.origin(), seq.source());
    }

    /**
     * Notes for a file that {@code extends} another and sets values the inherited timeline changes later
     * (on dates the file does not restate): from those dates the inherited values apply, which is rarely
     * what the author meant, so {@code validate} and the runs say so.
     */
    static void warnInherited(YamlNode.Mapping child, YamlNode inheritedTimeline, java.util.Set<String> ownDates, List<String> notes) {
        if (!(inheritedTimeline instanceof YamlNode.Sequence seq)) return;
        List<String[]> leaves = new ArrayList<>();
        collectLeaves(child, "", leaves);
        for (String[] leaf : leaves) {
            List<String> entries = new ArrayList<>();
            for (YamlNode entry : seq.items()) {
                YamlNode.Mapping set = setOf(entry);
                if (set == null || ownDates.contains(dateOf(entry))) continue;
                for (String key : set.entries().keySet()) {
                    if (key.strip().equals(leaf[0]) || related(key.strip(), leaf[0])) entries.add(describe(entry, set, key));
                }
            }
            if (!entries.isEmpty()) {
                notes.add("warning: " + leaf[1] + " sets " + leaf[0] + ", which the timeline it inherits changes at " + String.join(", ", entries)
                        + ": from then the inherited value applies; restate those dates in this file's timeline to keep its own");
            }
        }
    }

    private static void collectLeaves(YamlNode node, String path, List<String[]> out) {
        if (node instanceof YamlNode.Mapping m) {
            for (var e : m.entries().entrySet()) {
                if (path.isEmpty() && (e.getKey().equals("timeline") || e.getKey().equals("extends") || e.getKey().equals("name")
                        || e.getKey().equals("description"))) continue;
                collectLeaves(e.getValue(), RecordBinder.join(path, e.getKey()), out);
            }
        } else if (node instanceof YamlNode.Sequence s && !s.items().isEmpty() && s.items().get(0) instanceof YamlNode.Mapping) {
            for (int i = 0; i < s.items().size(); i++) collectLeaves(s.items().get(i), path + "[" + i + "]", out);
        } else {
            out.add(new String[] {path, node.origin().toString()});
        }
    }

    private static String scale(BigDecimal old, BigDecimal from, BigDecimal to, boolean whole) {
        // old x to / from in decimal, so 47 x 90/60 is exactly 70.5, as a person would write it.
        BigDecimal v = old.multiply(to).divide(from, java.math.MathContext.DECIMAL64);
        if (whole) return v.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
        return plain(v);
    }

    private static String plain(BigDecimal v) {
        String s = v.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static String factor(BigDecimal from, BigDecimal to) {
        BigDecimal f = to.divide(from, java.math.MathContext.DECIMAL64);
        return String.format(Locale.ROOT, "%.4g", f.doubleValue()).replaceAll("\\.?0+$", "") + " x";
    }

    private static YamlNode.Mapping setOf(YamlNode entry) {
        return entry instanceof YamlNode.Mapping m && m.get("set") instanceof YamlNode.Mapping s ? s : null;
    }

    private static String findKey(YamlNode.Mapping set, String path) {
        for (String k : set.entries().keySet()) if (k.strip().equals(path)) return k;
        throw new IllegalStateException("no key " + path);
    }

    private static String dateOf(YamlNode entry) {
        return entry instanceof YamlNode.Mapping m && m.get("date") instanceof YamlNode.Scalar s ? s.text().strip() : "?";
    }

    private static String describe(YamlNode entry, YamlNode.Mapping set, String key) {
        YamlNode v = set.get(key);
        String shown = v instanceof YamlNode.Scalar s ? s.shown() : "a " + (v instanceof YamlNode.Sequence ? "list" : "mapping");
        return dateOf(entry) + " (" + key.strip() + " = " + shown + ", " + set.keyOrigin(key) + ")";
    }

    private static boolean related(String a, String b) {
        return a.startsWith(b + ".") || a.startsWith(b + "[") || b.startsWith(a + ".") || b.startsWith(a + "[");
    }

    private static boolean isNumber(YamlNode node) {
        return node instanceof YamlNode.Scalar s && !s.quoted() && !s.isNull() && NUMBER.matcher(s.text().strip()).matches();
    }

    private static BigDecimal number(YamlNode node) {
        return new BigDecimal(((YamlNode.Scalar) node).text().strip().replace("_", "").replaceFirst("^\\+", ""));
    }

    private static boolean isNumeric(Class<?> t) {
        return t == double.class || t == Double.class || t == int.class || t == Integer.class || t == long.class || t == Long.class;
    }

    /** The node at a dotted path, or null. */
    private static YamlNode at(YamlNode.Mapping root, String path) {
        YamlNode node = root;
        for (String segment : path.split("\\.")) {
            Matcher s = SEGMENT.matcher(segment);
            if (!s.matches() || !(node instanceof YamlNode.Mapping m)) return null;
            node = m.get(s.group(1));
            if (s.group(2) != null) {
                int index = Integer.parseInt(s.group(2));
                if (!(node instanceof YamlNode.Sequence seq) || index >= seq.items().size()) return null;
                node = seq.items().get(index);
            }
        }
        return node;
    }

    /** The Java type of the configuration field at a dotted path (list elements by index), or null. */
    static Class<?> leafType(String path) {
        Type type = ScenarioConfig.class;
        for (String segment : path.split("\\.")) {
            Matcher s = SEGMENT.matcher(segment);
            if (!s.matches() || !(type instanceof Class<?> c) || !c.isRecord()) return null;
            RecordComponent found = null;
            for (RecordComponent rc : c.getRecordComponents()) if (rc.getName().equals(s.group(1))) found = rc;
            if (found == null) return null;
            type = found.getGenericType();
            if (s.group(2) != null) {
                if (!(type instanceof ParameterizedType p)) return null;
                type = p.getActualTypeArguments()[0];
            }
        }
        return type instanceof Class<?> c ? c : null;
    }

    /** A value quoted back to the user, as the binder does. */
    private static String shown(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) return s.shown();
        return node instanceof YamlNode.Sequence ? "a list" : "a mapping";
    }
}
