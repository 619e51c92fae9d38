package org.cpsim.experiments.england;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.output.AtomicFile;
import org.cpsim.model.config.ScenarioConfig;

/**
 * Real England from the data: {@code england-national.yaml} (every authority of data/authorities.csv in
 * one run) and one scenario per authority under {@code authorities/}, each extending the base scenario (the
 * calibrated England) with the authority's own children, levels and establishment, every value with its
 * source. Pure: the same inputs give the same text, byte for byte; nothing is written until every file is
 * built, so bad data leaves the old files as they were.
 */
public final class AuthorityScenarios {
    public static final String NATIONAL = "england-national.yaml";
    public static final String FOLDER = "authorities";
    /** Decimal places of a level in the scenario files: far below what the data can tell apart. */
    private static final int LEVEL_DECIMALS = 4;

    /**
     * What to build from. Each path is read; each {@code *Cite} is how the files are named in source
     * comments (as the user gave them, e.g. {@code data/la_figures.csv}).
     *
     * @param levels        a levels file (docs/CALIBRATION.md), or null for the first estimate
     * @param baseFromOut   the base scenario's path relative to the output folder, for {@code extends}
     * @param priorEvents   the first estimate's shrinkage: a prior worth this many events
     */
    public record Inputs(Path authorities, String authoritiesCite, Path figures, String figuresCite, Path levels, String levelsCite,
                         Path base, String baseCite, String baseFromOut, double priorEvents) {}

    /** A file to write, its path relative to the output folder. */
    public record GeneratedFile(String path, String content) {}

    /** The figure whose last year dates an authority's own change of levels. */
    private static final String CHANGE_YEAR_INDICATOR = "referrals";

    private AuthorityScenarios() {}

    public static List<GeneratedFile> generate(Inputs in) {
        AuthorityTable table = AuthorityTable.read(in.authorities());
        List<String> names = table.rows().stream().map(AuthorityTable.Row::name).toList();
        LocalFigures figures = LocalFigures.read(in.figures(), new java.util.HashSet<>(names));
        LevelsFile levels = in.levels() == null ? LevelsFile.none() : LevelsFile.read(in.levels(), new java.util.HashSet<>(names));
        ScenarioConfig base = ScenarioLoader.load(in.base()).scenario().initial();
        if (!base.authorities().isEmpty()) {
            throw new ScenarioException(new Origin(in.base().toString(), 1), "authorities", "a single-authority base scenario (the authorities come from the data)",
                    base.authorities().size() + " authorities");
        }
        double nationalPosts = base.workforce().fundedPostsPer10kChildren();
        String nationalCite = in.baseCite() + " workforce.fundedPostsPer10kChildren";
        Populations populations = new Populations(table, figures, in.figuresCite(), in.authoritiesCite());
        FirstEstimate first = new FirstEstimate(names, figures, populations.denominators(), in.priorEvents());

        List<String> blocks = new ArrayList<>();
        List<GeneratedFile> files = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        for (AuthorityTable.Row r : table.rows()) {
            String slug = slug(r.name());
            String clash = slugs.putIfAbsent(slug, r.name());
            if (clash != null) {
                throw new ScenarioException(new Origin(table.file().toString(), r.line()), "authority",
                        "a name that gives its own file name (" + clash + " also gives " + slug + ".yaml)", r.name());
            }
            String block = authorityBlock(r, in, figures, levels, populations, first, nationalPosts, nationalCite);
            blocks.add(block);
            files.add(new GeneratedFile(FOLDER + "/" + slug + ".yaml", authorityFile(r, slug, in, block, populations)));
        }
        List<GeneratedFile> all = new ArrayList<>();
        all.add(new GeneratedFile(NATIONAL, nationalFile(in, names, populations, blocks)));
        all.addAll(files);
        return all;
    }

