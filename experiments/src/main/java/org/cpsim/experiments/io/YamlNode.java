package org.cpsim.experiments.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file's YAML as a small immutable tree that keeps, for every value, where it was
 * written and the source its comment gives. SnakeYAML's own nodes are mutable and tied to one
 * file; this tree can be merged across files ({@code extends}) and overridden ({@code --set}).
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    Origin origin();

    /** A value's source comment, or null; only leaves (scalars and sequences of scalars) need one. */
    String source();

    /** The same node with {@code source} on every leaf that has none. */
    YamlNode withDefaultSource(String source);

    /**
     * A scalar as written. Dates and numbers stay text: the binder decides what they mean from the
     * record's types, not from YAML's guess. Quoted scalars are never numbers.
     */
    record Scalar(String text, boolean quoted, boolean isNull, Origin origin, String source) implements YamlNode {
        @Override
        public Scalar withDefaultSource(String s) {
            return source != null ? this : new Scalar(text, quoted, isNull, origin, s);
        }

        /** The value as the user wrote it, for error messages. */
        String shown() {
            if (isNull) return "nothing";
            return quoted ? "\"" + text + "\"" : text;
        }
    }

    record Sequence(List<YamlNode> items, Origin origin, String source) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public Sequence withDefaultSource(String s) {
            List<YamlNode> sourced = new ArrayList<>();
            for (YamlNode item : items) sourced.add(item.withDefaultSource(s));
            return new Sequence(sourced, origin, source != null ? source : s);
        }
    }

    /** A mapping; its origin is the line of the key that introduced it (where a missing field is reported). */
    record Mapping(Map<String, YamlNode> entries, Map<String, Origin> keyOrigins, Origin origin) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyOrigins = Collections.unmodifiableMap(new LinkedHashMap<>(keyOrigins));
        }

        @Override
        public String source() { return null; }

        @Override
        public Mapping withDefaultSource(String s) {
            Map<String, YamlNode> sourced = new LinkedHashMap<>();
            entries.forEach((k, v) -> sourced.put(k, v.withDefaultSource(s)));
            return new Mapping(sourced, keyOrigins, origin);
        }

        YamlNode get(String key) { return entries.get(key); }

        Origin keyOrigin(String key) { return keyOrigins.getOrDefault(key, origin); }

        Mapping without(String key) {
            Map<String, YamlNode> e = new LinkedHashMap<>(entries);
            Map<String, Origin> o = new LinkedHashMap<>(keyOrigins);
            e.remove(key);
            o.remove(key);
            return new Mapping(e, o, origin);
        }

        Mapping with(String key, Origin keyOrigin, YamlNode value) {
            Map<String, YamlNode> e = new LinkedHashMap<>(entries);
            Map<String, Origin> o = new LinkedHashMap<>(keyOrigins);
            e.put(key, value);
            o.put(key, keyOrigin);
            return new Mapping(e, o, origin);
        }
    }

    /**
     * {@code over} laid on {@code base}: mappings merge key by key, anything else (scalars, and
     * lists, which replace whole) is taken from {@code over}, with its origin and source.
     */
    static YamlNode merge(YamlNode base, YamlNode over) {
        if (!(base instanceof Mapping b) || !(over instanceof Mapping o)) return over;
        Map<String, YamlNode> entries = new LinkedHashMap<>(b.entries());
        Map<String, Origin> keyOrigins = new LinkedHashMap<>(b.keyOrigins());
        o.entries().forEach((key, value) -> {
            YamlNode old = entries.get(key);
            entries.put(key, old == null ? value : merge(old, value));
            keyOrigins.put(key, o.keyOrigin(key));
        });
        return new Mapping(entries, keyOrigins, o.origin());
    }
}
