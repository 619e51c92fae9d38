package org.cpsim.experiments.io;

/** Typed reads of YAML values for the strict loaders of sweep and calibration files, each error naming file, line and field. */
final class YamlFields {
    private YamlFields() {}

    static YamlNode.Scalar scalar(YamlNode node, String at, String expected) {
        if (node == null) throw new IllegalStateException("no value at " + at + ": its key should have been checked first");
        if (!(node instanceof YamlNode.Scalar s) || s.isNull()) {
            String got = node instanceof YamlNode.Scalar ? "nothing" : node instanceof YamlNode.Sequence ? "a list" : "a mapping";
            throw new ScenarioException(node.origin(), at, expected, got);
        }
        return s;
    }

    /** A whole number, at least {@code atLeast} (and an int unless any long is allowed, Long.MIN_VALUE). */
    static long whole(YamlNode.Mapping m, String key, String at, long atLeast) {
        YamlNode.Scalar s = scalar(m.get(key), join(at, key), "a whole number");
        String expected = atLeast == Long.MIN_VALUE ? "a whole number" : "a whole number of at least " + atLeast;
        long v;
        try {
            if (s.quoted()) throw new NumberFormatException();
            v = Long.parseLong(s.text().strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new ScenarioException(s.origin(), join(at, key), expected, s.shown());
        }
        if (v < atLeast || v > Integer.MAX_VALUE && atLeast != Long.MIN_VALUE) throw new ScenarioException(s.origin(), join(at, key), expected, s.shown());
        return v;
    }

    /** A scalar written back as YAML text, so it can be passed on as an assignment's value. */
    static String yamlText(YamlNode.Scalar s) {
        if (!s.quoted()) return s.text().strip();
        return "\"" + s.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String join(String at, String key) { return at.isEmpty() ? key : at + "." + key; }
}
