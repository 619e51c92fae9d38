package org.cpsim.experiments.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What the user asked of a brief.
 *
 * @param title      the heading, or null for one made from the scenario names
 * @param question   the question in one line, or null for one made from the scenario names
 * @param indicators headline indicators in order of importance, or empty for {@link DefaultCharts#HEADLINE}
 * @param year       the statistical year to report ({@code 2015-16}), or null for {@link YearChoice}'s
 * @param today      the date printed as the brief's date
 */
public record BriefOptions(String title, String question, List<String> indicators, String year, LocalDate today) {
    public BriefOptions {
        indicators = List.copyOf(indicators);
    }
}
