package org.cpsim.experiments.stats;

import org.apache.commons.math3.random.RandomGenerator;

/** A uniformly random permutation, as Latin hypercubes and Morris trajectories both need. */
public final class Permutation {
    private Permutation() {}

    /** 0..n-1 shuffled by Fisher-Yates from the last place down: n - 1 draws of {@code random.nextInt}. */
    public static int[] of(int n, RandomGenerator random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
