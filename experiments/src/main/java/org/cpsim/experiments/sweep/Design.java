package org.cpsim.experiments.sweep;

import java.util.List;

import org.cpsim.experiments.io.Origin;

/** How a sweep chooses its points from the parameters' values. */
public sealed interface Design permits Design.Grid, Design.LatinHypercube, Design.Listed {

    /** A name for manifests and messages. */
    String describe();

    /** Every combination of every parameter's values (a range gives its {@code levels}); the first parameter varies slowest. */
    record Grid() implements Design {
        @Override public String describe() { return "grid"; }
    }

    /**
     * A Latin hypercube of {@code points} points: each parameter's range is cut into that many equal
     * strata and each stratum is sampled exactly once (McKay, Beckman and Conover 1979).
     */
    record LatinHypercube(int points) implements Design {
        @Override public String describe() { return "latin_hypercube points=" + points; }
    }

    /** Points written out one by one, each giving a value for every parameter. */
    record Listed(List<ListedPoint> points) implements Design {
        public Listed {
            points = List.copyOf(points);
        }

        @Override public String describe() { return "list points=" + points.size(); }
    }

    /** @param values one value (YAML text) per parameter, in the parameters' order */
    record ListedPoint(List<String> values, Origin origin) {
        public ListedPoint {
            values = List.copyOf(values);
        }
    }
}
