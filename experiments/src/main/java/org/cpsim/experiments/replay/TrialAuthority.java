package org.cpsim.experiments.replay;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.model.metrics.Period;

/**
 * A Munro trial authority replayed against its own counterfactual: the two scenarios agree in every
 * value and differ only in the timeline, over one window of dates (checked by {@link TrialScenarios}).
 *
 * @param name           as on the command line and in file names, e.g. {@code kensington-and-chelsea}
 * @param trial          what happened: the exemption from the assessment timescales on its date
 * @param counterfactual the same authority keeping the prescribed timescales until the national change
 * @param trialStart     the first day on which the configurations in force differ (the exemption date)
 * @param trialEnd       the first day after that on which they agree again (the national change of
 *                       April 2013), or null if they never do within the run
 */
public record TrialAuthority(String name, ResolvedScenario trial, ResolvedScenario counterfactual, LocalDate trialStart, LocalDate trialEnd) {

    /** The child population the authority starts with: its weight in the pooled results. */
    public int children() { return trial.scenario().initial().population().children(); }

    /** Days of {@code [from, to)} during which the trial's configuration was in force instead of the counterfactual's. */
    public long trialDays(LocalDate from, LocalDate to) {
        LocalDate start = from.isAfter(trialStart) ? from : trialStart;
        LocalDate end = trialEnd == null || to.isBefore(trialEnd) ? to : trialEnd;
        return start.isBefore(end) ? ChronoUnit.DAYS.between(start, end) : 0;
    }

    /**
     * A statistical year counts as a trial year when the trial was in force for at least half of it:
     * 2011-12 and 2012-13 for both waves (the second wave began in September 2011), but not 2010-11,
     * of which the first wave had only March.
     */
    public boolean isTrialYear(Period year) {
        if (year.kind() != Period.Kind.YEAR) return false;
        long days = ChronoUnit.DAYS.between(year.start(), year.end());
        return 2 * trialDays(year.start(), year.end()) >= days;
    }
}
