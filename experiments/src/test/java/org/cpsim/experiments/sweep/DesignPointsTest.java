package org.cpsim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.io.Origin;
import org.junit.jupiter.api.Test;

class DesignPointsTest {
    static final Origin AT = new Origin("sweep.yaml", 1);

    static Parameter values(String path, String... values) {
        return new Parameter(path, Parameter.Kind.LEVER, new Parameter.Values(List.of(values)), AT);
    }

    static Parameter range(String path, double min, double max, int levels) {
        return new Parameter(path, Parameter.Kind.UNCERTAINTY, new Parameter.Range(min, max, levels, false), AT);
    }

    @Test
    void aGridIsEveryCombinationWithTheFirstParameterSlowest() {
        List<DesignPoint> points = DesignPoints.of(new Design.Grid(),
                List.of(values("a", "0", "90"), values("b", "prescribed", "local_framework"), range("c", 0.08, 0.18, 3)), null);
        assertEquals(12, points.size());
        assertEquals(List.of("0", "prescribed", "0.08"), points.get(0).values());
        assertEquals(List.of("0", "prescribed", "0.13"), points.get(1).values());
        assertEquals(List.of("0", "prescribed", "0.18"), points.get(2).values());
        assertEquals(List.of("0", "local_framework", "0.08"), points.get(3).values());
        assertEquals(List.of("90", "local_framework", "0.18"), points.get(11).values());
        for (int i = 0; i < points.size(); i++) assertEquals(i, points.get(i).index());
    }

    @Test
    void aLatinHypercubeSamplesEveryStratumOfEveryRangeExactlyOnce() {
        int n = 50;
        List<Parameter> parameters = List.of(range("a", 0, 90, 0), range("b", 0.08, 0.18, 0), values("c", "prescribed", "local_framework"));
        List<DesignPoint> points = DesignPoints.of(new Design.LatinHypercube(n), parameters, DesignRandom.stream(7, "latin-hypercube"));
        assertEquals(n, points.size());
        for (int j = 0; j < 2; j++) {
            Parameter.Range r = (Parameter.Range) parameters.get(j).domain();
            boolean[] seen = new boolean[n];
            for (DesignPoint p : points) {
                double u = r.unit(Double.parseDouble(p.values().get(j)));
                int stratum = (int) Math.floor(u * n);
                assertFalse(seen[stratum], "stratum " + stratum + " of " + parameters.get(j).path() + " sampled twice");
                seen[stratum] = true;
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (DesignPoint p : points) counts.merge(p.values().get(2), 1, Integer::sum);
        assertEquals(Map.of("prescribed", 25, "local_framework", 25), counts, "a list of values is stratified too");
    }

    @Test
    void aLatinHypercubeDependsOnlyOnItsSeed() {
        List<Parameter> parameters = List.of(range("a", 0, 1, 0), range("b", 0, 1, 0));
        List<DesignPoint> a = DesignPoints.of(new Design.LatinHypercube(10), parameters, DesignRandom.stream(1, "latin-hypercube"));
        List<DesignPoint> b = DesignPoints.of(new Design.LatinHypercube(10), parameters, DesignRandom.stream(1, "latin-hypercube"));
        List<DesignPoint> c = DesignPoints.of(new Design.LatinHypercube(10), parameters, DesignRandom.stream(2, "latin-hypercube"));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void aListIsTakenAsWritten() {
        Origin line7 = new Origin("sweep.yaml", 7);
        List<DesignPoint> points = DesignPoints.of(new Design.Listed(List.of(
                new Design.ListedPoint(List.of("30", "prescribed"), line7),
                new Design.ListedPoint(List.of("60", "local_framework"), new Origin("sweep.yaml", 8)))),
                List.of(values("a", "30", "60"), values("b", "prescribed", "local_framework")), null);
        assertEquals(2, points.size());
        assertEquals(List.of("30", "prescribed"), points.get(0).values());
        assertEquals(line7, points.get(0).assignments(List.of(values("a"), values("b"))).get(1).origin(), "errors point at the point's line");
        assertEquals("a=60, b=local_framework", points.get(1).describe(List.of(values("a"), values("b"))));
    }

    @Test
    void rangesWriteValuesToEightSignificantDigitsOrWholeNumbers() {
        Parameter.Range r = new Parameter.Range(0.08, 0.18, 0, false);
        assertEquals("0.13", r.at(0.5));
        assertEquals("0.11333333", r.at(1.0 / 3));
        assertEquals("7", new Parameter.Range(5, 10, 0, true).at(0.41));
        assertEquals("0", new Parameter.Range(-1, 1, 0, false).at(0.5));
        List<String> levels = new ArrayList<>();
        Parameter.Range four = new Parameter.Range(0, 90, 4, false);
        for (int i = 0; i < 4; i++) levels.add(four.level(i));
        assertEquals(List.of("0", "30", "60", "90"), levels);
    }
}
