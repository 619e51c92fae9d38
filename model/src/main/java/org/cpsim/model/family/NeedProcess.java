package org.cpsim.model.family;

import java.util.Arrays;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.AgenciesConfig;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.random.Draws;

/**
 * The continuous-time processes every child is subject to: need escalating and easing, and agencies
 * noticing need and raising a concern. Children with identical hazards (same need level, family risk
 * class and help) form a stratum; one clock drives them all by thinning (a candidate stream at an
 * upper-bound rate, each accepted with probability true rate / bound), a stratum is chosen through
 * a Fenwick tree and a member uniformly. Cost per event is O(log strata), independent of the
 * population, and nothing is done for children to whom nothing happens.
 */
public final class NeedProcess implements EventScheduler.Inline {

    /** What the processes tell the rest of the model. */
    public interface Listener {
        void concernRaised(int child, int agency, double now);
        void levelChanged(int child, NeedLevel from, NeedLevel to, double now);
    }

    public static final int RISK_CLASSES = 16;
    /**
     * The hazards depend on the help a child receives and, for a child receiving none, on whether it has been
     * on a protection plan (the plan's lasting effect, {@code helpEffects.afterProtectionPlan}): one more kind.
     */
    private static final int AFTER_PROTECTION = Help.COUNT;
    private static final int KINDS = Help.COUNT + 1;
    private static final int STRATA = NeedLevel.COUNT * RISK_CLASSES * KINDS;
    private static final double DAYS_PER_YEAR = 365.25;
    /** Headroom of the candidate rate over the true rate; affects only speed, never the distribution. */
    private static final double BOUND_HEADROOM = 1.1;

    private final Population population;
    private final MersenneTwisterFast random;
    private final EventScheduler events;
    private Listener listener;

    private final int[][] members = new int[STRATA][];
    private final int[] count = new int[STRATA];
    private final Fenwick weights = new Fenwick(STRATA);
    private final double[] perChildRate = new double[STRATA];
    /** Per stratum, cumulative per-day rates of: escalate, ease, then one concern per agency. */
    private double[][] cumulative = new double[STRATA][];
    private int agencies;

    private double bound;
    private double total;    // sum of the weights, kept alongside the tree so the bound check is O(1)
    private double nextCandidate = Double.POSITIVE_INFINITY;

    private final ChildDays childDays = new ChildDays();
    private long transitions;

    public NeedProcess(Population population, MersenneTwisterFast random, EventScheduler events) {
        this.population = population;
        this.random = random;
        this.events = events;
        for (int s = 0; s < STRATA; s++) members[s] = new int[4];
    }

    public void setListener(Listener listener) { this.listener = listener; }

    static int stratumOf(int level, int riskClass, int kind) {
        return (level * RISK_CLASSES + riskClass) * KINDS + kind;
    }

    /** The kind of hazards a child with this help has. */
    private int kind(int child, int help) {
        return help == Help.NONE && population.everOnProtectionPlan(child) ? AFTER_PROTECTION : help;
    }

    private int stratumOfChild(int child, int level, int help) {
        return stratumOf(level, population.riskClass(child), kind(child, help));
    }

    /**
     * Sets the hazards from the need and agencies configuration, agencies' concern rates scaled by
     * {@code concernFactor} (the trend and drift of {@code ConcernDrivers}); at the start, whenever
     * policy changes, and monthly while concern moves.
     */
    public void configure(NeedConfig need, AgenciesConfig ag, double concernFactor, double now) {
        agencies = ag.agencies().size();
        double[] escalation = {need.escalationPerYear().fromNone(), need.escalationPerYear().fromEmerging(),
                need.escalationPerYear().fromComplex(), 0};
        double[] easing = {0, need.easingPerYear().fromEmerging(), need.easingPerYear().fromComplex(),
                need.easingPerYear().fromSignificantHarm()};
        NeedConfig.HelpEffect[] effects = {null, need.helpEffects().earlyHelp(), null,
                need.helpEffects().childInNeedPlan(), need.helpEffects().childProtectionPlan(), need.helpEffects().lookedAfter(),
                need.helpEffects().afterProtectionPlan()};
        NeedConfig.RiskMultipliers rm = need.riskMultipliers();
        for (int level = 0; level < NeedLevel.COUNT; level++) {
            for (int risk = 0; risk < RISK_CLASSES; risk++) {
                double riskMultiplier = ((risk & 1) != 0 ? rm.parentalMentalIllness() : 1)
                        * ((risk & 2) != 0 ? rm.domesticAbuse() : 1)
                        * ((risk & 4) != 0 ? rm.substanceMisuse() : 1)
                        * ((risk & 8) != 0 ? rm.deprivation() : 1);
                for (int kind = 0; kind < KINDS; kind++) {
                    NeedConfig.HelpEffect e = effects[kind];
                    double esc = escalation[level] * riskMultiplier * (e == null ? 1 : e.escalationMultiplier());
                    double ease = easing[level] * (e == null ? 1 : e.easingMultiplier());
                    double[] cum = new double[2 + agencies];
                    cum[0] = esc / DAYS_PER_YEAR;
                    cum[1] = cum[0] + ease / DAYS_PER_YEAR;
                    for (int a = 0; a < agencies; a++) {
                        AgenciesConfig.AgencyConfig agency = ag.agencies().get(a);
                        double concern = Help.agenciesMayRaiseConcern(kind == AFTER_PROTECTION ? Help.NONE : kind)
                                ? agency.contactsPerChildPerYear() * agency.noticeProbability().at(level) * ag.concernRateMultiplier() * concernFactor
                                : 0;
                        cum[2 + a] = cum[1 + a] + concern / DAYS_PER_YEAR;
                    }
                    int s = stratumOf(level, risk, kind);
                    cumulative[s] = cum;
                    perChildRate[s] = cum[cum.length - 1];
                }
            }
        }
        resum();
        reschedule(now);
    }

