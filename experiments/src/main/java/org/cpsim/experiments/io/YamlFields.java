package org.cpsim.experiments.io;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Typed reads of YAML values, each error naming file, line and field: the one place where cpsim's
 * files (scenarios, sweeps, calibrations) say what a number is, so a value one loader takes the
 * others take too.
 */
final class YamlFields {
    /** A plain decimal, as a person writes it in a scenario: digits with optional _ separators, point and exponent. No hex, no NaN, no 1d. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9][0-9_]*(\\.[0-9_]*)?|\\.[0-9_]+)([eE][-+]?[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9][0-9_]*");

    private YamlFields() {}

    /** The scalar as a finite number, or empty if it is quoted or not written as one. */
    static OptionalDouble decimal(YamlNode.Scalar s) {
        String text = s.text().strip();
        if (s.quoted() || !NUMBER.matcher(text).matches()) return OptionalDouble.empty();
        double v = Double.parseDouble(text.replace("_", ""));
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /** The scalar as a whole number that fits a long, or empty if it is quoted or not written as one. */
    static OptionalLong wholeNumber(YamlNode.Scalar s) {
        String text = s.text().strip();
        if (s.quoted() || !WHOLE.matcher(text).matches()) return OptionalLong.empty();
        try {
            return OptionalLong.of(Long.parseLong(text.replace("_", "")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // more digits than a long holds
        }
    }

    static YamlNode.Scalar scalar(YamlNode node, String at, String expected) {
        if (node == null) throw new IllegalStateException("no value at " + at + ": its key should have been checked first");
        if (!(node instanceof YamlNode.Scalar s) || s.isNull()) {
            String got = node instanceof YamlNode.Scalar ? "nothing" : node instanceof YamlNode.Sequence ? "a list" : "a mapping";
            throw new ScenarioException(node.origin(), at, expected, got);
        }
        return s;
    }

    /** A finite number. */
    static double number(YamlNode.Scalar s, String at) {
        OptionalDouble v = decimal(s);
        if (v.isEmpty()) throw new ScenarioException(s.origin(), at, "a number", s.shown());
        return v.getAsDouble();
    }

    /** The number under {@code key}. */
    static double number(YamlNode.Mapping m, String key, String at) {
        return number(scalar(m.get(key), join(at, key), "a number"), join(at, key));
    }

    /** A whole number, at least {@code atLeast} (and an int unless any long is allowed, Long.MIN_VALUE). */
    static long whole(YamlNode.Mapping m, String key, String at, long atLeast) {
        YamlNode.Scalar s = scalar(m.get(key), join(at, key), "a whole number");
        String expected = atLeast == Long.MIN_VALUE ? "a whole number" : "a whole number of at least " + atLeast;
        OptionalLong read = wholeNumber(s);
        if (read.isEmpty()) throw new ScenarioException(s.origin(), join(at, key), expected, s.shown());
        long v = read.getAsLong();
        if (v < atLeast || v > Integer.MAX_VALUE && atLeast != Long.MIN_VALUE) throw new ScenarioException(s.origin(), join(at, key), expected, s.shown());
        return v;
    }

    /** The scalar's text under {@code key}. */
    static String text(YamlNode.Mapping m, String key, String at) {
        return scalar(m.get(key), join(at, key), "a single value").text();
    }

    /**
     * Only the keys allowed, and every required one.
     *
     * @param expectedFor what a missing key should hold, for its message
     */
    static void keys(YamlNode.Mapping m, String at, List<String> allowed, List<String> required, UnaryOperator<String> expectedFor) {
        for (String k : m.entries().keySet()) {
            if (!allowed.contains(k)) {
                throw new ScenarioException(m.keyOrigin(k), join(at, k), "one of the keys " + String.join(", ", allowed), "an unknown key");
            }
        }
        for (String k : required) {
            if (m.get(k) == null) throw new ScenarioException(m.origin(), join(at, k), expectedFor.apply(k), "nothing (the key is missing)");
        }
    }

    static YamlNode.Mapping mapping(YamlNode node, String at) {
        return as(YamlNode.Mapping.class, node, at, "a mapping");
    }

    /** The mapping under {@code key}. */
    static YamlNode.Mapping mapping(YamlNode.Mapping m, String key, String at) {
        return mapping(present(m, key, at, "a mapping"), join(at, key));
    }

    static YamlNode.Sequence sequence(YamlNode node, String at) {
        return as(YamlNode.Sequence.class, node, at, "a list");
    }

    /** The list under {@code key}. */
    static YamlNode.Sequence sequence(YamlNode.Mapping m, String key, String at) {
        return sequence(present(m, key, at, "a list"), join(at, key));
    }

    private static <T extends YamlNode> T as(Class<T> kind, YamlNode node, String at, String expected) {
        if (kind.isInstance(node)) return kind.cast(node);
        String got = node instanceof YamlNode.Sequence ? "a list" : node instanceof YamlNode.Mapping ? "a mapping" : "a single value";
        throw new ScenarioException(node.origin(), at, expected, got);
    }

    private static YamlNode present(YamlNode.Mapping m, String key, String at, String expected) {
        YamlNode n = m.get(key);
        if (n == null) throw new ScenarioException(m.origin(), join(at, key), expected, "nothing (the key is missing)");
        return n;
    }

    /** A scalar written back as YAML text, so it can be passed on as an assignment's value. */
    static String yamlText(YamlNode.Scalar s) {
        if (!s.quoted()) return s.text().strip();
        return "\"" + s.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String join(String at, String key) { return at.isEmpty() ? key : at + "." + key; }
}
