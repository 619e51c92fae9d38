package org.cpsim.experiments.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme (Saltelli 2002; Saltelli et al. 2010): two independent N x k matrices
 * A and B, and for each parameter i the matrix A_B^i (A with column i taken from B), N(k + 2)
 * points in all. A and B are the two halves of a 2k-dimensional Sobol' low-discrepancy sequence,
 * as Saltelli et al. (2010) recommend: it converges much faster than random sampling and needs no seed.
 *
 * @param a N rows of A
 * @param b N rows of B
 */
public record SaltelliDesign(int parameters, int samples, double[][] a, double[][] b) {

    public static SaltelliDesign generate(int parameters, int samples) {
        if (parameters < 1) throw new IllegalArgumentException("at least one parameter, got " + parameters);
        if (samples < 2) throw new IllegalArgumentException("at least two samples, got " + samples);
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * parameters);
        // The sequence starts at the origin, a corner of the cube; leave it out.
        sequence.skipTo(1);
        double[][] a = new double[samples][parameters];
        double[][] b = new double[samples][parameters];
        for (int j = 0; j < samples; j++) {
            double[] v = sequence.nextVector();
            System.arraycopy(v, 0, a[j], 0, parameters);
            System.arraycopy(v, parameters, b[j], 0, parameters);
        }
        return new SaltelliDesign(parameters, samples, a, b);
    }

    /** Every point to evaluate, in order: the rows of A, of B, then of A_B^1 .. A_B^k. */
    public double[][] points() {
        double[][] out = new double[samples * (parameters + 2)][];
        for (int j = 0; j < samples; j++) {
            out[j] = a[j].clone();
            out[samples + j] = b[j].clone();
        }
        for (int i = 0; i < parameters; i++) {
            for (int j = 0; j < samples; j++) {
                double[] x = a[j].clone();
                x[i] = b[j][i];
                out[(2 + i) * samples + j] = x;
            }
        }
        return out;
    }
}
