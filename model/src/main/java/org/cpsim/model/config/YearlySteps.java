package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.time.LocalDate;

/** The counting shared by the drivers that step once a year ({@link PlansConfig.BarTrend}, {@link NeedConfig.SeverityTrend}). */
final class YearlySteps {
    private YearlySteps() {}

    /** The checks the drivers share: where the evidence ends, and a continuation range inside [0, 1]. */
    static void checkContinuation(LocalDate evidenceEnds, double continuationLow, double continuationHigh) {
        present("evidenceEnds", evidenceEnds);
        probability("continuationLow", continuationLow);
        probability("continuationHigh", continuationHigh);
        if (continuationHigh < continuationLow) throw new ConfigException("continuationHigh", "at least continuationLow (" + continuationLow + ")", continuationHigh);
    }

    /** The continuation share at u in [0, 1): uniform between the range's ends. */
    static double share(double continuationLow, double continuationHigh, double u) { return continuationLow + (continuationHigh - continuationLow) * u; }

    /**
     * How many steps a trend has taken by {@code date}: one on {@code from} and on each anniversary up to the
     * date, those dated on or after {@code evidenceEnds} counted at {@code continuation} of a step.
     */
    static double taken(LocalDate from, LocalDate evidenceEnds, LocalDate date, double continuation) {
        int inEvidence = 0;
        int after = 0;
        for (LocalDate step = from; !step.isAfter(date); step = step.plusYears(1)) {
            if (step.isBefore(evidenceEnds)) inEvidence++;
            else after++;
        }
        return inEvidence + continuation * after;
    }
}
