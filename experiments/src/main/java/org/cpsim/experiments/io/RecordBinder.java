package org.cpsim.experiments.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpsim.model.config.ConfigException;

/**
 * Binds a {@link YamlNode} tree onto the configuration records by reflection, strictly: every
 * component must be present, no other key may be, every value must have the component's type and
 * a source, and each record's compact constructor has the last word. Records every leaf it binds.
 */
final class RecordBinder {
    /** Labels that identify a thing rather than set a behaviour, so need no source. */
    private static final Set<String> LABELS = Set.of("name", "description");
    /** Lists that may be left out, meaning empty: only a multi-authority run names its authorities. */
    private static final Set<String> OPTIONAL_LISTS = Set.of("authorities");
    private static final String NEEDS_SOURCE = "a source comment (every value needs a source or the word assumption)";
    /** The leading dotted path of a {@link ConfigException#field()}, then any explanation after it. */
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*(?:\\[\\d+\\])?(?:\\.[A-Za-z_][A-Za-z0-9_]*(?:\\[\\d+\\])?)*)(.*)");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)\\])?");

    private final List<ResolvedValue> values = new ArrayList<>();

    /** Every leaf bound so far, in record order. */
    List<ResolvedValue> values() { return List.copyOf(values); }

    /**
     * @param alsoAllowed keys the caller has already dealt with (e.g. {@code extends}), named in
     *                    the list of allowed keys but otherwise ignored
     */
    <R extends Record> R bindRecord(Class<R> type, YamlNode node, String path, Set<String> alsoAllowed) {
        RecordComponent[] components = type.getRecordComponents();
        if (!(node instanceof YamlNode.Mapping map)) {
            throw new ScenarioException(node.origin(), path, "a mapping with keys " + names(components, Set.of()), shown(node));
        }
        for (String key : map.entries().keySet()) {
            if (alsoAllowed.contains(key)) continue;
            if (Arrays.stream(components).noneMatch(c -> c.getName().equals(key))) {
                throw new ScenarioException(map.keyOrigin(key), join(path, key),
                        "one of the keys " + names(components, alsoAllowed), "an unknown key");
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            parameterTypes[i] = c.getType();
            String childPath = join(path, c.getName());
            YamlNode child = map.get(c.getName());
            if (child == null && OPTIONAL_LISTS.contains(childPath)) {
                args[i] = List.of(); // an optional list left out is empty
                continue;
            }
            if (child == null) {
                throw new ScenarioException(map.origin(), childPath, expected(c.getGenericType()), "nothing (the key is missing)");
            }
            boolean label = LABELS.contains(c.getName()) && c.getType() == String.class;
            args[i] = bind(c.getGenericType(), child, childPath, !label);
        }
        return construct(type, parameterTypes, args, map, path);
    }

    private Object bind(Type type, YamlNode node, String path, boolean needsSource) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return bindRecord(c.asSubclass(Record.class), node, path, Set.of());
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type element = p.getActualTypeArguments()[0];
            if (!(node instanceof YamlNode.Sequence seq)) throw new ScenarioException(node.origin(), path, expected(type), shown(node));
            List<Object> items = new ArrayList<>();
            boolean ofRecords = element instanceof Class<?> ec && ec.isRecord();
            if (!ofRecords) requireSource(node, path, needsSource);
            for (int i = 0; i < seq.items().size(); i++) {
                YamlNode item = seq.items().get(i);
                String itemPath = path + "[" + i + "]";
                items.add(ofRecords ? bind(element, item, itemPath, needsSource) : scalar((Class<?>) element, item, itemPath));
            }
            List<Object> list = List.copyOf(items);
            if (!ofRecords) record(path, list, node);
            return list;
        }
        if (type instanceof Class<?> c) {
            requireSource(node, path, needsSource);
            Object v = scalar(c, node, path);
            record(path, v, node);
            return v;
        }
        throw new IllegalStateException("configuration type not supported by the loader: " + type + " at " + path);
    }

    private void requireSource(YamlNode node, String path, boolean needsSource) {
        if (needsSource && (node.source() == null || node.source().isBlank())) {
            throw new ScenarioException(node.origin(), path, NEEDS_SOURCE, "none");
        }
    }

    private void record(String path, Object value, YamlNode node) {
        String source = node.source() == null ? "" : node.source();
        SourceKind kind = source.isBlank() ? SourceKind.LABEL : SourceKind.of(source);
        values.add(new ResolvedValue(path, CanonicalForm.render(value), node.origin(), source, kind));
    }

    private static Object scalar(Class<?> type, YamlNode node, String path) {
        if (!(node instanceof YamlNode.Scalar s) || s.isNull()) {
            throw new ScenarioException(node.origin(), path, expected(type), shown(node));
        }
        String text = s.text().strip();
        if (type == String.class) return s.text();
        if (type == double.class || type == Double.class) {
            return YamlFields.decimal(s).orElseThrow(() -> mismatch(s, path, type));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            long v = YamlFields.wholeNumber(s).orElseThrow(() -> mismatch(s, path, type));
            if ((type == int.class || type == Integer.class) && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) throw mismatch(s, path, type);
            return type == long.class || type == Long.class ? (Object) v : (Object) (int) v;
        }
        if (type == boolean.class || type == Boolean.class) {
            if (s.quoted() || !(text.equals("true") || text.equals("false"))) throw mismatch(s, path, type);
            return Boolean.parseBoolean(text);
        }
        if (type == LocalDate.class) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw mismatch(s, path, type);
            }
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (spelling((Enum<?>) constant).equals(text)) return constant;
            }
            throw mismatch(s, path, type);
        }
        throw new IllegalStateException("configuration type not supported by the loader: " + type + " at " + path);
    }

    private static ScenarioException mismatch(YamlNode.Scalar s, String path, Class<?> type) {
        return new ScenarioException(s.origin(), path, expected(type), s.shown());
    }

    /** What a value of this type looks like, in words a scenario author understands. */
    static String expected(Type type) {
        if (type instanceof ParameterizedType p) {
            Type e = p.getActualTypeArguments()[0];
            return e instanceof Class<?> c && c.isRecord() ? "a list of mappings" : "a list of " + plural(e);
        }
        Class<?> c = (Class<?>) type;
        if (c == double.class || c == Double.class) return "a number";
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) return "a whole number";
        if (c == boolean.class || c == Boolean.class) return "true or false";
        if (c == String.class) return "a text";
        if (c == LocalDate.class) return "a date (YYYY-MM-DD)";
        if (c.isEnum()) {
            StringJoiner j = new StringJoiner(", ", "one of ", "");
            for (Object constant : c.getEnumConstants()) j.add(spelling((Enum<?>) constant));
            return j.toString();
        }
        if (c.isRecord()) return "a mapping with keys " + names(c.getRecordComponents(), Set.of());
        return c.getSimpleName();
    }

    private static String plural(Type element) {
        if (element == Double.class) return "numbers";
        if (element == LocalDate.class) return "dates (YYYY-MM-DD)";
        if (element == Integer.class || element == Long.class) return "whole numbers";
        return "values";
    }

    /** Enum constants are spelled in lower snake case in scenario files: {@code LOCAL_FRAMEWORK} is {@code local_framework}. */
    static String spelling(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }

    private static String shown(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) return s.shown();
        return node instanceof YamlNode.Sequence ? "a list" : "a mapping";
    }

    private static String names(RecordComponent[] components, Set<String> alsoAllowed) {
        StringJoiner j = new StringJoiner(", ");
        for (RecordComponent c : components) j.add(c.getName());
        alsoAllowed.stream().sorted().forEach(j::add);
        return j.toString();
    }

    static String join(String path, String key) { return path.isEmpty() ? key : path + "." + key; }

    private static <R> R construct(Class<R> type, Class<?>[] parameterTypes, Object[] args, YamlNode.Mapping map, String path) {
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(parameterTypes);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ConfigException ce) throw translate(ce, map, path);
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    /**
     * Points a record's own complaint at the node it is about: its field is relative to the record,
     * so follow it down the mapping as far as it goes; a field the mapping does not have (a rule over
     * several fields) is reported at the record itself.
     */
    static ScenarioException translate(ConfigException ce, YamlNode.Mapping map, String path) {
        Matcher m = FIELD.matcher(ce.field());
        String fieldPath = m.matches() ? m.group(1) : "";
        String explanation = m.matches() ? m.group(2).strip() : ce.field();
        YamlNode at = map;
        Origin origin = map.origin();
        String resolved = path;
        boolean complete = !fieldPath.isEmpty();
        for (String segment : fieldPath.isEmpty() ? new String[0] : fieldPath.split("\\.")) {
            Matcher s = SEGMENT.matcher(segment);
            if (!s.matches() || !(at instanceof YamlNode.Mapping mm) || mm.get(s.group(1)) == null) { complete = false; break; }
            origin = at instanceof YamlNode.Mapping mm2 ? mm2.keyOrigin(s.group(1)) : origin;
            at = mm.get(s.group(1));
            resolved = join(resolved, s.group(1));
            if (s.group(2) != null) {
                int index = Integer.parseInt(s.group(2));
                if (!(at instanceof YamlNode.Sequence seq) || index >= seq.items().size()) { complete = false; break; }
                at = seq.items().get(index);
                origin = at.origin();
                resolved = resolved + "[" + index + "]";
            }
        }
        if (at instanceof YamlNode.Scalar || at instanceof YamlNode.Sequence) origin = at.origin();
        String expected = ce.expected() + (complete || explanation.isEmpty() ? "" : " " + explanation);
        String actual = complete && at instanceof YamlNode.Scalar sc ? sc.shown() : ce.actual();
        return new ScenarioException(origin, resolved.isEmpty() ? ce.field() : resolved, expected, actual);
    }
}
