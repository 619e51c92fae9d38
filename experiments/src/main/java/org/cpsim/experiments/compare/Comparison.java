package org.cpsim.experiments.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/**
 * Every variant against the baseline (the first scenario), for every indicator in every period,
 * from replications paired by number.
 *
 * @param differences by variant, then period, then indicator
 */
public record Comparison(String baseline, List<String> variants, List<Period> periods, List<PairedDifference> differences) {

    public Comparison {
        variants = List.copyOf(variants);
        periods = List.copyOf(periods);
        differences = List.copyOf(differences);
    }

    /** @param byScenario each scenario's replications (in replication order), the baseline first */
    public static Comparison of(List<List<RunResult>> byScenario) {
        if (byScenario.size() < 2) throw new IllegalArgumentException("a comparison needs a baseline and at least one variant");
        List<RunResult> base = byScenario.get(0);
        List<Period> periods = base.get(0).periods();
        for (List<RunResult> runs : byScenario) {
            if (runs.size() != base.size()) throw new IllegalArgumentException("scenarios with different numbers of replications");
            for (int r = 0; r < runs.size(); r++) {
                if (runs.get(r).replication() != base.get(r).replication()) throw new IllegalArgumentException("replications out of step: pairing needs the same numbers");
                if (!runs.get(r).periods().equals(periods)) throw new IllegalArgumentException(runs.get(r).scenario() + " reports different periods from " + base.get(0).scenario());
            }
        }
        List<String> variants = new ArrayList<>();
        List<PairedDifference> out = new ArrayList<>();
        double[] b = new double[base.size()], v = new double[base.size()];
        for (List<RunResult> variant : byScenario.subList(1, byScenario.size())) {
            String name = variant.get(0).scenario();
            variants.add(name);
            for (int p = 0; p < periods.size(); p++) {
                for (Indicator i : Indicator.values()) {
                    for (int r = 0; r < base.size(); r++) {
                        b[r] = base.get(r).value(p, i);
                        v[r] = variant.get(r).value(p, i);
                    }
                    out.add(PairedDifference.of(i, periods.get(p).label(), base.get(0).scenario(), name, b, v));
                }
            }
        }
        return new Comparison(base.get(0).scenario(), variants, periods, out);
    }

    public PairedDifference get(String variant, String period, Indicator indicator) {
        int v = variants.indexOf(variant);
        int p = -1;
        for (int i = 0; i < periods.size(); i++) if (periods.get(i).label().equals(period)) p = i;
        if (v < 0 || p < 0) throw new IllegalArgumentException("no " + variant + " in " + period);
        return differences.get((v * periods.size() + p) * Indicator.values().length + indicator.ordinal());
    }

    /** The last statistical year reported, where headline differences are read. */
    public Period lastYear() {
        Period last = null;
        for (Period p : periods) if (p.kind() == Period.Kind.YEAR) last = p;
        if (last == null) throw new IllegalStateException("no statistical year reported");
        return last;
    }

    /** The statistical years reported, in order ({@code 2011-12}). */
    public List<String> years() {
        List<String> out = new ArrayList<>();
        for (Period p : periods) if (p.kind() == Period.Kind.YEAR) out.add(p.label());
        return out;
    }

    /** For each variant, the differences of these indicators in the last year. */
    public Map<String, List<PairedDifference>> headline(List<Indicator> indicators) {
        return headline(indicators, lastYear().label());
    }

    /** For each variant, the differences of these indicators in one statistical year. */
    public Map<String, List<PairedDifference>> headline(List<Indicator> indicators, String year) {
        Map<String, List<PairedDifference>> out = new LinkedHashMap<>();
        for (String v : variants) {
            List<PairedDifference> list = new ArrayList<>();
            for (Indicator i : indicators) list.add(get(v, year, i));
            out.put(v, list);
        }
        return out;
    }
}