    /**
     * Writes the files under {@code out}, each whole (a temporary sibling renamed over it), and removes
     * scenarios in {@code authorities/} that the data no longer produce: the generator owns that folder.
     */
    public static void write(Path out, List<GeneratedFile> files) throws IOException {
        Path folder = out.resolve(FOLDER);
        Files.createDirectories(folder);
        java.util.Set<Path> wanted = new java.util.HashSet<>();
        for (GeneratedFile f : files) {
            Path target = out.resolve(f.path()).toAbsolutePath().normalize();
            wanted.add(target);
            AtomicFile.write(target, f.content().getBytes(StandardCharsets.UTF_8));
        }
        try (Stream<Path> existing = Files.list(folder)) {
            for (Path p : existing.filter(p -> p.getFileName().toString().endsWith(".yaml")).toList()) {
                if (!wanted.contains(p.toAbsolutePath().normalize())) Files.delete(p);
            }
        }
    }

    /** The file name of an authority's scenario: {@code "Bristol, City of"} gives {@code bristol-city-of}. */
    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String authorityBlock(AuthorityTable.Row r, Inputs in, LocalFigures figures, LevelsFile levels, Populations populations,
                                         FirstEstimate first, double nationalPosts, String nationalCite) {
        Populations.Children children = populations.of(r.name());
        FirstEstimate.Rates rates = first.of(r.name());
        Establishment.Posts posts = Establishment.of(r.name(), children.count(), figures, in.figuresCite(), nationalPosts, nationalCite);
        String label = "first estimate (not calibrated), " + in.figuresCite() + ": ";
        Map<String, String[]> own = new java.util.LinkedHashMap<>();
        own.put("needOnsetMultiplier", new String[] {level(rates.needOnset()), label + rates.need().describe()});
        own.put("concernRateMultiplier", new String[] {level(rates.concern()), label + rates.referrals().describe() + " / need " + level(rates.needOnset())});
        own.put("thresholdShift", new String[] {"0", "assumption: first estimate, England's thresholds (the published figures alone do not tell a threshold from need)"});
        own.put("referralThresholdShift", new String[] {"0", "assumption: first estimate, England's bar for a referral (it reads the referrals over need as concern)"});
        own.put("protectionThresholdShift", new String[] {"0", "assumption: first estimate, England's bar for protection (the published figures alone do not tell it from need)"});
        own.put("careEntryOddsMultiplier", new String[] {level(rates.careEntryOdds()), label + rates.lookedAfter().describe() + " / need " + level(rates.needOnset())});
        own.put("fundedPostsMultiplier", new String[] {level(posts.multiplier()), posts.source()});
        own.put("referralThresholdChange", new String[] {"0", "assumption: first estimate, no change of its own between years"});
        own.put("protectionThresholdChange", new String[] {"0", "assumption: first estimate, no change of its own between years"});
        own.put("childInNeedReviewMultiplier", new String[] {"1", "assumption: first estimate, England's child in need reviews"});
        own.put("strategyThresholdShift", new String[] {"0", "assumption: first estimate, England's bar for a strategy discussion"});

        StringBuilder b = new StringBuilder();
        b.append("  - name: ").append(quoted(r.name())).append("  # ").append(in.authoritiesCite()).append(" line ").append(r.line())
                .append(": ").append(r.region()).append(", LA ").append(r.oldCode()).append(" / ").append(r.newCode()).append('\n');
        b.append("    children: ").append(children.count()).append("  # ").append(children.source()).append('\n');
        b.append("    levels:\n");
        for (String parameter : LevelsFile.PARAMETERS) {
            String[] value = own.get(parameter);
            var given = levels.find(r.name(), parameter);
            // A given level keeps the precision it was written with (Csv's six places), a first estimate four.
            String v = given.map(l -> org.cpsim.experiments.output.Csv.number(l.value())).orElse(value[0]);
            String source = given.map(l -> l.source() + " (" + in.levelsCite() + " line " + l.origin().line() + ")").orElse(value[1]);
            b.append("      ").append(parameter).append(": ").append(v).append("  # ").append(oneLine(source)).append('\n');
        }
        // The changes between years apply from the start of the figures' last year: where the levels, fitted to
        // both years, could otherwise only split an authority's change between them.
        figures.lastYearStart(CHANGE_YEAR_INDICATOR).ifPresent(d -> b.append("      changeFrom: ").append(d.date()).append("  # ").append(in.figuresCite())
                .append(" line ").append(d.line()).append(": ").append(d.year()).append(", the last year of ").append(CHANGE_YEAR_INDICATOR).append(" (its first day)\n"));
        return b.toString();
    }

