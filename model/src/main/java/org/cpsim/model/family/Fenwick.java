package org.cpsim.model.family;

/** A Fenwick (binary indexed) tree of non-negative weights: update, total and weighted search in O(log n). */
final class Fenwick {
    private final double[] tree;
    private final double[] weight;
    private final int n;
    private final int topBit;

    Fenwick(int n) {
        this.n = n;
        this.tree = new double[n + 1];
        this.weight = new double[n];
        this.topBit = Integer.highestOneBit(n);
    }

    void set(int i, double w) {
        double delta = w - weight[i];
        if (delta == 0) return;
        weight[i] = w;
        for (int k = i + 1; k <= n; k += k & -k) tree[k] += delta;
    }

    /** Adds to one weight: the common case of a child joining or leaving a stratum. */
    void add(int i, double delta) {
        weight[i] += delta;
        for (int k = i + 1; k <= n; k += k & -k) tree[k] += delta;
    }

    double total() {
        double s = 0;
        for (int k = n; k > 0; k -= k & -k) s += tree[k];
        return s;
    }

    /** The index i whose cumulative weight interval contains u (0 <= u < total). */
    int find(double u) {
        int pos = 0;
        for (int step = topBit; step > 0; step >>= 1) {
            int next = pos + step;
            if (next <= n && tree[next] <= u) {
                pos = next;
                u -= tree[next];
            }
        }
        return Math.min(pos, n - 1);
    }

    /** Recomputes the tree from the weights, clearing accumulated rounding. */
    void rebuild() {
        java.util.Arrays.fill(tree, 0);
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k <= n; k += k & -k) tree[k] += weight[i];
        }
    }
}
