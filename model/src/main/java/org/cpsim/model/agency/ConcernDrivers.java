package org.cpsim.model.agency;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.AgenciesConfig;

/**
 * The factor on agencies' concern rates at a given time, from the scenario's {@link AgenciesConfig.ConcernTrend}:
 * the trend compounded since its start, times the exponential of a random walk that steps once a year
 * from the drift date, on its own stream. The walk's steps are drawn in order as time passes, so the
 * walk of a replication is the same whatever the policy changes around it.
 */
public final class ConcernDrivers {
    private static final double DAYS_PER_YEAR = 365.25;

    private final WorkingCalendar calendar;
    private final MersenneTwisterFast random;
    private double walk;
    private int steps;

    public ConcernDrivers(WorkingCalendar calendar, MersenneTwisterFast random) {
        this.calendar = calendar;
        this.random = random;
    }

    /** The factor in force at {@code now} (day of the simulation). */
    public double factor(AgenciesConfig.ConcernTrend trend, double now) {
        double years = (now - calendar.dayOf(trend.from())) / DAYS_PER_YEAR;
        double growth = years > 0 && trend.perYear() != 0 ? Math.pow(1 + trend.perYear(), years) : 1;
        if (trend.driftSdPerYear() > 0) {
            double since = now - calendar.dayOf(trend.driftFrom());
            int due = since >= 0 ? (int) Math.floor(since / DAYS_PER_YEAR) + 1 : 0;
            for (; steps < due; steps++) walk += trend.driftSdPerYear() * random.nextGaussian();
        }
        return walk == 0 ? growth : growth * Math.exp(walk);
    }
}
