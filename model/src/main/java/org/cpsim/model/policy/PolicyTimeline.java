package org.cpsim.model.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.engine.EventScheduler;

/**
 * When policy changes: the configuration in force at the start of the run (the initial one, or the
 * last change dated on or before the first simulated day), and each later change, applied on its
 * date during the run. Each configuration is first made the authority's own, as on its date (a
 * multi-authority scenario runs each authority at its own size and levels, which may change on a date of their own).
 */
public final class PolicyTimeline {
    /** What happens when a change applies: the authority hands each service its new part of the configuration. */
    public interface Subscriber {
        void apply(ScenarioConfig next, double now);
    }

    private final Scenario scenario;
    private final BiFunction<ScenarioConfig, LocalDate, ScenarioConfig> localise;
    private final Continuation continuation;
    private final List<LocalDate> localChanges;

    /**
     * The replication's share of each yearly driver's steps after its evidence ends, drawn once per replication
     * (unused for a driver that does not move).
     *
     * @param bar      the protection bar's ({@link PlansConfig.BarTrend})
     * @param severity the escalation to significant harm's ({@link NeedConfig.SeverityTrend})
     */
    public record Continuation(double bar, double severity) {}

    /**
     * @param localise     makes a configuration in force on a date the running authority's own (the configuration
     *                     itself for a single authority)
     * @param localChanges dates on which the running authority's own levels change ({@code AuthorityLevels.changeFrom}),
     *                     scheduled like a change of policy
     */
    public PolicyTimeline(Scenario scenario, BiFunction<ScenarioConfig, LocalDate, ScenarioConfig> localise, Continuation continuation,
                          List<LocalDate> localChanges) {
        this.scenario = scenario;
        this.localise = localise;
        this.continuation = continuation;
        this.localChanges = List.copyOf(localChanges);
    }

    /** The configuration in force on the first simulated day. */
    public ScenarioConfig atStart() {
        LocalDate start = scenario.initial().calendar().simulationStart();
        return localise.apply(withDrivers(inForceAt(start), start), start);
    }

    /** The configuration in force on a date: the last change dated on or before it, else the initial one. */
    ScenarioConfig inForceAt(LocalDate date) {
        ScenarioConfig c = scenario.initial();
        for (Scenario.PolicyChange change : scenario.timeline()) if (!change.effective().isAfter(date)) c = change.config();
        return c;
    }

    /**
     * Schedules every change dated after the first simulated day and before the end as bookkeeping on
     * its day; the subscriber receives the new (localised) configuration when the day comes. Changes
     * are scheduled in date order, so two on the same day apply in the order the timeline lists them.
     */
    public void schedule(EventScheduler events, WorkingCalendar calendar, double endTime, Subscriber subscriber) {
        // The drivers' steps and the changes in one date order; a step on a change's date rides with the change.
        TreeMap<LocalDate, List<ScenarioConfig>> byDate = new TreeMap<>();
        for (Scenario.PolicyChange change : scenario.timeline()) {
            byDate.computeIfAbsent(change.effective(), d -> new ArrayList<>()).add(withDrivers(change.config(), change.effective()));
        }
        List<LocalDate> steps = driverSteps(calendar, endTime);
        for (LocalDate d : localChanges) if (!steps.contains(d)) steps.add(d);
        for (LocalDate step : steps) {
            byDate.computeIfAbsent(step, d -> new ArrayList<>(List.of(withDrivers(inForceAt(d), d))));
        }
        byDate.forEach((date, configs) -> {
            double at = calendar.dayOf(date);
            if (at > 0 && at < endTime) {
                for (ScenarioConfig c : configs) {
                    ScenarioConfig next = localise.apply(c, date);
                    events.bookkeepingAt(at, s -> subscriber.apply(next, s.schedule.getTime()));
                }
            }
        });
    }

    /** Every date inside the run on which a yearly driver of the configuration then in force takes a step. */
    private List<LocalDate> driverSteps(WorkingCalendar calendar, double endTime) {
        List<LocalDate> steps = new ArrayList<>();
        LocalDate first = scenario.initial().calendar().simulationStart();
        List<ScenarioConfig> configs = new ArrayList<>(List.of(scenario.initial()));
        for (Scenario.PolicyChange change : scenario.timeline()) configs.add(change.config());
        for (ScenarioConfig c : configs) {
            PlansConfig.BarTrend bar = c.plans().childProtection().barTrend();
            if (bar.moves()) addYearly(steps, bar.from(), first, calendar, endTime);
            NeedConfig.SeverityTrend severity = c.need().severityTrend();
            if (severity.moves()) addYearly(steps, severity.from(), first, calendar, endTime);
        }
        return steps;
    }

    private static void addYearly(List<LocalDate> steps, LocalDate from, LocalDate first, WorkingCalendar calendar, double endTime) {
        for (LocalDate d = from; calendar.dayOf(d) < endTime; d = d.plusYears(1)) {
            if (d.isAfter(first) && !steps.contains(d)) steps.add(d);
        }
    }

    /** A configuration with its protection bar lowered and its escalation to significant harm multiplied as their trends have by {@code date}. */
    private ScenarioConfig withDrivers(ScenarioConfig c, LocalDate date) {
        PlansConfig.BarTrend bar = c.plans().childProtection().barTrend();
        NeedConfig.SeverityTrend severity = c.need().severityTrend();
        ScenarioConfig lowered = bar.moves() ? c.withProtectionBarLowered(bar.lowering(date, continuation.bar())) : c;
        return severity.moves() ? lowered.withSevereEscalationMultiplied(severity.factor(date, continuation.severity())) : lowered;
    }
}
