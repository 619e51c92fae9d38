package org.cpsim.experiments.report;

import java.util.ArrayList;
import java.util.List;

import org.cpsim.experiments.output.BuildInfo;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * What goes on the one page, decided from the results (the AQuA Book's order): the question, the
 * answer with ranges, two or three charts, the headline differences, the assumptions that drive the
 * answer rated by sensitivity and by evidence, what the analysis must not be used for, and the
 * quality-assurance record. {@link BriefPage} only lays it out.
 */
record BriefContent(
        String title,
        String question,
        String year,
        String baseline,
        List<String> variants,
        List<String> answer,
        List<Difference> headlines,
        List<Figure> figures,
        Drivers drivers,
        EvidenceMix evidence,
        FitStatus fit,
        List<String> limits,
        Quality quality) {

    /** A chart with the title and note that the page sets above and below it. */
    record Figure(String title, String note, String svg) {}

    /** The parameters that move the headline outcome most, from a sensitivity analysis. */
    record Drivers(String outcome, String method, String index, List<Driver> rows, int parameters) {}

    /** @param influence high, medium or low, relative to the most influential parameter */
    record Driver(String parameter, Estimate value, String influence, String evidence) {}

    /** How the model fits observed figures. */
    record FitStatus(int within, int compared, List<String> indicators, String firstYear, String lastYear, double medianAbsoluteErrorPercent) {}

    /** Everything needed to trace and reproduce the results. */
    record Quality(String version, String gitCommit, List<ManifestInfo.Scenario> scenarios, Long seed, Integer replications,
                   String resultsDate, String briefDate, String briefVersion, List<String> folders, List<String> years) {}

    /** Rows of the headline table (and dots in Figure 1) one page holds with everything else. */
    static final int MAX_HEADLINES = 6;
    /** Assumptions listed in the brief: the most influential few. */
    static final int MAX_DRIVERS = 5;
    /** Scenarios listed with their hashes before the page runs out. */
    static final int MAX_SCENARIOS = 4;

    static BriefContent of(Analysis analysis, BriefOptions options) {
        ComparisonTable comparison = analysis.comparison().orElseThrow(() -> new ReportInputException(
                "a brief needs a comparison folder (comparison.csv, written by cpsim compare); got " + folderNames(analysis)));
        List<String> years = comparison.years();
        if (years.isEmpty()) throw new ReportInputException("comparison.csv has no statistical years (period labels such as 2013-14)");
        String year = options.year() != null ? options.year() : analysis.manifest().year(years).year();
        if (!years.contains(year)) throw new ReportInputException("no year " + year + " in comparison.csv; it has " + String.join(", ", years));
        List<String> present = comparison.rows().stream().map(Difference::indicator).distinct().toList();
        List<String> wanted = options.indicators().isEmpty()
                ? DefaultCharts.HEADLINE.stream().map(Indicator::id).filter(present::contains).toList()
                : options.indicators();
        for (String id : wanted) {
            if (!present.contains(id)) throw new ReportInputException("comparison.csv has no indicator " + id);
        }
        ManifestInfo manifest = analysis.manifest();
        // People read the options by their labels; the quality-assurance record keeps names and hashes.
        ScenarioLabels labels = ScenarioLabels.of(manifest);
        List<Difference> headlines = Headlines.differences(comparison, wanted, year, MAX_HEADLINES).stream().map(labels::relabel).toList();
        if (headlines.isEmpty()) throw new ReportInputException("comparison.csv has no differences to report for " + year);
        List<Difference> costs = present.contains(Indicator.COST_TOTAL_GBP.id())
                ? Headlines.differences(comparison, List.of(Indicator.COST_TOTAL_GBP.id()), year, comparison.variants().size()).stream().map(labels::relabel).toList()
                : List.of();
        String baseline = labels.label(comparison.baselines().get(0));
        List<String> variants = labels.labels(comparison.variants());

        String title = options.title() != null ? options.title()
                : variants.size() == 1 ? variants.get(0) + " compared with " + baseline : "Options compared with " + baseline;
        String question = options.question() != null ? options.question()
                : "What would " + String.join(" or ", variants) + " change for children and services, compared with " + baseline + "?";
        List<Figure> figures = figures(analysis, headlines, manifest, labels);
        Drivers drivers = analysis.sensitivity().map(s -> drivers(s, headlines, manifest)).orElse(null);
        FitStatus fit = analysis.fit().map(BriefContent::fitStatus).orElse(null);
        Integer replications = manifest.replications() != null ? manifest.replications()
                : analysis.summary().map(SummaryTable::replications).filter(n -> n > 0).orElse(headlines.get(0).n() > 0 ? headlines.get(0).n() : null);
        Quality quality = new Quality(manifest.version(), manifest.gitCommit(), manifest.scenarios(), manifest.seed(), replications,
                manifest.finished(), options.today().toString(), BuildInfo.version(),
                analysis.folders().stream().map(f -> f.path().toString()).toList(), years);
        return new BriefContent(title, question, year, baseline, variants, Answer.sentences(headlines, costs), headlines, figures, drivers,
                EvidenceMix.of(manifest.parameters()), fit, limits(variants, baseline, years, replications, drivers != null, fit != null), quality);
    }

    private static String folderNames(Analysis analysis) {
        return String.join(", ", analysis.folders().stream().map(f -> f.path() + " (" + f.kinds() + ")").toList());
    }

    /** Differences first (the answer), then the headline indicator over time, then what the third slot can best show. */
    private static List<Figure> figures(Analysis analysis, List<Difference> headlines, ManifestInfo manifest, ScenarioLabels labels) {
        List<Figure> out = new ArrayList<>();
        Difference first = headlines.get(0);
        out.add(figure(DifferenceChart.create(headlines), out.size() + 1, "Difference from " + first.baseline() + " in " + first.period()));
        List<String> indicators = headlines.stream().map(Difference::indicator).distinct().toList();
        List<PolicyChange> changes = PolicyMarkers.choose(manifest.timelines());
        SummaryTable summary = analysis.summary().orElse(null);
        List<String> charted = indicators.stream().filter(i -> summary != null && summary.has(i, Period.Kind.YEAR)).toList();
        if (!charted.isEmpty()) out.add(overTime(summary, charted.get(0), changes, out.size() + 1, labels));
        if (analysis.sensitivity().isPresent()) {
            SensitivityTable s = analysis.sensitivity().get();
            String outcome = indicators.stream().filter(s.outcomes()::contains).findFirst().orElse(s.outcomes().get(0));
            String method = s.methods(outcome).get(0);
            out.add(figure(SensitivityChart.create(outcome, method, s.ranking(outcome, method)), out.size() + 1,
                    "What drives " + IndicatorText.plain(outcome)));
        } else if (analysis.fit().isPresent()) {
            FitTable f = analysis.fit().get();
            String indicator = indicators.stream().filter(f.indicators()::contains).findFirst().orElse(f.indicators().get(0));
            out.add(figure(FitChart.create(indicator, f.series(indicator)), out.size() + 1,
                    IndicatorText.label(indicator) + ": model and observed"));
        } else if (charted.size() > 1) {
            out.add(overTime(summary, charted.get(1), changes, out.size() + 1, labels));
        }
        return out;
    }

    private static Figure overTime(SummaryTable summary, String indicator, List<PolicyChange> changes, int number, ScenarioLabels labels) {
        String unit = IndicatorText.isMoney(indicator) ? "\u00a3" : IndicatorText.unit(indicator);
        return figure(DefaultCharts.timeSeries(summary, indicator, Period.Kind.YEAR, changes, labels), number,
                IndicatorText.label(indicator) + " by year" + (unit.isEmpty() ? "" : " (" + unit + ")"));
    }

    /** The chart's subtitle becomes the note under it; the caption replaces its title, shorter to fit half a page. */
    private static Figure figure(JFreeChart chart, int number, String caption) {
        String note = "";
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle text) note = text.getText();
        }
        ChartStyle.untitled(chart);
        return new Figure("Figure " + number + ". " + caption, note, ChartFiles.svg(chart, ChartStyle.BRIEF, "fig" + number + "-"));
    }

    private static Drivers drivers(SensitivityTable s, List<Difference> headlines, ManifestInfo manifest) {
        String outcome = headlines.stream().map(Difference::indicator).filter(s.outcomes()::contains).findFirst().orElse(s.outcomes().get(0));
        String method = s.methods(outcome).get(0);
        List<SensitivityTable.Index> ranking = s.ranking(outcome, method);
        double top = ranking.stream().mapToDouble(i -> i.value().mean()).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
        List<Driver> rows = new ArrayList<>();
        for (SensitivityTable.Index i : ranking.subList(0, Math.min(MAX_DRIVERS, ranking.size()))) {
            double share = i.value().mean() / top;
            String influence = Double.isNaN(share) ? "not known" : share >= 0.5 ? "high" : share >= 0.2 ? "medium" : "low";
            String evidence = EvidenceMix.kindOf(manifest.parameters(), i.parameter());
            rows.add(new Driver(i.parameter(), i.value(), influence, evidence == null ? "not recorded" : evidence));
        }
        return new Drivers(outcome, method, ranking.isEmpty() ? "" : ranking.get(0).index(), rows, ranking.size());
    }

    private static FitStatus fitStatus(FitTable fit) {
        int within = 0, compared = 0;
        List<Double> errors = new ArrayList<>();
        String first = null, last = null;
        for (FitTable.Point p : fit.points()) {
            if (Double.isNaN(p.observed())) continue;
            compared++;
            if (p.withinInterval()) within++;
            if (!Double.isNaN(p.relativeError())) errors.add(Math.abs(p.relativeError()) * 100);
            if (first == null || PeriodLabels.firstYear(p.year()) < PeriodLabels.firstYear(first)) first = p.year();
            if (last == null || PeriodLabels.firstYear(p.year()) > PeriodLabels.firstYear(last)) last = p.year();
        }
        errors.sort(Double::compare);
        double median = errors.isEmpty() ? Double.NaN
                : errors.size() % 2 == 1 ? errors.get(errors.size() / 2) : (errors.get(errors.size() / 2 - 1) + errors.get(errors.size() / 2)) / 2;
        return new FitStatus(within, compared, fit.indicators(), first, last, median);
    }

    private static List<String> limits(List<String> variants, String baseline, List<String> years, Integer replications,
                                       boolean sensitivityAssessed, boolean fitGiven) {
        List<String> out = new ArrayList<>();
        out.add("Decisions about individual children or families, or judging a named authority: the model is an England-like system "
                + "(or one authority's size and level), not a replica of a real one.");
        out.add("Forecasting published statistics: it compares options under shared assumptions; levels rest on calibration"
                + (fitGiven ? " (see below)." : ", not assessed here."));
        out.add("Options or years outside those simulated: " + baseline + " and " + String.join(", ", variants) + ", "
                + years.get(0) + " to " + years.get(years.size() - 1) + ".");
        out.add("Reading the ranges as the whole uncertainty: they show chance variation between "
                + (replications == null ? "" : replications + " ") + "replications, not doubt about the assumptions"
                + (sensitivityAssessed ? " (rated above)." : ", which was not assessed."));
        return out;
    }
}
