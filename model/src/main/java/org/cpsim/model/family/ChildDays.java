package org.cpsim.model.family;

/**
 * Children counted by need level and help, and the child-days they accumulate at significant harm
 * without protection and at unmet emerging or complex need. Integrated at every change, so the
 * integrals are exact for the piecewise-constant counts between events.
 */
final class ChildDays {
    private static final int EMERGING = NeedLevel.EMERGING.code();
    private static final int COMPLEX = NeedLevel.COMPLEX.code();
    private static final int SIGNIFICANT_HARM = NeedLevel.SIGNIFICANT_HARM.code();

    private final int[][] byLevelAndHelp = new int[NeedLevel.COUNT][Help.COUNT];
    private double lastIntegration;
    private double harmDays;
    private double unmetEmergingDays;
    private double unmetComplexDays;

    void count(int level, int help, int delta) { byLevelAndHelp[level][help] += delta; }

    /** Accumulates child-days up to {@code now}. */
    void integrate(double now) {
        double dt = now - lastIntegration;
        if (dt <= 0) return;
        int harm = 0;
        for (int h = 0; h < Help.COUNT; h++) if (!Help.protects(h)) harm += byLevelAndHelp[SIGNIFICANT_HARM][h];
        harmDays += harm * dt;
        unmetEmergingDays += (byLevelAndHelp[EMERGING][Help.NONE] + byLevelAndHelp[EMERGING][Help.OPEN]) * dt;
        unmetComplexDays += (byLevelAndHelp[COMPLEX][Help.NONE] + byLevelAndHelp[COMPLEX][Help.OPEN]
                + byLevelAndHelp[COMPLEX][Help.EARLY_HELP]) * dt;
        lastIntegration = now;
    }

    /** Child-days since the last call: [harm, unmet emerging, unmet complex]; resets the accumulators. */
    double[] take(double now) {
        integrate(now);
        double[] r = {harmDays, unmetEmergingDays, unmetComplexDays};
        harmDays = unmetEmergingDays = unmetComplexDays = 0;
        return r;
    }

    int countAtLevel(int level) {
        int n = 0;
        for (int h = 0; h < Help.COUNT; h++) n += byLevelAndHelp[level][h];
        return n;
    }
}
