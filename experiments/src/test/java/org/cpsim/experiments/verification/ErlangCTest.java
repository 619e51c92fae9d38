package org.cpsim.experiments.verification;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ErlangCTest {

    private static final double EXACT = 1e-12;

    /** P(wait) by the textbook sum, in log space so it survives hundreds of servers: an independent route to C(c, a). */
    static double directSummation(int c, double a) {
        double rho = a / c;
        // log of a^k / k!, built up term by term
        double[] logTerm = new double[c + 1];
        for (int k = 1; k <= c; k++) logTerm[k] = logTerm[k - 1] + Math.log(a) - Math.log(k);
        double logTail = logTerm[c] - Math.log(1 - rho);          // a^c / c! * c / (c - a)
        double max = Math.max(logTail, java.util.Arrays.stream(logTerm).max().orElseThrow());
        double sum = Math.exp(logTail - max);
        for (int k = 0; k < c; k++) sum += Math.exp(logTerm[k] - max);
        return Math.exp(logTail - max) / sum;
    }

    @Test
    void oneServerIsMM1() {
        var q = new ErlangC(0.8, 1.0, 1);
        double rho = 0.8;
        assertEquals(rho, q.utilisation(), EXACT);
        assertEquals(rho, q.probabilityOfWaiting(), EXACT);                 // M/M/1: P(wait) = rho
        assertEquals(rho / (1.0 - 0.8), q.meanWait(), EXACT);               // Wq = rho / (mu - lambda) = 4
        assertEquals(rho / (1 - rho), q.meanNumberInSystem(), EXACT);       // L = rho / (1 - rho) = 4
        assertEquals(1 / (1.0 - 0.8), q.meanTimeInSystem(), EXACT);         // W = 1 / (mu - lambda) = 5
    }

    @Test
    void oneServerAtAnotherLoad() {
        var q = new ErlangC(3, 4, 1);
        assertEquals(0.75, q.probabilityOfWaiting(), EXACT);
        assertEquals(0.75 / (4 - 3), q.meanWait(), EXACT);
        assertEquals(1.0 / (4 - 3), q.meanTimeInSystem(), EXACT);
    }

    /** The textbook M/M/3 with a = 2: P0 = 1/9, C = 4/9, Lq = 8/9 (worked by hand in the comment below). */
    @Test
    void threeServersTextbookExample() {
        // P0 = [1 + 2 + 2 + (8/6)(3/(3-2))]^-1 = 1/9; C = 4 P0 = 4/9; Lq = C rho/(1-rho) = 8/9
        var q = new ErlangC(2, 1, 3);
        assertEquals(4.0 / 9, q.probabilityOfWaiting(), EXACT);
        assertEquals(4.0 / 9, q.meanWait(), EXACT);            // C / (c mu - lambda) = (4/9) / 1
        assertEquals(8.0 / 9, q.meanNumberWaiting(), EXACT);
        assertEquals(8.0 / 9 + 2, q.meanNumberInSystem(), EXACT);
        assertEquals(4.0 / 9 + 1, q.meanTimeInSystem(), EXACT);
    }

    @Test
    void recursionMatchesDirectSummation() {
        for (int c : new int[] {1, 2, 5, 10, 50}) {
            for (double rho : new double[] {0.1, 0.5, 0.7, 0.92, 0.99}) {
                var q = new ErlangC(rho * c * 0.5, 0.5, c);
                assertEquals(directSummation(c, rho * c), q.probabilityOfWaiting(), 1e-10, "c=" + c + " rho=" + rho);
            }
        }
    }

    @Test
    void stableForManyServers() {
        // a^c / c! overflows a double long before c = 800; the recursion does not.
        var q = new ErlangC(790, 1, 800);
        double c = q.probabilityOfWaiting();
        assertTrue(c > 0 && c < 1, "C = " + c);
        assertEquals(directSummation(800, 790), c, 1e-9);
    }

    @Test
    void littlesLawHoldsInTheFormulas() {
        var q = new ErlangC(9.2, 1, 10);
        assertEquals(q.meanNumberInSystem(), q.arrivalRate() * q.meanTimeInSystem(), 1e-12);
    }

    @Test
    void rejectsUnstableOrMeaninglessQueues() {
        assertThrows(IllegalArgumentException.class, () -> new ErlangC(10, 1, 10));  // rho = 1
        assertThrows(IllegalArgumentException.class, () -> new ErlangC(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ErlangC(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ErlangC(1, 2, 0));
    }
}
