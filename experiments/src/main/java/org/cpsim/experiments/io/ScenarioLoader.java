package org.cpsim.experiments.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpsim.model.config.ConfigException;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;

/**
 * Loads a scenario file strictly: {@code extends} chains are merged, command-line values applied,
 * the tree bound onto {@link ScenarioConfig} and each timeline entry turned into a whole new
 * configuration from its date. Any problem is one {@link ScenarioException} naming file, line and field.
 */
public final class ScenarioLoader {
    /** Sources starting with this were given on the command line. */
    public static final String COMMAND_LINE = "command line";

    private static final Set<String> TOP_LEVEL_EXTRAS = Set.of("extends", "timeline");
    private static final Set<String> ENTRY_KEYS = Set.of("date", "description", "set");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)\\])?");

    /**
     * What to do with the scenario's timeline. Assigned values apply to the initial configuration and
     * every timeline entry builds on it; where the timeline sets the same number later, its dated values
     * move in proportion ({@link TimelineOverride}); {@link #IGNORE} runs the initial configuration (with
     * the assignments) for the whole run.
     */
    public enum Timeline { KEEP, IGNORE }

    private ScenarioLoader() {}

    public static ResolvedScenario load(Path file) { return load(file, List.of()); }

    public static ResolvedScenario load(Path file, List<Assignment> assignments) { return load(file, assignments, Timeline.KEEP); }

    public static ResolvedScenario load(Path file, List<Assignment> assignments, Timeline mode) {
        List<String> notes = new ArrayList<>();
        YamlNode.Mapping root = readWithParents(file, new ArrayList<>(), mode == Timeline.KEEP ? notes : new ArrayList<>());
        YamlNode timelineNode = mode == Timeline.KEEP ? root.get("timeline") : null;
        root = root.without("timeline");
        for (Assignment a : assignments) {
            // The origin as shown (file:line for a sweep file's value, the option for --set) is where the value's errors point.
            YamlNode value = YamlReader.readValue(a.value(), a.origin().toString(), a.source());
            YamlNode.Mapping before = root;
            root = set(root, a.path(), a.origin(), value); // first, so a misspelt path is reported as such
            if (timelineNode != null) timelineNode = TimelineOverride.apply(before, timelineNode, a, value, notes);
        }

        RecordBinder binder = new RecordBinder();
        ScenarioConfig initial = binder.bindRecord(ScenarioConfig.class, root, "", TOP_LEVEL_EXTRAS);

        List<Scenario.PolicyChange> changes = new ArrayList<>();
        List<ResolvedPolicyChange> resolvedChanges = new ArrayList<>();
        if (timelineNode != null) timeline(timelineNode, root, changes, resolvedChanges);

        Scenario scenario;
        try {
            scenario = new Scenario(initial, changes);
        } catch (ConfigException e) {
            throw new ScenarioException(root.origin(), e.field(), e.expected(), e.actual());
        }
        return new ResolvedScenario(scenario, file, binder.values(), resolvedChanges, CanonicalForm.of(scenario), notes);
    }

    /** The file's tree with every file it {@code extends} merged beneath it. */
    private static YamlNode.Mapping readWithParents(Path file, List<Path> chain, List<String> notes) {
        YamlNode node = YamlReader.readFile(file, file.toString());
        if (!(node instanceof YamlNode.Mapping map)) {
            throw new ScenarioException(node.origin(), "a scenario file must be a mapping of keys to values");
        }
        chain.add(file.toAbsolutePath().normalize());
        YamlNode ext = map.get("extends");
        if (ext == null) return map;
        Origin at = map.keyOrigin("extends");
        if (!(ext instanceof YamlNode.Scalar s) || s.isNull() || s.text().isBlank()) {
            throw new ScenarioException(at, "extends", "the path of a scenario file, relative to this one", "nothing");
        }
        Path parent = file.resolveSibling(s.text().strip()).normalize();
        if (chain.contains(parent.toAbsolutePath().normalize())) {
            StringBuilder cycle = new StringBuilder();
            for (Path p : chain) cycle.append(p.getFileName()).append(" -> ");
            cycle.append(parent.getFileName());
            throw new ScenarioException(at, "extends", "a file that does not extend this one", "a cycle " + cycle);
        }
        if (!Files.isRegularFile(parent)) {
            throw new ScenarioException(at, "extends", "an existing scenario file", s.text() + " (" + parent + " does not exist)");
        }
        YamlNode.Mapping base = readWithParents(parent, chain, notes);
        YamlNode.Mapping child = map.without("extends");
        TimelineOverride.warnInherited(child, base.get("timeline"), datesOf(child.get("timeline")), notes);
        YamlNode.Mapping merged = (YamlNode.Mapping) YamlNode.merge(base, child);
        if (base.get("timeline") instanceof YamlNode.Sequence inherited && child.get("timeline") instanceof YamlNode.Sequence own) {
            merged = merged.with("timeline", child.keyOrigin("timeline"), mergeTimelines(inherited, own));
        }
        return merged;
    }

    /**
     * Timelines merge by date, so a policy variant is a few lines: an entry in the extending file
     * replaces the inherited entry with the same date (to drop a change, restate its date with what
     * should still change then) and adds the others; the result is in date order, inherited first on ties.
     */
    private static YamlNode.Sequence mergeTimelines(YamlNode.Sequence inherited, YamlNode.Sequence own) {
        java.util.Set<String> ownDates = new java.util.HashSet<>();
        String previous = null;
        for (int i = 0; i < own.items().size(); i++) {
            YamlNode entry = own.items().get(i);
            String d = dateText(entry);
            if (d == null) continue;
            // Within one file the order is the author's: out of order is a mistake, not something to sort away.
            if (previous != null && d.compareTo(previous) < 0) {
                throw new ScenarioException(((YamlNode.Mapping) entry).get("date").origin(), "timeline[" + i + "].date",
                        "dates in order (not before " + previous + ")", d);
            }
            previous = d;
            ownDates.add(d);
        }
        List<YamlNode> items = new ArrayList<>();
        for (YamlNode entry : inherited.items()) if (!ownDates.contains(dateText(entry))) items.add(entry);
        items.addAll(own.items());
        List<YamlNode> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparing(e -> {
            String d = dateText(e);
            return d == null ? "" : d;
        }));
        return new YamlNode.Sequence(sorted, own.origin(), own.source());
    }

    private static java.util.Set<String> datesOf(YamlNode timeline) {
        java.util.Set<String> dates = new java.util.HashSet<>();
        if (timeline instanceof YamlNode.Sequence seq) for (YamlNode e : seq.items()) if (dateText(e) != null) dates.add(dateText(e));
        return dates;
    }

    private static String dateText(YamlNode entry) {
        return entry instanceof YamlNode.Mapping m && m.get("date") instanceof YamlNode.Scalar s ? s.text().strip() : null;
    }

    /** Each entry's changes are applied to the previous epoch's tree, so changes accumulate. */
    private static void timeline(YamlNode node, YamlNode.Mapping initialTree,
                                 List<Scenario.PolicyChange> changes, List<ResolvedPolicyChange> resolved) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw new ScenarioException(node.origin(), "timeline", "a list of {date, description, set} entries", "a single value");
        }
        YamlNode.Mapping tree = initialTree;
        LocalDate previous = null;
        for (int i = 0; i < seq.items().size(); i++) {
            String path = "timeline[" + i + "]";
            if (!(seq.items().get(i) instanceof YamlNode.Mapping entry)) {
                throw new ScenarioException(seq.items().get(i).origin(), path, "a mapping with keys date, description, set", "a single value");
            }
            for (String key : entry.entries().keySet()) {
                if (!ENTRY_KEYS.contains(key)) {
                    throw new ScenarioException(entry.keyOrigin(key), path + "." + key, "one of the keys date, description, set", "an unknown key");
                }
            }
            LocalDate date = date(entry, path);
            if (previous != null && date.isBefore(previous)) {
                throw new ScenarioException(entry.get("date").origin(), path + ".date", "dates in order (not before " + previous + ")", date.toString());
            }
            previous = date;
            String description = description(entry, path);
            // A value in `set` may carry its own comment; otherwise the entry's comment, else its description, is its source.
            String entrySource = entry.get("date").source() != null ? entry.get("date").source() : description.isBlank() ? null : description;
            YamlNode setNode = entry.get("set");
            if (!(setNode instanceof YamlNode.Mapping set) || set.entries().isEmpty()) {
                throw new ScenarioException(setNode == null ? entry.origin() : setNode.origin(), path + ".set",
                        "a mapping of dotted paths to new values", setNode == null ? "nothing" : "no mapping");
            }
            for (var e : set.entries().entrySet()) {
                YamlNode value = entrySource == null ? e.getValue() : e.getValue().withDefaultSource(entrySource);
                tree = set(tree, e.getKey(), set.keyOrigin(e.getKey()), value);
            }
            RecordBinder binder = new RecordBinder();
            ScenarioConfig config;
            try {
                config = binder.bindRecord(ScenarioConfig.class, tree, "", TOP_LEVEL_EXTRAS);
            } catch (ScenarioException e) {
                throw pointAtChange(e, set);
            }
            // The changed values, in the order the entry sets them.
            List<ResolvedValue> changed = new ArrayList<>();
            for (String p : set.entries().keySet()) {
                for (ResolvedValue v : binder.values()) {
                    if (v.path().equals(p) || v.path().startsWith(p + ".") || v.path().startsWith(p + "[")) changed.add(v);
                }
            }
            changes.add(new Scenario.PolicyChange(date, description, config));
            resolved.add(new ResolvedPolicyChange(date, description, entry.origin(), changed));
        }
    }

    /**
     * A rule broken by a timeline change may be reported at a record written in another file (e.g.
     * thresholds no longer ascending); point it at the change in the timeline that broke it.
     */
    private static ScenarioException pointAtChange(ScenarioException e, YamlNode.Mapping set) {
        if (e.field() == null) return e;
        for (String p : set.entries().keySet()) {
            if (related(e.field(), p)) {
                boolean sameLine = set.entries().get(p) instanceof YamlNode.Scalar s && s.origin().equals(e.origin());
                return sameLine ? e : e.at(set.keyOrigin(p));
            }
        }
        return e;
    }

    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "[") || b.startsWith(a + ".") || b.startsWith(a + "[");
    }

    private static LocalDate date(YamlNode.Mapping entry, String path) {
        YamlNode d = entry.get("date");
        if (!(d instanceof YamlNode.Scalar s) || s.isNull()) {
            throw new ScenarioException(d == null ? entry.origin() : d.origin(), path + ".date", "a date (YYYY-MM-DD)", d == null ? "nothing (the key is missing)" : "no date");
        }
        try {
            return LocalDate.parse(s.text().strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ScenarioException(s.origin(), path + ".date", "a date (YYYY-MM-DD)", s.shown());
        }
    }

    private static String description(YamlNode.Mapping entry, String path) {
        YamlNode d = entry.get("description");
        if (d == null) return "";
        if (!(d instanceof YamlNode.Scalar s)) throw new ScenarioException(d.origin(), path + ".description", "a text", "a list or mapping");
        return s.isNull() ? "" : s.text();
    }

    /**
     * The tree with the value at a dotted path ({@code a.b[2].c}) replaced, or merged into when both
     * are mappings. The path must already exist: a misspelt path is an error, not a new key.
     */
    static YamlNode.Mapping set(YamlNode.Mapping root, String dottedPath, Origin where, YamlNode value) {
        String[] segments = dottedPath.strip().split("\\.", -1);
        for (String s : segments) {
            if (!SEGMENT.matcher(s).matches()) {
                throw new ScenarioException(where, dottedPath, "a dotted path such as earlyHelp.placesPer10kChildren", "'" + dottedPath + "'");
            }
        }
        return (YamlNode.Mapping) setAt(root, segments, 0, "", where, value);
    }

    private static YamlNode setAt(YamlNode node, String[] segments, int i, String walked, Origin where, YamlNode value) {
        Matcher s = SEGMENT.matcher(segments[i]);
        s.matches();
        String key = s.group(1);
        String path = RecordBinder.join(walked, key);
        if (!(node instanceof YamlNode.Mapping m) || m.get(key) == null) {
            String allowed = node instanceof YamlNode.Mapping m2 ? String.join(", ", m2.entries().keySet()) : "none (" + walked + " is a single value)";
            throw new ScenarioException(where, path, "a path that exists (keys here: " + allowed + ")", "an unknown path");
        }
        boolean last = i == segments.length - 1;
        YamlNode child = m.get(key);
        YamlNode replaced;
        if (s.group(2) != null) {
            int index = Integer.parseInt(s.group(2));
            if (!(child instanceof YamlNode.Sequence seq) || index >= seq.items().size()) {
                int size = child instanceof YamlNode.Sequence sq ? sq.items().size() : 0;
                throw new ScenarioException(where, path + "[" + index + "]", "an index below " + size, "an unknown path");
            }
            List<YamlNode> items = new ArrayList<>(seq.items());
            YamlNode item = items.get(index);
            items.set(index, last ? YamlNode.merge(item, value) : setAt(item, segments, i + 1, path + "[" + index + "]", where, value));
            replaced = new YamlNode.Sequence(items, seq.origin(), seq.source());
        } else {
            replaced = last ? YamlNode.merge(child, value) : setAt(child, segments, i + 1, path, where, value);
        }
        return m.with(key, m.keyOrigin(key), replaced);
    }
}
