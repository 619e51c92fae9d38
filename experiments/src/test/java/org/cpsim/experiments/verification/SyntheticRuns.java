package org.cpsim.experiments.verification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/**
 * Replications made up to order, so the suite's statistics and bookkeeping can be tested before the
 * model exists. Each run has monthly periods full of nonsense interleaved with its years, to show that
 * only yearly periods are read.
 */
public final class SyntheticRuns {
    private SyntheticRuns() {}

    static final double MONTHLY_NONSENSE = 1e9;

    /** Periods of a run: for each year, its 12 months then the year itself. */
    static List<Period> periods(int years) {
        List<Period> periods = new ArrayList<>();
        LocalDate start = LocalDate.of(2010, 4, 1);
        int day = 0;
        for (int y = 0; y < years; y++) {
            LocalDate yearStart = start.plusYears(y);
            int yearStartDay = day;
            for (int m = 0; m < 12; m++) {
                LocalDate a = yearStart.plusMonths(m), b = a.plusMonths(1);
                int len = (int) (b.toEpochDay() - a.toEpochDay());
                periods.add(new Period(a.toString().substring(0, 4) + "M" + a.toString().substring(5, 7), Period.Kind.MONTH, a, b, day, day + len));
                day += len;
            }
            LocalDate yearEnd = yearStart.plusYears(1);
            periods.add(new Period(yearStart.getYear() + "-" + String.valueOf(yearEnd.getYear()).substring(2),
                    Period.Kind.YEAR, yearStart, yearEnd, yearStartDay, day));
        }
        return periods;
    }

    /** An all-zero value table with the monthly rows filled with nonsense. */
    static double[][] blank(List<Period> periods) {
        double[][] values = new double[periods.size()][Indicator.values().length];
        for (int p = 0; p < periods.size(); p++) {
            if (periods.get(p).kind() == Period.Kind.MONTH) java.util.Arrays.fill(values[p], MONTHLY_NONSENSE);
        }
        return values;
    }

    /**
     * A replication of an M/M/c queue whose yearly indicators scatter normally around theory (relative
     * sd {@code noise}), with the wait inflated by {@code waitBias} (1 = unbiased); L is set from
     * lambda W of the same year plus a little noise, as Little's law demands.
     */
    public static RunResult queue(DegenerateQueueScenario q, long seed, int replication, double noise, double waitBias) {
        var random = new SplittableRandom(seed * 1_000_003L + replication);
        ErlangC theory = q.theory();
        List<Period> periods = periods(q.reportingYears());
        double[][] values = blank(periods);
        for (int p = 0; p < periods.size(); p++) {
            if (periods.get(p).kind() != Period.Kind.YEAR) continue;
            double wait = theory.meanWait() * waitBias * (1 + noise * normal(random));
            double lambda = theory.arrivalRate() * (1 + noise * normal(random));
            double w = wait + 1 / theory.serviceRate() + theory.meanTimeInSystem() * noise * normal(random);
            values[p][Indicator.ASSESSMENT_WAIT_DAYS_MEAN.ordinal()] = wait;
            values[p][Indicator.ASSESSMENT_WAITED_PCT.ordinal()] = 100 * theory.probabilityOfWaiting() * (1 + noise * normal(random));
            values[p][Indicator.ASSESSMENT_ARRIVALS_PER_DAY.ordinal()] = lambda;
            values[p][Indicator.ASSESSMENT_TIME_IN_SYSTEM_DAYS_MEAN.ordinal()] = w;
            values[p][Indicator.ASSESSMENTS_OPEN_MEAN.ordinal()] = lambda * w + 0.01 * normal(random);
        }
        return new RunResult(q.scenario().name(), replication, periods, values, 0);
    }

    /**
     * A replication in which children move between the seven states and every identity holds exactly;
     * {@code leak} is added to the looked-after inflow of the last year to break one of them.
     */
    public static RunResult conserving(String scenario, long seed, int replication, int years, double leak) {
        var random = new SplittableRandom(seed * 31 + replication);
        List<Period> periods = periods(years);
        double[][] values = blank(periods);
        double[] stock = new double[Conservation.STATES.size()];
        for (int s = 0; s < stock.length; s++) stock[s] = 1000 + random.nextInt(100_000);
        int lastYear = -1;
        for (int p = 0; p < periods.size(); p++) {
            if (periods.get(p).kind() != Period.Kind.YEAR) continue;
            lastYear = p;
            double children = 0;
            for (int s = 0; s < stock.length; s++) {
                Conservation.State state = Conservation.STATES.get(s);
                double out = random.nextInt(5_000), in = out + random.nextInt(2_000) - 1_000;
                stock[s] += in - out;
                values[p][state.atEnd().ordinal()] = stock[s];
                values[p][state.in().ordinal()] = in;
                values[p][state.out().ordinal()] = out;
                children += stock[s];
            }
            values[p][Indicator.CHILDREN.ordinal()] = children;
        }
        values[lastYear][Indicator.STATE_LOOKED_AFTER_IN.ordinal()] += leak;
        return new RunResult(scenario, replication, periods, values, 0);
    }

    static double normal(SplittableRandom random) {
        double u = 1 - random.nextDouble(), v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
