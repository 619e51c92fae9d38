package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.present;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the model runs: the configuration in force at the start and the dated policy changes that
 * follow it. Each change carries the whole configuration in force from its date, so a counterfactual
 * differs from its scenario only in its timeline. Serializable, like every configuration record, so a
 * cluster executor can ship it to its workers; a record deserializes through its canonical
 * constructor, so the validation runs again there.
 */
public record Scenario(ScenarioConfig initial, List<PolicyChange> timeline) implements Serializable {

    public Scenario {
        present("initial", initial);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        LocalDate previous = null;
        for (int i = 0; i < timeline.size(); i++) {
            PolicyChange c = timeline.get(i);
            if (previous != null && c.effective().isBefore(previous)) {
                throw new ConfigException("timeline[" + i + "].date", "dates in order (not before " + previous + ")", c.effective());
            }
            previous = c.effective();
        }
    }

    public static Scenario of(ScenarioConfig config) { return new Scenario(config, List.of()); }

    public String name() { return initial.name(); }

    /** The same scenario with a different reporting horizon (in statistical years). */
    public Scenario withReportingYears(int years) {
        List<PolicyChange> changes = new ArrayList<>();
        for (PolicyChange c : timeline) changes.add(new PolicyChange(c.effective(), c.description(), withYears(c.config(), years)));
        changes.sort(Comparator.comparing(PolicyChange::effective));
        return new Scenario(withYears(initial, years), changes);
    }

    private static ScenarioConfig withYears(ScenarioConfig c, int years) {
        CalendarConfig k = c.calendar();
        return new ScenarioConfig(c.name(), c.description(),
                new CalendarConfig(k.reportingStart(), years, k.warmUpYears(), k.weekendsAreNonWorking(), k.bankHolidays()),
                c.population(), c.need(), c.agencies(), c.frontDoor(), c.earlyHelp(), c.assessment(), c.plans(), c.care(),
                c.workforce(), c.costs(), c.authorities());
    }

    /** A dated change: from {@code effective} on, {@code config} is in force. */
    public record PolicyChange(LocalDate effective, String description, ScenarioConfig config) implements Serializable {
        public PolicyChange {
            present("date", effective);
            present("config", config);
            description = description == null ? "" : description;
        }
    }
}
