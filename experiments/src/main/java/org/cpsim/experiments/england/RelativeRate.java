package org.cpsim.experiments.england;

import java.util.List;
import java.util.Locale;

/**
 * An authority's rate of one indicator relative to England's, shrunk towards England's: Poisson counts
 * with a gamma prior of mean 1 worth {@code priorEvents} events, so the estimate is
 * {@code (observed + k) / (expected + k)}, expected being England's rate times the authority's children.
 * A large authority's estimate is its own ratio; one with few expected events (the Isles of Scilly, the
 * City of London) borrows from England, and one with no published figure (suppressed) is England's.
 *
 * @param observed the authority's count over the years it has one
 * @param expected England's rate per child times the authority's child-years over the same years
 * @param years    the years counted (empty: no figure, ratio 1)
 */
record RelativeRate(String indicator, double observed, double expected, double priorEvents, List<String> years) {

    double ratio() { return years.isEmpty() ? 1 : (observed + priorEvents) / (expected + priorEvents); }

    /** The raw (unshrunk) ratio, for the source comment. */
    double raw() { return expected > 0 ? observed / expected : Double.NaN; }

    String describe() {
        if (years.isEmpty()) return indicator + " not published for " + String.join(" or ", FirstEstimate.YEARS) + " (suppressed or not returned): England's rate";
        return String.format(Locale.ROOT, "%s %s %.0f against %.0f at England's rate (x%.3f, shrunk x%.3f)",
                indicator, String.join(" + ", years), observed, expected, raw(), ratio());
    }
}
