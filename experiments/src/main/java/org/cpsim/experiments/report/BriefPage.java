package org.cpsim.experiments.report;

import java.util.List;

/**
 * The brief as one self-contained HTML page: charts inlined as SVG, styles inline, no scripts and
 * no external resources (a Content-Security-Policy forbids them, so nothing can load even if a
 * value slipped through), laid out to print on exactly one A4 portrait page. Every piece of text
 * that comes from results or from the user goes through {@link Html#escape}.
 */
final class BriefPage {
    private BriefPage() {}

    static String html(BriefContent c) {
        StringBuilder h = new StringBuilder(200_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e(c.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main class=\"page\">\n");
        header(h, c);
        answer(h, c);
        h.append("<div class=\"figures\">\n");
        for (int i = 0; i < Math.min(2, c.figures().size()); i++) figure(h, c.figures().get(i));
        h.append("</div>\n");
        differences(h, c);
        // Two independent stacks rather than rows, so a short section on one side leaves no hole.
        // Two stacks side by side. A sensitivity table makes the drivers as tall as a chart, so the
        // limits then go under the third figure, or alone on the right if there is none; otherwise
        // under the drivers. Either way no hole opens.
        boolean limitsRight = c.drivers() != null || c.figures().size() <= 2;
        h.append("<div class=\"columns\">\n<div class=\"stack\">\n");
        drivers(h, c);
        if (!limitsRight) limits(h, c);
        h.append("</div>\n<div class=\"stack\">\n");
        if (c.figures().size() > 2) figure(h, c.figures().get(2));
        if (limitsRight) limits(h, c);
        h.append("</div>\n</div>\n");
        // Full width, so each scenario's hash fits on its line.
        quality(h, c);
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, BriefContent c) {
        h.append("<header>\n<p class=\"kicker\">Analysis brief &middot; cpsim simulation of the child protection system &middot; ")
                .append(e(c.quality().briefDate())).append("</p>\n<h1>").append(e(c.title())).append("</h1>\n")
                .append("<p class=\"question\"><span class=\"tag\">Question</span> ").append(e(c.question())).append("</p>\n</header>\n");
    }

    private static void answer(StringBuilder h, BriefContent c) {
        h.append("<section class=\"answer\">\n<h2>Answer, for statistical year ").append(e(c.year())).append("</h2>\n<ul>\n");
        for (String s : c.answer()) h.append("<li>").append(e(s)).append("</li>\n");
        h.append("</ul>\n<p class=\"caveat\">Ranges are 95% intervals for the paired difference over ")
                .append(c.quality().replications() == null ? "the" : e(c.quality().replications().toString()))
                .append(" replications, every option seeing the same simulated families (common random numbers).</p>\n</section>\n");
    }

    private static void figure(StringBuilder h, BriefContent.Figure f) {
        h.append("<figure>\n<figcaption>").append(e(f.title())).append("</figcaption>\n").append(f.svg()).append('\n');
        if (!f.note().isEmpty()) h.append("<p class=\"note\">").append(e(f.note())).append("</p>\n");
        h.append("</figure>\n");
    }

    private static void differences(StringBuilder h, BriefContent c) {
        boolean several = c.variants().size() > 1;
        h.append("<section class=\"differences\">\n<h2>Headline differences in ").append(e(c.year())).append("</h2>\n<table>\n<thead><tr><th>Measure</th>");
        if (several) h.append("<th>Option</th>");
        h.append("<th class=\"num\">").append(e(c.baseline())).append("</th><th class=\"num\">")
                .append(several ? "Option" : e(c.variants().get(0))).append("</th><th class=\"num\">Difference (95% interval)</th><th>Reading</th></tr></thead>\n<tbody>\n");
        boolean anyPercent = false;
        for (Difference d : c.headlines()) {
            String id = d.indicator();
            boolean money = IndicatorText.isMoney(id);
            anyPercent |= IndicatorText.isPercent(id);
            Estimate diff = d.difference();
            int places = diff.hasInterval() ? NumberText.decimals(diff.high() - diff.low()) : NumberText.levelDecimals(diff.mean());
            String reading = !diff.hasInterval() ? "no interval" : diff.spansZero() ? "no clear difference" : diff.high() < 0 ? "lower" : "higher";
            h.append("<tr><td>").append(e(IndicatorText.label(id))).append(" <span class=\"unit\">").append(e(unitNote(id))).append("</span></td>");
            if (several) h.append("<td class=\"option\">").append(e(d.variant())).append("</td>");
            h.append("<td class=\"num\">").append(e(level(d.baselineMean(), money))).append("</td>")
                    .append("<td class=\"num\">").append(e(level(d.variantMean(), money))).append("</td>")
                    .append("<td class=\"num\"><b>").append(e(NumberText.amount(diff.mean(), places, money, true))).append("</b>");
            if (diff.hasInterval()) {
                h.append(" <span class=\"range\">(").append(e(NumberText.amount(diff.low(), places, money, true))).append(" to ")
                        .append(e(NumberText.amount(diff.high(), places, money, true))).append(")</span>");
            }
            h.append("</td><td class=\"").append(diff.spansZero() || !diff.hasInterval() ? "unclear" : "clear").append("\">").append(e(reading)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (anyPercent) h.append("<p class=\"note\">Differences between percentages are in percentage points.</p>\n");
        h.append("</section>\n");
    }

    private static String unitNote(String id) {
        if (IndicatorText.isMoney(id)) return "\u00a3";
        if (IndicatorText.isPercent(id)) return "%";
        return IndicatorText.unit(id);
    }

    private static String level(double v, boolean money) { return NumberText.amount(v, NumberText.levelDecimals(v), money, false); }

    private static void drivers(StringBuilder h, BriefContent c) {
        h.append("<section class=\"drivers\">\n<h2>What drives the answer</h2>\n");
        BriefContent.Drivers d = c.drivers();
        if (d == null) {
            h.append("<p><b>By sensitivity:</b> not assessed. No sensitivity analysis was given, so which assumptions move the answer most is unknown.</p>\n");
        } else {
            h.append("<p><b>By sensitivity</b> (").append(e(IndicatorText.capitalise(d.method()))).append(" ").append(e(SensitivityChart.shortIndexName(d.index())))
                    .append(" for ").append(e(IndicatorText.plain(d.outcome()))).append("; top ").append(d.rows().size()).append(" of ").append(d.parameters()).append("):</p>\n<table class=\"compact\">\n<thead><tr><th>Assumption</th><th>Influence</th><th>Evidence</th></tr></thead>\n<tbody>\n");
            for (BriefContent.Driver r : d.rows()) {
                h.append("<tr><td title=\"").append(e(r.parameter())).append("\">").append(e(ParameterLabel.of(r.parameter()))).append("</td><td>").append(e(r.influence())).append("</td><td>")
                        .append(e(r.evidence())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        EvidenceMix mix = c.evidence();
        if (mix.total() == 0) {
            h.append("<p><b>By evidence:</b> not recorded (the manifest lists no parameter sources).</p>\n");
        } else {
            h.append("<p><b>By evidence</b> (").append(mix.total()).append(" parameters of ").append(e(c.baseline())).append("): ");
            List<EvidenceMix.Share> shares = mix.shares();
            for (int i = 0; i < shares.size(); i++) {
                EvidenceMix.Share s = shares.get(i);
                if (i > 0) h.append(", ");
                h.append(e(s.describe())).append(" ").append(s.count()).append(" (").append(Math.round(s.percent())).append("%)");
            }
            h.append(".</p>\n<div class=\"bar\" aria-hidden=\"true\">");
            for (EvidenceMix.Share s : shares) {
                h.append("<span class=\"kind-").append(e(kindClass(s.kind()))).append("\" style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", s.percent()))
                        .append("%\">").append(s.percent() >= 12 ? e(s.kind()) : "").append("</span>");
            }
            h.append("</div>\n");
        }
        h.append("</section>\n");
    }

    private static void limits(StringBuilder h, BriefContent c) {
        h.append("<section class=\"limits\">\n<h2>Do not use this analysis for</h2>\n<ul>\n");
        for (String l : c.limits()) h.append("<li>").append(e(l)).append("</li>\n");
        h.append("</ul>\n</section>\n");
    }

    private static void quality(StringBuilder h, BriefContent c) {
        BriefContent.Quality q = c.quality();
        h.append("<section class=\"qa\">\n<h2>Quality assurance</h2>\n<dl>\n");
        h.append("<dt>Model</dt><dd>cpsim ").append(e(orUnknown(q.version())));
        if (q.gitCommit() != null) h.append(", commit <span class=\"hash\">").append(e(shortCommit(q.gitCommit()))).append("</span>");
        h.append("; results of ").append(e(q.resultsDate() == null ? "an unrecorded date" : q.resultsDate().substring(0, Math.min(10, q.resultsDate().length()))))
                .append(", brief of ").append(e(q.briefDate())).append(" (cpsim ").append(e(q.briefVersion())).append(") from ")
                .append(e(String.join(", ", q.folders().stream().map(BriefPage::lastPart).toList())));
        h.append("</dd>\n<dt>Scenarios</dt><dd>");
        if (q.scenarios().isEmpty()) h.append("not recorded in the manifest");
        for (int i = 0; i < Math.min(BriefContent.MAX_SCENARIOS, q.scenarios().size()); i++) {
            ManifestInfo.Scenario s = q.scenarios().get(i);
            h.append("<div>").append(e(orUnknown(s.name()))).append(" <span class=\"hash\">SHA-256 ").append(e(orUnknown(s.sha256()))).append("</span></div>");
        }
        if (q.scenarios().size() > BriefContent.MAX_SCENARIOS) h.append("<div>and ").append(q.scenarios().size() - BriefContent.MAX_SCENARIOS).append(" more (see manifest.json)</div>");
        h.append("</dd>\n<dt>Runs</dt><dd>seed ").append(e(q.seed() == null ? "not recorded" : q.seed().toString())).append("; ")
                .append(e(q.replications() == null ? "replications not recorded" : q.replications() + " replications a scenario"))
                .append(", common random numbers; ").append(e(q.years().get(0))).append(" to ").append(e(q.years().get(q.years().size() - 1))).append("</dd>\n");
        h.append("<dt>Calibration</dt><dd>");
        BriefContent.FitStatus f = c.fit();
        if (f == null) {
            h.append("not assessed in this brief (no fit folder given)");
        } else {
            h.append(f.within()).append(" of ").append(f.compared()).append(" observed figures inside the simulated 95% interval (")
                    .append(e(String.join(", ", f.indicators().stream().map(IndicatorText::label).toList()))).append(", ")
                    .append(e(f.firstYear())).append(" to ").append(e(f.lastYear())).append(")");
            if (!Double.isNaN(f.medianAbsoluteErrorPercent())) {
                h.append("; median error ").append(e(NumberText.number(f.medianAbsoluteErrorPercent(), 1))).append("%");
            }
        }
        h.append("</dd>\n");
        h.append("</dl>\n</section>\n");
    }

    private static String lastPart(String path) {
        String p = path.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return slash >= 0 ? p.substring(slash + 1) : p;
    }

    private static String kindClass(String kind) { return kind.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z_]", ""); }

    private static String shortCommit(String commit) { return commit.length() > 12 && commit.matches("[0-9a-f]{13,}.*") ? commit.substring(0, 12) + commit.replaceAll("^[0-9a-f]+", "") : commit; }

    private static String orUnknown(String s) { return s == null || s.isBlank() ? "unknown" : s; }

    private static String e(String s) { return Html.escape(s); }

    /**
     * One A4 portrait page: 186 x 279 mm inside the margins. Sizes are in points and millimetres so
     * screen and print lay out alike; on a wide screen the sheet is zoomed to fill the window.
     */
    static final String STYLE = """
            @page { size: A4 portrait; margin: 9mm 12mm; }
            * { box-sizing: border-box; }
            html { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 8.4pt; line-height: 1.26; color: #1a1a1a;
                   -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0; }
            .page { width: 186mm; margin: 0 auto; }
            @media screen {
              html { background: #d6d6d6; }
              .page { width: 210mm; min-height: 297mm; padding: 9mm 12mm; background: #fff; box-shadow: 0 0 4mm rgba(0,0,0,.25); }
            }
            @media screen and (min-width: 1200px) { html { zoom: 1.5; } }
            h1 { font-size: 16pt; line-height: 1.15; margin: 0 0 1.2mm; color: #0b2e4f; }
            h2 { font-size: 9.6pt; margin: 0 0 1mm; color: #0b2e4f; }
            p { margin: 0 0 1mm; }
            .kicker { font-size: 7.5pt; color: #555; margin-bottom: 0.8mm; text-transform: uppercase; letter-spacing: 0.04em; }
            .question { font-size: 11pt; margin-bottom: 2mm; }
            .tag { display: inline-block; background: #0b2e4f; color: #fff; font-size: 7.5pt; font-weight: bold; padding: 0.3mm 1.6mm;
                   border-radius: 0.8mm; vertical-align: 0.3mm; margin-right: 1mm; text-transform: uppercase; letter-spacing: 0.04em; }
            .answer { background: #eaf2f9; border-left: 2.2mm solid #0072B2; padding: 1.6mm 3mm 1.2mm; margin-bottom: 2mm; }
            .answer ul { margin: 0 0 1mm; padding-left: 4.5mm; font-size: 9.6pt; line-height: 1.28; }
            .answer li { margin-bottom: 0.8mm; }
            .caveat, .note { font-size: 7.2pt; color: #444; }
            .figures { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; margin-bottom: 1.2mm; }
            figure { margin: 0; break-inside: avoid; }
            figcaption { font-weight: bold; font-size: 8.8pt; margin-bottom: 0.6mm; color: #0b2e4f; }
            figure svg { display: block; width: 100%; height: auto; }
            figure .note { margin-top: 0.4mm; }
            table { border-collapse: collapse; width: 100%; font-size: 8pt; }
            th, td { text-align: left; padding: 0.4mm 1.4mm; border-bottom: 0.2mm solid #c8c8c8; vertical-align: top; }
            thead th { border-bottom: 0.35mm solid #333; font-size: 7.6pt; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .unit, .range { color: #555; font-size: 7.2pt; }
            td.clear { font-weight: bold; }
            td.unclear { color: #555; }
            .differences { margin-bottom: 1.6mm; }
            .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; align-items: start; }
            .stack > * + * { margin-top: 2mm; }
            td.option, td.clear, td.unclear { white-space: nowrap; }
            table.compact { font-size: 7.4pt; margin-bottom: 1mm; }
            .path { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 6.6pt; white-space: nowrap; }
            .kind { font-weight: bold; }
            .bar { display: flex; height: 3.6mm; border-radius: 0.6mm; overflow: hidden; font-size: 6.6pt; color: #fff; font-weight: bold; }
            .bar span { display: flex; align-items: center; justify-content: center; overflow: hidden; white-space: nowrap; }
            .bar .kind-data { background: #009E73; } .bar .kind-publication { background: #0072B2; } .bar .kind-calibrated { background: #56B4E9; color: #1a1a1a; }
            .bar .kind-assumption { background: #D55E00; } .bar .kind-command_line { background: #CC79A7; } .bar span { background: #888; }
            .limits ul { margin: 0; padding-left: 4mm; font-size: 7.4pt; }
            .limits li { margin-bottom: 0.4mm; }
            .qa { border: 0.3mm solid #0b2e4f; border-radius: 1mm; padding: 1.4mm 2.4mm; font-size: 7pt; background: #fafafa; margin-top: 2mm; }
            .qa dl { margin: 0; display: grid; grid-template-columns: auto 1fr; column-gap: 2mm; row-gap: 0.5mm; }
            .qa dt { font-weight: bold; }
            .qa dd { margin: 0; }
            .hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 6pt; word-break: break-all; color: #333; }
            """;
}
