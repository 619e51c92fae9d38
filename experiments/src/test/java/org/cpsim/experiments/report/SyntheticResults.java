package org.cpsim.experiments.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.output.Csv;

/**
 * Results folders in the formats the other verbs write (run, compare, sweep, sensitivity, calibrate),
 * filled with plausible made-up numbers, so charts and briefs can be tested without running the model.
 * The first scenario is the baseline; each later one changes policy from statistical year 2011-12.
 */
public final class SyntheticResults {
    public static final String BASELINE = "england-baseline";
    public static final String VARIANT = "local-framework";
    static final int FIRST_YEAR = 2009;
    static final int YEARS = 7;
    static final int REPLICATIONS = 30;
    static final String SHA = "3f1c2a9be0d47c6a5f8e21b3d4c5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3";

    /** An indicator's level in the baseline, its change per variant from 2011-12 on, and the half-width of that change's interval. */
    record Effect(String indicator, double level, double change, double halfWidth) {}

    static final List<Effect> EFFECTS = List.of(
            new Effect("single_assessment_median_wd", 31.4, -7.5, 1.4),
            new Effect("harm_days_per_10k", 912, -41, 24),
            new Effect("need_to_help_days_median", 118, -3, 6),
            new Effect("re_referrals_within_12m_pct", 24.1, -1.2, 0.5),
            new Effect("referral_rate_per_10k", 521, 4, 9),
            new Effect("cp_plan_rate_per_10k", 37.9, 0.6, 1.4),
            new Effect("assessment_accuracy_pct", 71.5, 4.1, 1.3),
            new Effect("sw_turnover_rate_fte_pct", 15.2, -0.8, 0.55),
            new Effect("cost_total_gbp", 4_215_000, 52_000, 118_000));

    private SyntheticResults() {}

    /** A comparison folder: comparison.csv, summary.csv, metrics.csv and manifest.json. */
    public static Path comparison(Path dir, String... scenarios) throws IOException {
        Files.createDirectories(dir);
        StringBuilder summary = new StringBuilder("scenario,period,indicator,mean,sd,ci_low,ci_high,n\n");
        StringBuilder comparison = new StringBuilder(String.join(",", ComparisonTable.COLUMNS) + "\n");
        for (int s = 0; s < scenarios.length; s++) {
            for (Effect e : EFFECTS) {
                for (Period p : periods()) {
                    double mean = mean(e, s, p), half = e.level() * 0.02;
                    summary.append(Csv.row(Csv.text(scenarios[s]), p.label(), e.indicator(), Csv.number(mean), Csv.number(half * 2.7),
                            Csv.number(mean - half), Csv.number(mean + half), Integer.toString(REPLICATIONS)));
                }
            }
        }
        for (int s = 1; s < scenarios.length; s++) {
            for (Effect e : EFFECTS) {
                for (Period p : periods()) {
                    double base = mean(e, 0, p), variant = mean(e, s, p), diff = variant - base;
                    double half = p.year() >= 2011 ? e.halfWidth() : e.level() * 0.004;
                    comparison.append(Csv.row(e.indicator(), p.label(), Csv.text(scenarios[0]), Csv.text(scenarios[s]), Csv.number(base),
                            Csv.number(variant), Csv.number(diff), Csv.number(diff - half), Csv.number(diff + half), Integer.toString(REPLICATIONS)));
                }
            }
        }
        write(dir.resolve("summary.csv"), summary.toString());
        write(dir.resolve("comparison.csv"), comparison.toString());
        write(dir.resolve("metrics.csv"), "scenario,replication,period,indicator,value\n");
        write(dir.resolve("manifest.json"), manifest(scenarios));
        return dir;
    }

    /** A month or a statistical year; months come first, as cpsim writes them. */
    record Period(String label, int year, double fraction) {}

    static List<Period> periods() {
        List<Period> out = new ArrayList<>();
        for (int y = 0; y < YEARS; y++) {
            for (int m = 0; m < 12; m++) {
                int month = (3 + m) % 12 + 1, calendarYear = FIRST_YEAR + y + (m >= 9 ? 1 : 0);
                out.add(new Period(String.format("%04dM%02d", calendarYear, month), FIRST_YEAR + y, m / 12.0));
            }
        }
        for (int y = 0; y < YEARS; y++) out.add(new Period(PeriodLabels.yearLabel(FIRST_YEAR + y), FIRST_YEAR + y, -1));
        return out;
    }