    /** Places a new child (already added to the population) into its stratum. */
    public void enter(int child, double now) {
        childDays.integrate(now);
        add(child, stratumOfChild(child, population.level(child), population.help(child)));
        childDays.count(population.level(child), population.help(child), +1);
        afterChange(now);
    }

    /** Removes a child (turning 18) from the processes. */
    public void leave(int child, double now) {
        childDays.integrate(now);
        remove(child);
        childDays.count(population.level(child), population.help(child), -1);
        afterChange(now);
    }

    /** Changes what help a child receives, which changes its hazards. */
    public void setHelp(int child, int help, double now) {
        int old = population.help(child);
        if (old == help) return;
        childDays.integrate(now);
        remove(child);
        childDays.count(population.level(child), old, -1);
        population.setHelpValue(child, help);
        childDays.count(population.level(child), help, +1);
        add(child, stratumOfChild(child, population.level(child), help));
        afterChange(now);
    }

    private void setLevel(int child, int level, double now) {
        childDays.integrate(now);
        remove(child);
        childDays.count(population.level(child), population.help(child), -1);
        population.setLevel(child, level);
        childDays.count(level, population.help(child), +1);
        add(child, stratumOfChild(child, level, population.help(child)));
        afterChange(now);
    }

    private void add(int child, int s) {
        int n = count[s];
        if (n == members[s].length) members[s] = Arrays.copyOf(members[s], n * 2);
        members[s][n] = child;
        population.setStratum(child, s, n);
        count[s] = n + 1;
        weights.add(s, perChildRate[s]);
        total += perChildRate[s];
    }

    private void remove(int child) {
        int s = population.stratum(child);
        int pos = population.stratumPosition(child);
        int last = members[s][--count[s]];
        members[s][pos] = last;
        population.setStratumPosition(last, pos);
        weights.add(s, -perChildRate[s]);
        total -= perChildRate[s];
    }

    /** Recomputes every weight and the total exactly, clearing floating-point drift. */
    private void resum() {
        total = 0;
        for (int s = 0; s < STRATA; s++) {
            weights.set(s, count[s] * perChildRate[s]);
            total += count[s] * perChildRate[s];
        }
        weights.rebuild();
    }

    private void afterChange(double now) {
        // Thinning is exact only while the bound covers the true rate: redraw when it no longer does.
        if (total > bound) reschedule(now);
    }

    /** Draws the next candidate at the current bound (memoryless, so a redraw at any time is exact). */
    private void reschedule(double now) {
        bound = total * BOUND_HEADROOM;
        nextCandidate = now + Draws.exponential(random, bound);
    }

    @Override
    public double nextTime() { return nextCandidate; }

    @Override
    public void fire(double now) {
        double drawnAt = nextCandidate;
        double u = random.nextDouble() * bound;
        if (u < total) {
            int s = weights.find(u);
            if (count[s] > 0) {
                transitions++;
                int child = members[s][random.nextInt(count[s])];
                double[] cum = cumulative[s];
                double v = random.nextDouble() * cum[cum.length - 1];
                int level = population.level(child);
                if (v < cum[0]) {
                    setLevel(child, level + 1, now);
                    listener.levelChanged(child, NeedLevel.of(level), NeedLevel.of(level + 1), now);
                } else if (v < cum[1]) {
                    setLevel(child, level - 1, now);
                    listener.levelChanged(child, NeedLevel.of(level), NeedLevel.of(level - 1), now);
                } else {
                    int a = 0;
                    while (a < agencies - 1 && v >= cum[2 + a]) a++;
                    listener.concernRaised(child, a, now);
                }
            }
        }
        // Unless the event already redrew the clock (its rate rose past the bound), draw the next candidate.
        if (nextCandidate == drawnAt) reschedule(now);
    }

    /** Child-days since the last call: [harm, unmet emerging, unmet complex]; resets the accumulators. */
    public double[] takeChildDays(double now) {
        double[] r = childDays.take(now);
        resum(); // a monthly clean-up of floating-point drift
        return r;
    }

    public int countAtLevel(NeedLevel level) { return childDays.countAtLevel(level.code()); }

    /** Accepted transitions and concerns so far. */
    public long transitions() { return transitions; }
}
