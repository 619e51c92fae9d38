package org.cpsim.experiments.england;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.io.ObservedData;

/**
 * Each authority's levels straight from its published figures, before any calibration: its rates of
 * children in need, referrals and looked-after children relative to England's (2012-13 and 2013-14,
 * the years with per-authority figures for all four), shrunk towards England's ({@link RelativeRate}).
 *
 * <ul>
 *   <li>{@code needOnsetMultiplier}: the relative rate of children in need at 31 March, the broadest count
 *       of the need an authority meets;</li>
 *   <li>{@code concernRateMultiplier}: the relative referral rate over that need level (referrals not
 *       explained by more need are read as agencies referring more readily);</li>
 *   <li>{@code careEntryOddsMultiplier}: the relative rate of looked-after children over the need level;</li>
 *   <li>{@code thresholdShift}: 0 (England's thresholds): the figures alone do not tell a threshold from need;</li>
 *   <li>{@code referralThresholdShift} and {@code protectionThresholdShift}: 0 (England's bars): the referrals
 *       over need are read as concern, and CP plans have no first estimate of their own.</li>
 * </ul>
 * A first estimate, labelled as such in every comment: the model's response is not proportional (a
 * referral rate rises with need as well as concern; a share of referrals is of children with no need),
 * so a calibration of every authority (a levels file) should replace it.
 */
final class FirstEstimate {
    static final List<String> YEARS = List.of("2012-13", "2013-14");
    static final String NEED = "cin_at_31_march", REFERRALS = "referrals", LOOKED_AFTER = "looked_after_at_31_march";

    /** One authority's first-estimate relative rates. */
    record Rates(RelativeRate need, RelativeRate referrals, RelativeRate lookedAfter) {
        double needOnset() { return need.ratio(); }
        double concern() { return referrals.ratio() / need.ratio(); }
        double careEntryOdds() { return lookedAfter.ratio() / need.ratio(); }
    }

    private final Map<String, Rates> byAuthority = new HashMap<>();

    /**
     * @param denominators each authority's child population by year ({@link #YEARS}), published or estimated
     */
    FirstEstimate(List<String> authorities, LocalFigures figures, Map<String, Map<String, Double>> denominators, double priorEvents) {
        Map<String, Double> england = new HashMap<>();
        for (String indicator : List.of(NEED, REFERRALS, LOOKED_AFTER)) england.put(indicator, englandRate(authorities, figures, denominators, indicator));
        for (String a : authorities) {
            byAuthority.put(a, new Rates(relative(a, NEED, figures, denominators, england.get(NEED), priorEvents),
                    relative(a, REFERRALS, figures, denominators, england.get(REFERRALS), priorEvents),
                    relative(a, LOOKED_AFTER, figures, denominators, england.get(LOOKED_AFTER), priorEvents)));
        }
    }

    Rates of(String authority) { return byAuthority.get(authority); }

    /** England's rate per child: the sum of published counts over the children of the authorities that publish them. */
    private static double englandRate(List<String> authorities, LocalFigures figures, Map<String, Map<String, Double>> denominators, String indicator) {
        double count = 0, children = 0;
        for (String a : authorities) {
            for (String y : YEARS) {
                var o = figures.find(a, indicator, y);
                if (o.isEmpty()) continue;
                count += o.get().value();
                children += denominators.get(a).get(y);
            }
        }
        return children > 0 ? count / children : 0;
    }

    private static RelativeRate relative(String a, String indicator, LocalFigures figures, Map<String, Map<String, Double>> denominators,
                                         double englandRate, double priorEvents) {
        double observed = 0, expected = 0;
        List<String> years = new ArrayList<>();
        for (String y : YEARS) {
            var o = figures.find(a, indicator, y);
            if (o.isEmpty()) continue;
            ObservedData.Observation row = o.get();
            observed += row.value();
            expected += englandRate * denominators.get(a).get(y);
            years.add(y);
        }
        return new RelativeRate(indicator, observed, expected, priorEvents, years);
    }
}
