package org.cpsim.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cpsim.experiments.io.Sha256;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.ResolvedPolicyChange;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.runner.OutcomePeriod;
import org.cpsim.experiments.runner.RunTask;
import org.cpsim.model.calendar.ReportingPeriods;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.CalendarConfig;
import org.cpsim.model.config.Scenario;

/**
 * A sweep ready to run: each design point's scenario loaded (so every point is checked before any
 * run starts), and the runs, point by point and replication by replication. Every point runs with
 * the sweep's seed, so replication r of every point shares its random numbers with replication r of
 * the others (common random numbers): differences between points are measured with less noise.
 *
 * @param parameters the parameters the points vary (all of the sweep's for a sweep; its uncertainties for a sensitivity analysis)
 * @param design     how the points were made, as recorded in the identity and manifest
 * @param notes      things the user should know before the results (e.g. the timeline overriding a parameter)
 */
public record SweepPlan(SweepSpec spec, ResolvedScenario base, List<Parameter> parameters, List<DesignPoint> points,
                        List<Scenario> scenarios, String design, List<String> notes) {

    public SweepPlan {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        scenarios = List.copyOf(scenarios);
        notes = List.copyOf(notes);
    }

    /** The plan of a sweep file's own design; a Latin hypercube draws from its own stream of the sweep's seed. */
    public static SweepPlan sweep(SweepSpec spec) {
        List<DesignPoint> points = DesignPoints.of(spec.design(), spec.parameters(), DesignRandom.stream(spec.seed(), "latin-hypercube"));
        return of(spec, spec.parameters(), points, spec.design().describe());
    }

    /** @throws ScenarioException naming the design point and the sweep file's line, if a point's values do not suit the scenario */
    public static SweepPlan of(SweepSpec spec, List<Parameter> parameters, List<DesignPoint> points, String design) {
        ResolvedScenario base = ScenarioLoader.load(spec.scenario(), spec.overrides(), spec.timeline());
        checkPeriod(spec, base.scenario(), null);
        List<Scenario> scenarios = new ArrayList<>();
        for (DesignPoint p : points) {
            List<Assignment> assignments = new ArrayList<>(spec.overrides());
            assignments.addAll(p.assignments(parameters));
            String context = p.label() + " (" + p.describe(parameters) + ")";
            Scenario s;
            try {
                s = ScenarioLoader.load(spec.scenario(), assignments, spec.timeline()).scenario();
            } catch (ScenarioException e) {
                throw e.within(context);
            }
            checkPeriod(spec, s, context);
            scenarios.add(s);
        }
        return new SweepPlan(spec, base, parameters, points, scenarios, design, timelineNotes(spec, base, parameters));
    }

    public int runs() { return points.size() * spec.replications(); }

    /** The runs not yet done, point by point, replication by replication. */
    public List<RunTask> tasks(Set<RunKey> done) {
        List<RunTask> out = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (int r = 0; r < spec.replications(); r++) {
                if (!done.contains(new RunKey(p, r))) out.add(new RunTask(p, r, scenarios.get(p), spec.seed()));
            }
        }
        return out;
    }

    public SweepIdentity identity() {
        StringBuilder text = new StringBuilder();
        text.append("replications=").append(spec.replications()).append('\n');
        text.append("outcomes=").append(String.join(",", spec.outcomes().ids())).append(" period=").append(spec.outcomes().period().spelling()).append('\n');
        for (DesignPoint p : points) text.append(p.index()).append(": ").append(p.describe(parameters)).append('\n');
        return new SweepIdentity(spec.file().toString(), spec.sha256(), base.sha256(), spec.seed(), design, sha256(text.toString()));
    }

    /** A statistical year named as the outcomes' period must be one the scenario reports. */
    private static void checkPeriod(SweepSpec spec, Scenario scenario, String context) {
        if (!(spec.outcomes().period() instanceof OutcomePeriod.Year year)) return;
        CalendarConfig calendar = scenario.initial().calendar();
        ReportingPeriods periods = new ReportingPeriods(calendar, new WorkingCalendar(calendar, 0));
        if (year.reportedIn(periods.periods())) return;
        String first = periods.periods().get(periods.months()).label();
        String last = periods.periods().get(periods.periods().size() - 1).label();
        ScenarioException e = new ScenarioException(spec.outcomesOrigin(), "outcomes.period",
                "a statistical year the scenario reports (" + first + " to " + last + ")", year.label());
        throw context == null ? e : e.within(context);
    }

    /**
     * A swept number that the timeline also sets moves the timeline's dated values in proportion
     * ({@code ScenarioLoader}); anything else the timeline sets is refused when the points load. Say
     * which dated values each lever meets, since the lever then means "this path, scaled".
     */
    private static List<String> timelineNotes(SweepSpec spec, ResolvedScenario base, List<Parameter> parameters) {
        List<String> notes = new ArrayList<>(base.notes());
        if (spec.timeline() == ScenarioLoader.Timeline.IGNORE) return notes;
        for (Parameter p : parameters) {
            List<String> dates = new ArrayList<>();
            for (ResolvedPolicyChange c : base.timeline()) {
                boolean sets = false;
                for (ResolvedValue v : c.changes()) sets |= v.path().equals(p.path()) || v.path().startsWith(p.path() + ".") || v.path().startsWith(p.path() + "[");
                if (sets) dates.add(c.date() + " (" + c.origin() + ")");
            }
            if (!dates.isEmpty()) {
                notes.add("note: the timeline of " + spec.scenario().getFileName() + " also sets " + p.path() + " from " + String.join(", ", dates)
                        + "; each point's value moves those dated values in proportion (value / the scenario's starting value)."
                        + " Add 'timeline: ignore' to the sweep file to hold it fixed for the whole run instead.");
            }
        }
        return notes;
    }

    private static String sha256(String text) {
        return Sha256.of(text);
    }
}