    private static double mean(Effect e, int scenario, Period p) {
        double trend = e.level() * (1 + 0.012 * (p.year() - FIRST_YEAR));
        double season = p.fraction() < 0 ? 0 : e.level() * 0.03 * Math.sin(2 * Math.PI * p.fraction());
        double change = p.year() >= 2011 ? e.change() * scenario * Math.min(1, (p.year() - 2010) / 2.0) : 0;
        return trend + season + change;
    }

    private static String manifest(String... scenarios) {
        StringBuilder b = new StringBuilder("{\n  \"version\": \"0.1.0-SNAPSHOT\",\n  \"gitCommit\": \"4a16ebf0c0ffee00000000000000000000000000\",\n")
                .append("  \"seed\": 7,\n  \"replications\": ").append(REPLICATIONS).append(",\n")
                .append("  \"endTime\": \"2026-11-20T10:15:00Z\",\n  \"aFieldFromTheFuture\": {\"x\": [1, 2]},\n  \"scenarios\": [\n");
        for (int s = 0; s < scenarios.length; s++) {
            b.append("    {\"name\": ").append(json(scenarios[s])).append(", \"path\": ").append(json("scenarios/" + scenarios[s] + ".yaml"))
                    .append(", \"sha256\": \"").append(SHA.substring(s) + SHA.substring(0, s)).append("\",\n      \"resolvedScenario\": [");
            int i = 0;
            for (Map.Entry<String, String[]> p : PARAMETERS.entrySet()) {
                b.append(i++ == 0 ? "\n" : ",\n").append("        {\"path\": ").append(json(p.getKey())).append(", \"value\": ").append(json(p.getValue()[0]))
                        .append(", \"source\": ").append(json(p.getValue()[1])).append(", \"kind\": ").append(json(p.getValue()[2])).append("}");
            }
            b.append("],\n      \"timeline\": [\n")
                    .append("        {\"date\": \"2010-04-01\", \"description\": \"Working Together 2010: initial assessments within 10 working days\"},\n")
                    .append("        {\"date\": \"2013-04-01\", \"description\": \"Working Together 2013: single assessment nationally\"}");
            if (s > 0) b.append(",\n        {\"date\": \"2011-03-01\", \"description\": \"Timescales lifted locally: a single assessment\"}");
            b.append("]}").append(s + 1 < scenarios.length ? ",\n" : "\n");
        }
        return b.append("  ]\n}\n").toString();
    }

    /** Parameter path to value, source and kind, as a manifest lists them. */
    static final Map<String, String[]> PARAMETERS = parameters();

    private static Map<String, String[]> parameters() {
        Map<String, String[]> p = new LinkedHashMap<>();
        p.put("name", new String[] {"x", "", "label"});
        p.put("population.children", new String[] {"110000", "data/england_cin_timeseries.csv: child_population_0_17", "data"});
        p.put("agencies.police.contactsPerChildYear", new String[] {"0.031", "data/england_cin_timeseries.csv: referrals by source", "data"});
        p.put("frontDoor.thresholdError", new String[] {"0.18", "calibrated against referrals_nfa_pct 2009-10 to 2012-13", "calibrated"});
        p.put("assessment.prescribed.initialDeadlineWorkingDays", new String[] {"7", "Working Together 2006", "publication"});
        p.put("assessment.prescribed.coreDeadlineWorkingDays", new String[] {"35", "Working Together 2010", "publication"});
        p.put("assessment.accuracyPerDirectHour", new String[] {"0.04", "assumption: no published estimate", "assumption"});
        p.put("assessment.recordingHoursPrescribed", new String[] {"9", "assumption: Munro (2011) describes heavier recording, not its size", "assumption"});
        p.put("earlyHelp.placesPer10kChildren", new String[] {"60", "assumption: spending share as places", "assumption"});
        p.put("earlyHelp.takeUpProbability", new String[] {"0.7", "assumption", "assumption"});
        p.put("need.escalationPerYear", new String[] {"0.35", "calibrated against cin_rate_per_10k", "calibrated"});
        p.put("workforce.annualTurnoverProbability", new String[] {"0.15", "data/workforce_and_costs.csv: sw_turnover_rate_fte_pct", "data"});
        p.put("workforce.stressPerCase", new String[] {"0.05", "assumption", "assumption"});
        p.put("costs.socialWorkerHourGbp", new String[] {"52", "PSSRU Unit Costs 2013-14", "publication"});
        return p;
    }

