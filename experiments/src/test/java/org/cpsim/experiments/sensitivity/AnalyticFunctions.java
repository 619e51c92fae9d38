package org.cpsim.experiments.sensitivity;

import java.util.function.ToDoubleFunction;

/** Test functions with known sensitivity indices, taking points in the unit hypercube. */
final class AnalyticFunctions {
    private AnalyticFunctions() {}

    /** Ishigami and Homma (1990) with a = 7, b = 0.1, on [-pi, pi]^3. */
    static final double A = 7, B = 0.1;

    static final ToDoubleFunction<double[]> ISHIGAMI = u -> {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    };

    /** Analytic indices (Sobol' and Levitan 1999): S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437. */
    static double[] ishigamiFirst() {
        double v1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
        double v2 = A * A / 8;
        return new double[] {v1 / ishigamiVariance(), v2 / ishigamiVariance(), 0};
    }

    static double[] ishigamiTotal() {
        double v1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = ishigamiVariance();
        return new double[] {(v1 + v13) / v, v2 / v, v13 / v};
    }

    static double ishigamiVariance() {
        return A * A / 8 + B * Math.pow(Math.PI, 4) / 5 + B * B * Math.pow(Math.PI, 8) / 18 + 0.5;
    }

    /** Sobol' G function with the classic coefficients: the smaller a_i, the more important x_i. */
    static final double[] G_COEFFICIENTS = {0, 1, 4.5, 9, 99, 99, 99, 99};

    static final ToDoubleFunction<double[]> G = u -> {
        double y = 1;
        for (int i = 0; i < G_COEFFICIENTS.length; i++) y *= (Math.abs(4 * u[i] - 2) + G_COEFFICIENTS[i]) / (1 + G_COEFFICIENTS[i]);
        return y;
    };

    /** V_i = 1 / (3 (1 + a_i)^2), V = prod(1 + V_i) - 1; S_i = V_i / V, ST_i = V_i prod_{j != i}(1 + V_j) / V. */
    static double[] gFirst() {
        double[] vi = gPartial();
        double v = gVariance(vi);
        double[] s = new double[vi.length];
        for (int i = 0; i < vi.length; i++) s[i] = vi[i] / v;
        return s;
    }

    static double[] gTotal() {
        double[] vi = gPartial();
        double v = gVariance(vi);
        double[] s = new double[vi.length];
        for (int i = 0; i < vi.length; i++) {
            double others = 1;
            for (int j = 0; j < vi.length; j++) if (j != i) others *= 1 + vi[j];
            s[i] = vi[i] * others / v;
        }
        return s;
    }

    private static double[] gPartial() {
        double[] vi = new double[G_COEFFICIENTS.length];
        for (int i = 0; i < vi.length; i++) vi[i] = 1 / (3 * Math.pow(1 + G_COEFFICIENTS[i], 2));
        return vi;
    }

    private static double gVariance(double[] vi) {
        double p = 1;
        for (double v : vi) p *= 1 + v;
        return p - 1;
    }
}
