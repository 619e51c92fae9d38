package org.cpsim.model.metrics;

import java.util.Arrays;

/** Each month's samples of each {@link Sample} kind, kept one by one for medians and percentiles. */
final class Samples {
    private static final int KINDS = Sample.values().length;

    private final double[][][] values;
    private final int[][] count;

    Samples(int months) {
        values = new double[months][KINDS][16];
        count = new int[months][KINDS];
    }

    void add(int month, Sample kind, double v) {
        int k = kind.ordinal();
        int n = count[month][k];
        if (n == values[month][k].length) values[month][k] = Arrays.copyOf(values[month][k], n * 2);
        values[month][k][n] = v;
        count[month][k] = n + 1;
    }

    /** Adds another authority's samples, month by month, after this one's own. */
    void absorb(Samples other) {
        for (int m = 0; m < count.length; m++) {
            for (Sample kind : Sample.values()) {
                int n = other.count[m][kind.ordinal()];
                for (int i = 0; i < n; i++) add(m, kind, other.values[m][kind.ordinal()][i]);
            }
        }
    }

    /** Every sample of one kind from months {@code from} to {@code to} (exclusive), sorted. */
    double[] pooled(int from, int to, Sample kind) {
        int k = kind.ordinal();
        int n = 0;
        for (int m = from; m < to; m++) n += count[m][k];
        double[] all = new double[n];
        int at = 0;
        for (int m = from; m < to; m++) {
            System.arraycopy(values[m][k], 0, all, at, count[m][k]);
            at += count[m][k];
        }
        Arrays.sort(all);
        return all;
    }
}
