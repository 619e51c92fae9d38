package org.cpsim.model.policy;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.engine.EventScheduler;

/**
 * When policy changes: the configuration in force at the start of the run (the initial one, or the
 * last change dated on or before the first simulated day), and each later change, applied on its
 * date during the run. Each configuration is first made the authority's own (a multi-authority
 * scenario runs each authority at its own size).
 */
public final class PolicyTimeline {
    /** What happens when a change applies: the authority hands each service its new part of the configuration. */
    public interface Subscriber {
        void apply(ScenarioConfig next, double now);
    }

    private final Scenario scenario;
    private final UnaryOperator<ScenarioConfig> localise;

    /** @param localise makes a configuration the running authority's own (identity for a single authority) */
    public PolicyTimeline(Scenario scenario, UnaryOperator<ScenarioConfig> localise) {
        this.scenario = scenario;
        this.localise = localise;
    }

    /** The configuration in force on the first simulated day. */
    public ScenarioConfig atStart() {
        return localise.apply(inForceAt(scenario.initial().calendar().simulationStart()));
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
        for (Scenario.PolicyChange change : scenario.timeline()) {
            double at = calendar.dayOf(change.effective());
            if (at > 0 && at < endTime) {
                ScenarioConfig next = localise.apply(change.config());
                events.bookkeepingAt(at, s -> subscriber.apply(next, s.schedule.getTime()));
            }
        }
    }
}
