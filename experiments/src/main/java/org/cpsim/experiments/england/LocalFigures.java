package org.cpsim.experiments.england;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ScenarioException;

/**
 * Every authority's published figures ({@code data/la_figures.csv}, the tidy form of the project's data
 * files), indexed by authority, indicator and year. Suppressed cells are absent rows in that file, never
 * zeros; a row naming an authority the authority table lacks, a repeated figure or a negative value is an
 * error naming file, line and column.
 */
final class LocalFigures {
    private final Path file;
    private final Map<String, ObservedData.Observation> byKey;

    private LocalFigures(Path file, Map<String, ObservedData.Observation> byKey) {
        this.file = file;
        this.byKey = byKey;
    }

    static LocalFigures read(Path file, Set<String> authorities) {
        ObservedData data = ObservedData.read(file);
        Map<String, ObservedData.Observation> byKey = new HashMap<>();
        for (ObservedData.Observation o : data.observations()) {
            Origin at = new Origin(file.toString(), o.line());
            if (o.authority().isEmpty()) throw new ScenarioException(at, "authority", "an authority name (a column named authority)", "an empty field");
            if (!authorities.contains(o.authority())) {
                throw new ScenarioException(at, "authority", "an authority listed in the authority table", o.authority());
            }
            if (!(o.value() >= 0) || Double.isInfinite(o.value())) throw new ScenarioException(at, "value", "a figure >= 0", Double.toString(o.value()));
            if (byKey.putIfAbsent(key(o.authority(), o.indicator(), o.year()), o) != null) {
                throw new ScenarioException(at, "indicator", "one figure per authority, indicator and year",
                        o.indicator() + " " + o.year() + " again (first at line " + byKey.get(key(o.authority(), o.indicator(), o.year())).line() + ")");
            }
        }
        return new LocalFigures(file, byKey);
    }

    Path file() { return file; }

    /** The figure, if published (absent where suppressed or not collected). */
    Optional<ObservedData.Observation> find(String authority, String indicator, String year) {
        return Optional.ofNullable(byKey.get(key(authority, indicator, year)));
    }

    /**
     * The first day of the last statistical year with a figure for {@code indicator} ({@code 2013-14} gives
     * 2013-04-01), and that figure's line; empty if the file has none.
     */
    Optional<Dated> lastYearStart(String indicator) {
        ObservedData.Observation last = null;
        for (ObservedData.Observation o : byKey.values()) {
            if (o.indicator().equals(indicator) && (last == null || o.year().compareTo(last.year()) > 0 || (o.year().equals(last.year()) && o.line() < last.line()))) last = o;
        }
        if (last == null) return Optional.empty();
        return Optional.of(new Dated(java.time.LocalDate.of(Integer.parseInt(last.year().substring(0, 4)), 4, 1), last.year(), last.line()));
    }

    /** A date from a statistical year of the figures, with the year and a line that shows it. */
    record Dated(java.time.LocalDate date, String year, int line) {}

    private static String key(String authority, String indicator, String year) { return authority + "\u0000" + indicator + "\u0000" + year; }
}
