package org.cpsim.experiments.explore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cpsim.experiments.io.ResolvedPolicyChange;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;

/**
 * The variant a user made in the browser, written as an ordinary scenario file: it {@code extends} the
 * chosen scenario, sets each moved lever with its source ("explore: ..."), and restates every dated
 * change the levers touch (timelines merge by date, so a restated entry replaces the inherited one).
 * Anyone can read it, validate it and run it with {@code cpsim compare}; the explorer loads it with the
 * same loader, so it is checked exactly as a file would be.
 *
 * @param text        the file's text
 * @param leverAtLine for each line that sets a lever's value, the lever's form field (to put errors beside it)
 */
record VariantFile(String text, Map<Integer, String> leverAtLine) {
    static final String SOURCE = "explore: set in the browser";

    VariantFile {
        leverAtLine = Map.copyOf(leverAtLine);
    }

    /** The field an error on {@code line} of this file concerns, if a lever set it. */
    Optional<String> fieldAt(int line) { return Optional.ofNullable(leverAtLine.get(line)); }

    /**
     * @param extendsPath how the file names the scenario it extends (relative to where it will live)
     * @param base        the scenario as resolved, for the values the levers scale and the dated changes they touch
     * @param projectRoot what the file's comments name other files relative to
     */
    static VariantFile of(VariantRequest request, String extendsPath, ResolvedScenario base, java.nio.file.Path projectRoot) {
        Map<String, ResolvedValue> initial = new HashMap<>();
        for (ResolvedValue v : base.values()) initial.put(v.path(), v);
        for (Lever lever : request.levers().keySet()) {
            if (!initial.containsKey(lever.path)) {
                throw BadRequest.invalid(lever.id, "this scenario has no single value " + lever.path + " to change (a scenario of several authorities sets it per authority)");
            }
        }
        Writer w = new Writer();
        w.line("# A variant made in cpsim explore: " + base.name() + " with the levers below moved. Run it again with", null);
        w.line("# cpsim compare, or edit it like any scenario file.", null);
        w.line("extends: " + quoted(extendsPath), null);
        w.line("name: " + request.name() + "  # " + SOURCE, "name");
        w.line("description: " + quoted(request.description().isEmpty() ? base.name() + " with levers moved in the explorer" : request.description())
                + "  # " + SOURCE, "description");

        // Values at the start, nested as scenario files are (earlyHelp: placesPer10kChildren: ...).
        Map<String, List<String[]>> bySection = new TreeMap<>();
        Map<String, Lever> leverOfPath = new LinkedHashMap<>();
        for (Map.Entry<Lever, Double> e : request.levers().entrySet()) {
            Lever lever = e.getKey();
            String value, note;
            if (lever == Lever.REGIME) {
                boolean fromStart = e.getValue() == 1.0 && !request.regimeDate().isAfter(start(base));
                value = fromStart ? "local_framework" : "prescribed";
                note = e.getValue() == 0.0 ? "prescribed throughout" : "prescribed until " + request.regimeDate() + ", then a local framework";
            } else {
                ResolvedValue was = initial.get(lever.path);
                value = apply(lever, e.getValue(), was.value());
                note = describe(lever, e.getValue(), was.value());
            }
            leverOfPath.put(lever.path, lever);
            bySection.computeIfAbsent(lever.path.substring(0, lever.path.lastIndexOf('.')), k -> new ArrayList<>())
                    .add(new String[] {lever.path.substring(lever.path.lastIndexOf('.') + 1), value, note, lever.id});
        }
        String[] open = new String[0];
        for (Map.Entry<String, List<String[]>> section : bySection.entrySet()) {
            String[] parts = section.getKey().split("\\.");
            int common = 0;
            while (common < open.length && common < parts.length && open[common].equals(parts[common])) common++;
            for (int i = common; i < parts.length; i++) w.line("  ".repeat(i) + parts[i] + ":", null);
            for (String[] leaf : section.getValue()) {
                w.line("  ".repeat(parts.length) + leaf[0] + ": " + leaf[1] + "  # " + SOURCE + ": " + leaf[2], leaf[3]);
            }
            open = parts;
        }

        List<Entry> timeline = timeline(request, base, projectRoot);
        if (!timeline.isEmpty()) {
            w.line("", null);
            w.line("timeline:", null);
            for (Entry entry : timeline) {
                w.line("  - date: " + entry.date + "  # " + entry.source, entry.date.equals(request.regimeDate()) ? "regimeDate" : null);
                w.line("    description: " + quoted(entry.description), null);
                w.line("    set:", null);
                for (Map.Entry<String, String> c : entry.set.entrySet()) {
                    Lever lever = leverOfPath.get(c.getKey());
                    w.line("      " + c.getKey() + ": " + c.getValue(), lever == null ? null : lever.id);
                }
            }
        }
        return new VariantFile(w.text.toString(), w.fields);
    }

