package org.cpsim.experiments.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.jfree.chart.JFreeChart;

/**
 * The charts every results folder gets, chosen by what the folder holds: time series for a run or a
 * comparison, paired differences for a comparison, response curves for a sweep, rankings for a
 * sensitivity analysis, observed against simulated for a fit. Each chart is written as PNG and SVG.
 * {@code run}, {@code compare} and {@code sweep} call {@link #writeFor(Path)} once their results are in place.
 */
public final class DefaultCharts {
    /** Where charts go inside a results folder. */
    public static final String FOLDER = "charts";

    /** Indicators charted when none are asked for: the ones a policy question is usually about, in order of interest. */
    static final List<Indicator> HEADLINE = List.of(Indicator.SINGLE_ASSESSMENT_MEDIAN_WD, Indicator.HARM_DAYS_PER_10K,
            Indicator.NEED_TO_HELP_DAYS_MEDIAN, Indicator.RE_REFERRALS_WITHIN_12M_PCT, Indicator.REFERRAL_RATE_PER_10K,
            Indicator.CP_PLAN_RATE_PER_10K, Indicator.CIN_RATE_PER_10K, Indicator.ASSESSMENT_ACCURACY_PCT,
            Indicator.SW_TURNOVER_RATE_FTE_PCT, Indicator.COST_TOTAL_GBP);

    /**
     * What to chart, beyond what the folder holds.
     *
     * @param year the statistical year of a comparison's difference chart, or null for {@link YearChoice}'s
     */
    public record Options(List<String> indicators, List<PolicyChange> policyChanges, String year) {
        public Options {
            indicators = List.copyOf(indicators);
            policyChanges = List.copyOf(policyChanges);
        }

        public Options(List<String> indicators, List<PolicyChange> policyChanges) { this(indicators, policyChanges, null); }

        public static Options defaults() { return new Options(List.of(), List.of()); }
    }

    private DefaultCharts() {}

    /** Writes the default charts into {@code <folder>/charts}; returns the files written. */
    public static List<Path> writeFor(Path folder) throws IOException {
        return writeFor(folder, folder.resolve(FOLDER), Options.defaults());
    }

    /** Writes the default charts for a results folder into {@code out}; returns the files written. */
    public static List<Path> writeFor(Path folder, Path out, Options options) throws IOException {
        Analysis analysis = Analysis.read(List.of(folder));
        List<Path> written = new ArrayList<>();
        for (Named chart : charts(analysis, options, ChartStyle.FILE)) written.addAll(ChartFiles.write(chart.chart(), ChartStyle.FILE, out, chart.name()));
        return written;
    }

    /** A chart and the file name (without extension) it is written under. */
    record Named(String name, JFreeChart chart) {}

    static List<Named> charts(Analysis analysis, Options options, ChartSize size) {
        List<Named> charts = new ArrayList<>();
        // Dates given on the command line are for results whose manifest has no timeline, so they win.
        List<PolicyChange> changes = options.policyChanges().isEmpty() ? PolicyMarkers.choose(analysis.manifest().timelines()) : options.policyChanges();
        ScenarioLabels labels = ScenarioLabels.of(analysis.manifest());
        analysis.summary().ifPresent(summary -> {
            for (String indicator : indicators(options, summary.indicators())) {
                Period.Kind kind = summary.has(indicator, Period.Kind.YEAR) ? Period.Kind.YEAR : Period.Kind.MONTH;
                if (!summary.has(indicator, kind)) continue;
                charts.add(new Named("timeseries-" + indicator, timeSeries(summary, indicator, kind, changes, labels)));
            }
        });
        analysis.comparison().ifPresent(comparison -> {
            List<String> years = comparison.years();
            if (years.isEmpty()) return;
            String year = year(analysis, options).map(YearChoice.Choice::year).orElseThrow();
            List<String> present = comparison.rows().stream().map(Difference::indicator).distinct().toList();
            List<Difference> rows = Headlines.differences(comparison, indicators(options, present), year, Headlines.MAX_ROWS)
                    .stream().map(labels::relabel).toList();
            if (!rows.isEmpty()) charts.add(new Named("differences-" + year, DifferenceChart.create(rows)));
        });
        analysis.sweep().ifPresent(sweep -> {
            for (String outcome : sweep.outcomes()) {
                if (!options.indicators().isEmpty() && !options.indicators().contains(outcome)) continue;
                charts.add(new Named("sweep-" + outcome, SweepChart.create(sweep, outcome)));
            }
        });
        analysis.sensitivity().ifPresent(sensitivity -> {
            for (String outcome : sensitivity.outcomes()) {
                if (!options.indicators().isEmpty() && !options.indicators().contains(outcome)) continue;
                for (String method : sensitivity.methods(outcome)) {
                    charts.add(new Named("sensitivity-" + outcome + "-" + fileSafe(method),
                            SensitivityChart.create(outcome, method, sensitivity.ranking(outcome, method))));
                }
            }
        });
        analysis.fit().ifPresent(fit -> {
            for (String indicator : fit.indicators()) {
                if (!options.indicators().isEmpty() && !options.indicators().contains(indicator)) continue;
                charts.add(new Named("fit-" + indicator, fit.byAuthority() ? AuthorityFitChart.create(indicator, fit.series(indicator))
                        : FitChart.create(indicator, fit.series(indicator))));
            }
        });
        return charts;
    }

    /** The year a folder's difference chart shows, and why; empty when the folder holds no comparison. */
    public static java.util.Optional<YearChoice.Choice> comparisonYear(Path folder, Options options) {
        return year(Analysis.read(List.of(folder)), options);
    }

    private static java.util.Optional<YearChoice.Choice> year(Analysis analysis, Options options) {
        if (analysis.comparison().isEmpty() || analysis.comparison().get().years().isEmpty()) return java.util.Optional.empty();
        List<String> years = analysis.comparison().get().years();
        if (options.year() == null) return java.util.Optional.of(analysis.manifest().year(years));
        if (!years.contains(options.year())) {
            throw new ReportInputException("no year " + options.year() + " in comparison.csv; it has " + years.get(0) + " to " + years.get(years.size() - 1));
        }
        return java.util.Optional.of(new YearChoice.Choice(options.year(), "as asked (--year)"));
    }

    static JFreeChart timeSeries(SummaryTable summary, String indicator, Period.Kind kind, List<PolicyChange> changes) {
        return timeSeries(summary, indicator, kind, changes, ScenarioLabels.none());
    }

    static JFreeChart timeSeries(SummaryTable summary, String indicator, Period.Kind kind, List<PolicyChange> changes, ScenarioLabels labels) {
        List<TimeSeriesChart.Series> series = new ArrayList<>();
        for (String s : summary.scenarios()) series.add(new TimeSeriesChart.Series(labels.label(s), summary.series(s, indicator, kind)));
        return TimeSeriesChart.create(indicator, series, changes, kind);
    }

    /** The indicators asked for, or the headline ones the results hold. */
    private static List<String> indicators(Options options, java.util.Collection<String> present) {
        if (!options.indicators().isEmpty()) return options.indicators().stream().filter(present::contains).toList();
        return HEADLINE.stream().map(Indicator::id).filter(present::contains).toList();
    }

    private static String fileSafe(String s) { return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-"); }
}