    /** A sensitivity folder: Morris mu* and sigma for two outcomes. */
    public static Path sensitivity(Path dir) throws IOException {
        Files.createDirectories(dir);
        String[] parameters = {"assessment.accuracyPerDirectHour", "need.escalationPerYear", "earlyHelp.takeUpProbability",
                "workforce.stressPerCase", "frontDoor.thresholdError", "assessment.recordingHoursPrescribed", "earlyHelp.placesPer10kChildren",
                "workforce.annualTurnoverProbability", "agencies.police.contactsPerChildYear"};
        StringBuilder b = new StringBuilder("outcome,parameter,method,index,value,ci_low,ci_high,rank\n");
        for (String outcome : new String[] {"harm_days_per_10k", "single_assessment_median_wd"}) {
            for (int i = 0; i < parameters.length; i++) {
                double mu = 120.0 / (1 + i * 0.9) * (outcome.startsWith("harm") ? 1 : 0.05);
                b.append(Csv.row(outcome, parameters[i], "morris", "mu_star", Csv.number(mu), Csv.number(mu * 0.7), Csv.number(mu * 1.3), Integer.toString(i + 1)));
                b.append(Csv.row(outcome, parameters[i], "morris", "sigma", Csv.number(mu * 0.4), Csv.number(mu * 0.2), Csv.number(mu * 0.6), Integer.toString(i + 1)));
            }
        }
        write(dir.resolve("sensitivity.csv"), b.toString());
        return dir;
    }

    /** A fit folder: two indicators against observed national figures 2007-08 to 2013-14, one year outside the interval. */
    public static Path fit(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder("indicator,year,observed,sim_mean,sim_ci_low,sim_ci_high,rel_error,within_interval\n");
        double[] referrals = {558, 497, 548, 573, 521, 520, 573};
        double[] plans = {27.1, 31.7, 35.5, 37.8, 37.9, 37.9, 42.1};
        for (int y = 0; y < referrals.length; y++) {
            fitRow(b, "referral_rate_per_10k", 2007 + y, referrals[y], 530 + 4 * y, 18);
            fitRow(b, "cp_plan_rate_per_10k", 2007 + y, plans[y], 29 + 1.9 * y, 2.2);
        }
        write(dir.resolve("fit.csv"), b.toString());
        return dir;
    }

    private static void fitRow(StringBuilder b, String indicator, int year, double observed, double sim, double half) {
        boolean inside = observed >= sim - half && observed <= sim + half;
        b.append(Csv.row(indicator, PeriodLabels.yearLabel(year), Csv.number(observed), Csv.number(sim), Csv.number(sim - half),
                Csv.number(sim + half), Csv.number((sim - observed) / observed), Boolean.toString(inside)));
    }

    /** A sweep folder: early help places 0 to 60 per 10,000 under both regimes. */
    public static Path sweep(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder("point,earlyHelp.placesPer10kChildren,assessment.regime,harm_days_per_10k_mean,harm_days_per_10k_ci_low,"
                + "harm_days_per_10k_ci_high,single_assessment_median_wd_mean,single_assessment_median_wd_ci_low,single_assessment_median_wd_ci_high\n");
        int point = 1;
        for (String regime : new String[] {"prescribed", "local_framework"}) {
            for (int places = 0; places <= 60; places += 15) {
                double harm = 1100 - 4.2 * places - (regime.equals("local_framework") ? 45 : 0);
                double days = (regime.equals("local_framework") ? 24 : 31) - 0.02 * places;
                b.append(Csv.row(Integer.toString(point++), Integer.toString(places), regime, Csv.number(harm), Csv.number(harm - 30),
                        Csv.number(harm + 30), Csv.number(days), Csv.number(days - 1.2), Csv.number(days + 1.2)));
            }
        }
        write(dir.resolve("points.csv"), b.toString());
        return dir;
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
