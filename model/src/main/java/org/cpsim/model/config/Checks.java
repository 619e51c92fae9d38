package org.cpsim.model.config;

import java.util.List;

/**
 * Validation helpers for configuration records. Each throws {@link ConfigException} naming the
 * field, so the scenario loader can point the user at the file and line it came from.
 */
public final class Checks {
    private Checks() {}

    public static double nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) throw new ConfigException(field, "a number >= 0", v);
        return v;
    }

    public static double positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw new ConfigException(field, "a number > 0", v);
        return v;
    }

    public static int positive(String field, int v) {
        if (v <= 0) throw new ConfigException(field, "a whole number > 0", v);
        return v;
    }

    public static int nonNegative(String field, int v) {
        if (v < 0) throw new ConfigException(field, "a whole number >= 0", v);
        return v;
    }

    public static double finite(String field, double v) {
        if (!Double.isFinite(v)) throw new ConfigException(field, "a finite number", v);
        return v;
    }

    public static double probability(String field, double v) {
        if (!(v >= 0 && v <= 1)) throw new ConfigException(field, "a probability between 0 and 1", v);
        return v;
    }

    public static double between(String field, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) throw new ConfigException(field, "a number between " + lo + " and " + hi, v);
        return v;
    }

    public static <T> T present(String field, T v) {
        if (v == null) throw new ConfigException(field, "a value", "nothing");
        return v;
    }

    public static List<Double> distribution(String field, List<Double> shares) {
        present(field, shares);
        if (shares.isEmpty()) throw new ConfigException(field, "a non-empty list of shares", "an empty list");
        double sum = 0;
        for (int i = 0; i < shares.size(); i++) {
            Double s = shares.get(i);
            if (s == null || !(s >= 0)) throw new ConfigException(field + "[" + i + "]", "a share >= 0", s);
            sum += s;
        }
        if (Math.abs(sum - 1) > 1e-6) throw new ConfigException(field, "shares adding up to 1", "shares adding up to " + sum);
        return List.copyOf(shares);
    }

    public static void ascending(String field, double... values) {
        for (int i = 1; i < values.length; i++) {
            if (!(values[i] > values[i - 1])) {
                throw new ConfigException(field, "strictly increasing values", java.util.Arrays.toString(values));
            }
        }
    }
}