    /** A dated change as the variant states it. */
    private record Entry(LocalDate date, String description, String source, Map<String, String> set) {}

    /** The inherited dated changes the levers touch, restated, and the local framework's start if it is new. */
    private static List<Entry> timeline(VariantRequest request, ResolvedScenario base, java.nio.file.Path projectRoot) {
        Double regime = request.levers().get(Lever.REGIME);
        LocalDate from = regime != null && regime == 1.0 ? request.regimeDate() : null;
        List<Entry> out = new ArrayList<>();
        boolean dateTaken = false;
        for (ResolvedPolicyChange change : base.timeline()) {
            Map<String, String> set = new LinkedHashMap<>();
            boolean touched = false;
            for (ResolvedValue v : change.changes()) {
                String value = v.value();
                Optional<Lever> lever = request.levers().keySet().stream().filter(l -> l.path.equals(v.path())).findFirst();
                if (lever.isPresent()) {
                    Lever l = lever.get();
                    value = l == Lever.REGIME ? regimeOn(change.date(), from) : apply(l, request.levers().get(l), v.value());
                    touched = true;
                }
                set.put(v.path(), value);
            }
            if (from != null && change.date().equals(from)) {
                set.put(Lever.REGIME.path, "local_framework");
                touched = true;
                dateTaken = true;
            }
            if (touched) out.add(new Entry(change.date(), change.description(), SOURCE + " (restating " + relative(change.origin().toString(), projectRoot) + ")", set));
        }
        if (from != null && !dateTaken && from.isAfter(start(base))) {
            Map<String, String> set = new LinkedHashMap<>();
            set.put(Lever.REGIME.path, "local_framework");
            out.add(new Entry(from, "A local assessment framework from " + from + " (set in the explorer)", SOURCE, set));
        }
        out.sort((a, b) -> a.date.compareTo(b.date));
        return out;
    }

    private static String relative(String where, java.nio.file.Path root) {
        String prefix = root.toAbsolutePath().normalize() + java.io.File.separator;
        return (where.startsWith(prefix) ? where.substring(prefix.length()) : where).replace('\\', '/');
    }

    private static String regimeOn(LocalDate date, LocalDate from) {
        return from != null && !date.isBefore(from) ? "local_framework" : "prescribed";
    }

    /** The first day the model simulates: a change dated on or before it holds from the start. */
    private static LocalDate start(ResolvedScenario base) {
        return base.scenario().initial().calendar().reportingStart().minusYears(base.scenario().initial().calendar().warmUpYears());
    }

    private static String apply(Lever lever, double x, String was) {
        return switch (lever.kind) {
            case PERCENT -> number(new BigDecimal(was).multiply(BigDecimal.valueOf(x)).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_EVEN));
            case WHOLE -> Long.toString(Math.round(x));
            case DECIMAL -> number(BigDecimal.valueOf(x));
            case REGIME -> throw new IllegalArgumentException("the regime is a path, not a value");
        };
    }

    private static String describe(Lever lever, double x, String was) {
        return switch (lever.kind) {
            case PERCENT -> VariantRequest.plain(x) + "% of " + was;
            case WHOLE, DECIMAL -> "was " + was;
            case REGIME -> "";
        };
    }

    private static String number(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.signum() == 0 ? "0" : s.toPlainString();
    }

    /** A YAML double-quoted scalar: the user's text stays text whatever it holds. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** Lines, numbered from 1, remembering which set a lever. */
    private static final class Writer {
        final StringBuilder text = new StringBuilder();
        final Map<Integer, String> fields = new HashMap<>();
        int line;

        void line(String s, String field) {
            line++;
            text.append(s).append('\n');
            if (field != null) fields.put(line, field);
        }
    }
}
