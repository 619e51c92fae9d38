package org.cpsim.model.random;

import ec.util.MersenneTwisterFast;

/**
 * One random stream per source of randomness, each derived from (master seed, replication, name).
 * Adding a process never shifts another's draws, and replication r of two scenarios run with the
 * same seed sees the same draws in every stream (common random numbers), as in SSJ.
 */
public final class RandomStreams {
    private final long seed;
    private final int replication;

    public RandomStreams(long seed, int replication) {
        this.seed = seed;
        this.replication = replication;
    }

    /** A fresh generator for the named stream; the same name always gives the same sequence. */
    public MersenneTwisterFast stream(String name) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ (replication * 0xBF58476D1CE4E5B9L));
        for (int i = 0; i < name.length(); i++) h = mix(h ^ name.charAt(i));
        // MersenneTwisterFast seeded from an int array uses all 64 bits of the derived seed.
        return new MersenneTwisterFast(new int[] {(int) h, (int) (h >>> 32), name.length(), replication});
    }

    /** Streams whose names all begin with a prefix: one authority's processes in a multi-authority run. */
    public Scope scope(String prefix) { return new Scope(this, prefix); }

    public record Scope(RandomStreams streams, String prefix) {
        public MersenneTwisterFast stream(String name) { return streams.stream(prefix + name); }
    }

    /** SplitMix64 finaliser: a bijective avalanche mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
