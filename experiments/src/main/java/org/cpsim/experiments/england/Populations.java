package org.cpsim.experiments.england;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ScenarioException;

/**
 * Each authority's child population (0-17): the ONS mid-2012 estimate (filed 2012-13), the first year
 * with per-authority referral, CIN and CP figures and the year the calibrated England's population comes
 * from; the model keeps it level. Where ONS gives none (Bournemouth, Poole and Dorset: post-2019
 * boundaries), the mid-2009 estimate of SFR 27/2010 scaled by England's growth from mid-2009 to mid-2012
 * over the authorities that have both. Also the denominators of each year's rates.
 */
final class Populations {
    static final String INDICATOR = "child_population_0_17";
    static final String MODEL_YEAR = "2012-13", FALLBACK_YEAR = "2009-10";

    /** An authority's modelled children and where the figure comes from. */
    record Children(int count, String source) {}

    private final Map<String, Children> children = new HashMap<>();
    private final Map<String, Map<String, Double>> denominators = new HashMap<>();
    private final double growth;

    Populations(AuthorityTable table, LocalFigures figures, String figuresCite, String tableCite) {
        double with2009 = 0, with2012 = 0;
        for (AuthorityTable.Row r : table.rows()) {
            var y2012 = figures.find(r.name(), INDICATOR, MODEL_YEAR);
            var y2009 = figures.find(r.name(), INDICATOR, FALLBACK_YEAR);
            if (y2012.isPresent() && r.children2012().isPresent() && y2012.get().value() != r.children2012().getAsInt()) {
                throw new ScenarioException(new Origin(figures.file().toString(), y2012.get().line()), "value",
                        "the same child population as " + table.file() + " line " + r.line() + " (" + r.children2012().getAsInt() + ")",
                        number(y2012.get().value()));
            }
            if (y2012.isPresent() && y2009.isPresent()) {
                with2012 += y2012.get().value();
                with2009 += y2009.get().value();
            }
        }
        growth = with2009 > 0 ? with2012 / with2009 : 1;
        for (AuthorityTable.Row r : table.rows()) {
            var y2012 = figures.find(r.name(), INDICATOR, MODEL_YEAR);
            Children c;
            if (y2012.isPresent()) {
                c = new Children((int) Math.round(y2012.get().value()), String.format(Locale.ROOT,
                        "%s line %d: %s %s, ONS mid-2012 estimate", figuresCite, y2012.get().line(), INDICATOR, MODEL_YEAR));
            } else {
                ObservedData.Observation y2009 = figures.find(r.name(), INDICATOR, FALLBACK_YEAR).orElseThrow(() -> new ScenarioException(
                        new Origin(table.file().toString(), r.line()), AuthorityTable.POPULATION_2012,
                        "a child population: " + INDICATOR + " " + MODEL_YEAR + " or " + FALLBACK_YEAR + " for " + r.name() + " in " + figures.file(),
                        "neither"));
                c = new Children((int) Math.round(y2009.value() * growth), String.format(Locale.ROOT,
                        "%s line %d: %s %s %s (mid-2009, SFR 27/2010) x %.4f, England's growth mid-2009 to mid-2012 (no ONS mid-2012 figure: %s line %d)",
                        figuresCite, y2009.line(), INDICATOR, FALLBACK_YEAR, number(y2009.value()), growth, tableCite, r.line()));
            }
            children.put(r.name(), c);
            Map<String, Double> byYear = new HashMap<>();
            for (String y : FirstEstimate.YEARS) {
                byYear.put(y, figures.find(r.name(), INDICATOR, y).map(ObservedData.Observation::value).orElse((double) c.count()));
            }
            denominators.put(r.name(), byYear);
        }
    }

    Children of(String authority) { return children.get(authority); }

    /** Child population by year of {@link FirstEstimate#YEARS}: published, else the modelled children. */
    Map<String, Map<String, Double>> denominators() { return denominators; }

    /** England's child population growth from mid-2009 to mid-2012 over the authorities with both. */
    double growth() { return growth; }

    int total(List<String> authorities) { return authorities.stream().mapToInt(a -> children.get(a).count()).sum(); }

    static String number(double v) { return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v); }
}
