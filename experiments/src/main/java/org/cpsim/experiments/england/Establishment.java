package org.cpsim.experiments.england;

import java.util.Locale;

import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ScenarioException;

/**
 * An authority's funded case-holding posts from its own workforce census (30 Sep 2017, filed 2017-18,
 * the first individual-level census and the only per-authority year in data/): case holders FTE /
 * (1 - vacancy rate), as England's {@code workforce.fundedPostsPer10kChildren} is derived, per 10,000 of
 * its modelled children; as a multiplier of the scenario's national value. Where the authority has no
 * row, England's rate per 10,000 children (multiplier 1).
 */
final class Establishment {
    static final String YEAR = "2017-18", CASE_HOLDERS = "sw_case_holders_fte", VACANCY = "sw_vacancy_rate_fte_pct";

    /** The multiplier of the national posts per 10,000 children, and why. */
    record Posts(double multiplier, String source) {}

    private Establishment() {}

    static Posts of(String authority, int children, LocalFigures figures, String cite, double nationalPer10k, String nationalCite) {
        var holders = figures.find(authority, CASE_HOLDERS, YEAR);
        var vacancy = figures.find(authority, VACANCY, YEAR);
        if (holders.isEmpty() || vacancy.isEmpty()) {
            String missing = holders.isEmpty() ? CASE_HOLDERS : VACANCY;
            return new Posts(1, String.format(Locale.ROOT, "assumption: England's %s posts per 10,000 children (%s); %s has no %s %s row in %s "
                    + "(withheld, or a joint service's row given to neither authority: data/LA_README.md)",
                    Populations.number(nationalPer10k), nationalCite, authority, missing, YEAR, cite));
        }
        ObservedData.Observation v = vacancy.get(), h = holders.get();
        if (v.value() >= 100) {
            throw new ScenarioException(new Origin(figures.file().toString(), v.line()), "value", "a vacancy rate in percent below 100", Populations.number(v.value()));
        }
        double posts = h.value() / (1 - v.value() / 100);
        double per10k = posts / children * 10_000;
        return new Posts(per10k / nationalPer10k, String.format(Locale.ROOT,
                "%s lines %d, %d: %s %s %s / (1 - %s%% vacancies) = %.1f posts, %.2f per 10,000 of its children against England's %s (%s)",
                cite, h.line(), v.line(), CASE_HOLDERS, YEAR, Populations.number(h.value()), Populations.number(v.value()), posts, per10k,
                Populations.number(nationalPer10k), nationalCite));
    }
}