    private static String nationalFile(Inputs in, List<String> names, Populations populations, List<String> blocks) {
        StringBuilder b = new StringBuilder();
        b.append(generatedNotice(in));
        b.append("# All of England: the ").append(names.size()).append(" authorities of the children in need census, each run as its own\n");
        b.append("# authority with its own children, levels and establishment, living through national policy history as\n");
        b.append("# the calibrated England (").append(in.baseCite()).append("); national figures are the sums of the authorities\n");
        b.append("# (docs/ODD.md 7.15). ").append(String.format(Locale.ROOT, "%,d", populations.total(names))).append(" children in all.\n");
        b.append(commonNotes(in, populations, true));
        b.append("extends: ").append(in.baseFromOut()).append('\n');
        b.append("name: england-national  # assumption: label\n");
        b.append("description: \"All ").append(names.size()).append(" English authorities at their own size, levels and workforce, national policy history\"  # assumption: label\n\n");
        b.append("authorities:\n");
        for (String block : blocks) b.append(block);
        return b.toString();
    }

    private static String authorityFile(AuthorityTable.Row r, String slug, Inputs in, String block, Populations populations) {
        StringBuilder b = new StringBuilder();
        b.append(generatedNotice(in));
        b.append("# ").append(r.name()).append(" on its own: the calibrated England (").append(in.baseCite())
                .append(") at the authority's own size, levels and\n");
        b.append("# establishment, as it runs within ").append(NATIONAL).append(" (its random streams are its own there too, but the\n");
        b.append("# runs differ: each run of many authorities schedules them as parts). `cpsim run` it as any scenario.\n");
        b.append(commonNotes(in, populations, false));
        b.append("extends: ../").append(in.baseFromOut()).append('\n');
        b.append("name: ").append(slug).append("  # assumption: label (the file name)\n");
        b.append("description: ").append(quoted(r.name() + ": the calibrated England at its own size, levels and workforce")).append("  # assumption: label\n\n");
        Populations.Children c = populations.of(r.name());
        b.append("population:\n");
        b.append("  children: ").append(c.count()).append("  # ").append(c.source()).append(" (the same as its authorities entry)\n\n");
        b.append("authorities:\n");
        b.append(block);
        return b.toString();
    }

    private static String generatedNotice(Inputs in) {
        return "# GENERATED by `cpsim authorities generate` from " + in.authoritiesCite() + " and " + in.figuresCite()
                + (in.levels() == null ? "" : " with levels from " + in.levelsCite()) + ".\n"
                + "# Do not edit: change the data or the generator and run it again (a test checks these files equal its output).\n";
    }

    private static String commonNotes(Inputs in, Populations populations, boolean national) {
        return "# Children: ONS mid-2012 (filed 2012-13), the first year with per-authority referral, CIN and CP figures and\n"
                + "# the year England's population comes from; the model keeps it level."
                + (national ? " Bournemouth, Poole and Dorset have no\n"
                        + "# ONS figure for 2012 (post-2019 boundaries): their mid-2009 figure x " + String.format(Locale.ROOT, "%.4f", populations.growth())
                        + ", England's growth to mid-2012 over the others.\n" : "\n")
                + "# Levels (docs/ODD.md 7.15) are relative to England's values; "
                + (in.levels() == null ? "" : "where " + in.levelsCite() + " gives one it is used, else ")
                + "the first estimate is each authority's\n"
                + "# 2012-13 + 2013-14 rates of children in need (need), referrals (over need: concern) and looked-after children\n"
                + "# (over need: care entry) against England's, shrunk towards England's by a prior worth "
                + Populations.number(in.priorEvents()) + " events: not calibrated.\n"
                + "# Establishment: each authority's own 2017 workforce census (case holders FTE / (1 - vacancy rate)), per\n"
                + "# 10,000 of its children, against England's; where it has no row, England's rate.\n";
    }

    static String level(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(LEVEL_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private static String quoted(String s) { return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"'; }

    private static String oneLine(String s) { return s.replaceAll("[\\r\\n]+", " "); }
}
