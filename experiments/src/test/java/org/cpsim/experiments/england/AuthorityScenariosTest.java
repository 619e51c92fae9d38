package org.cpsim.experiments.england;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.model.config.AuthorityLevels;
import org.cpsim.model.config.AuthoritySize;
import org.cpsim.model.config.ScenarioConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator of real England, on a three-authority synthetic problem with known answers. */
class AuthorityScenariosTest {
    private static final double PRIOR_EVENTS = 20;

    static Path resource(String name) {
        try {
            return Path.of(AuthorityScenariosTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuthorityScenarios.Inputs inputs(Path authorities, Path figures, Path levels, Path out) {
        Path base = resource("/scenarios/small.yaml");
        String fromOut = out.toAbsolutePath().normalize().relativize(base.toAbsolutePath().normalize()).toString();
        return new AuthorityScenarios.Inputs(authorities, "test/authorities.csv", figures, "test/la_figures.csv", levels, "test/levels.csv",
                base, "small.yaml", fromOut, PRIOR_EVENTS);
    }

    private static AuthorityScenarios.Inputs synthetic(Path out) {
        return inputs(resource("/england/authorities.csv"), resource("/england/la_figures.csv"), null, out);
    }

    private static Map<String, AuthoritySize> generateAndLoad(AuthorityScenarios.Inputs in, Path out) throws Exception {
        AuthorityScenarios.write(out, AuthorityScenarios.generate(in));
        ScenarioConfig national = ScenarioLoader.load(out.resolve(AuthorityScenarios.NATIONAL)).scenario().initial();
        return national.authorities().stream().collect(Collectors.toMap(AuthoritySize::name, Function.identity()));
    }

    @Test
    void realNamesPopulationsLevelsAndEstablishmentFromTheData(@TempDir Path out) throws Exception {
        Map<String, AuthoritySize> a = generateAndLoad(synthetic(out), out);
        assertEquals(List.of("Little Isle", "Northby", "South, Town of"), a.keySet().stream().sorted().toList());
        assertEquals(100_000, a.get("Northby").children(), "the ONS mid-2012 figure");
        // No 2012 figure: mid-2009 x England's growth 150,000 / 144,000 over the others.
        assertEquals(Math.round(2000 * 150_000.0 / 144_000), a.get("Little Isle").children());

        // Hand-computed first estimates: (observed + 20) / (England's rate x child-years + 20).
        AuthorityLevels north = a.get("Northby").levels();
        assertEquals(1.1603, north.needOnsetMultiplier(), 1e-4);
        assertEquals(0.9711, north.concernRateMultiplier(), 1e-4);
        assertEquals(0.9816, north.careEntryOddsMultiplier(), 1e-4);
        assertEquals(0, north.thresholdShift());
        assertEquals(0, north.referralThresholdShift(), "the first estimate reads referrals over need as concern");
        assertEquals(0, north.protectionThresholdShift());
        assertEquals(0.7039, a.get("South, Town of").levels().needOnsetMultiplier(), 1e-4);
        // Little Isle: 62 children in need against 145 at England's rate, pulled towards 1 by the prior.
        assertEquals(0.4981, a.get("Little Isle").levels().needOnsetMultiplier(), 1e-4);
        assertEquals(1 / 0.4981, a.get("Little Isle").levels().careEntryOddsMultiplier(), 1e-3, "no looked-after figure: England's rate");

        // Establishment: 180 FTE / (1 - 10%) = 200 posts = 20 per 10,000 children against the base's 10.
        assertEquals(2.0, north.fundedPostsMultiplier(), 1e-9);
        assertEquals(80.5 / 0.875 / 5 / 10, a.get("South, Town of").levels().fundedPostsMultiplier(), 1e-4);
        assertEquals(1.0, a.get("Little Isle").levels().fundedPostsMultiplier(), "no workforce row: England's rate");
    }

    @Test
    void everyValueHasItsSourceAndEachAuthorityRunsOnItsOwn(@TempDir Path out) throws Exception {
        List<AuthorityScenarios.GeneratedFile> files = AuthorityScenarios.generate(synthetic(out));
        assertEquals(List.of("england-national.yaml", "authorities/northby.yaml", "authorities/south-town-of.yaml", "authorities/little-isle.yaml"),
                files.stream().map(AuthorityScenarios.GeneratedFile::path).toList());
        AuthorityScenarios.write(out, files);
        String national = Files.readString(out.resolve("england-national.yaml"));
        assertTrue(national.contains("(mid-2009, SFR 27/2010) x 1.0417"), "the scaled population says so");
        assertTrue(national.contains("first estimate (not calibrated)"));
        assertTrue(national.contains("has no sw_case_holders_fte 2017-18 row"));
        var south = ScenarioLoader.load(out.resolve("authorities/south-town-of.yaml"));
        ScenarioConfig c = south.scenario().initial();
        assertEquals(List.of("South, Town of"), c.authorities().stream().map(AuthoritySize::name).toList());
        assertEquals(50_000, c.population().children());
        assertEquals("south-town-of", c.name());
        // The loader insists on a source for each level, so loading proves they have one; and they say where from.
        assertTrue(south.values().stream().filter(v -> v.path().startsWith("authorities[0].levels."))
                .allMatch(v -> v.source().contains("test/la_figures.csv") || v.source().startsWith("assumption")));
    }

    @Test
    void generatingTwiceGivesTheSameBytes(@TempDir Path out) {
        assertEquals(AuthorityScenarios.generate(synthetic(out)), AuthorityScenarios.generate(synthetic(out)));
    }

    @Test
    void aLevelsFileOverridesTheFirstEstimateWhereItGivesOne(@TempDir Path out) throws Exception {
        Path levels = out.resolve("levels.csv");
        Files.writeString(levels, """
                authority,parameter,value,source
                "South, Town of",needOnsetMultiplier,1.234567,"calibrated: pooled, test"
                Northby,thresholdShift,-0.2,calibrated: pooled test
                Northby,referralThresholdShift,-0.35,calibrated: pooled test
                "South, Town of",protectionThresholdShift,0.125,calibrated: pooled test
                """);
        Map<String, AuthoritySize> a = generateAndLoad(inputs(resource("/england/authorities.csv"), resource("/england/la_figures.csv"), levels, out), out);
        assertEquals(1.234567, a.get("South, Town of").levels().needOnsetMultiplier(), "as the file gives it, not rounded");
        assertEquals(1.0774, a.get("South, Town of").levels().concernRateMultiplier(), 1e-4, "not in the file: the first estimate");
        assertEquals(-0.2, a.get("Northby").levels().thresholdShift());
        assertTrue(Files.readString(out.resolve("authorities/northby.yaml")).contains("\n      thresholdShift: -0.2  # calibrated: pooled test (test/levels.csv line 3)"));
        assertEquals(-0.35, a.get("Northby").levels().referralThresholdShift());
        assertEquals(0, a.get("Northby").levels().protectionThresholdShift(), "not in the file: the first estimate, England's");
        assertEquals(0.125, a.get("South, Town of").levels().protectionThresholdShift());
        assertTrue(Files.readString(out.resolve("authorities/northby.yaml"))
                .contains("referralThresholdShift: -0.35  # calibrated: pooled test (test/levels.csv line 4)"));
        assertTrue(Files.readString(out.resolve("authorities/northby.yaml")).contains("protectionThresholdShift: 0  # assumption: first estimate"));
    }

    /** A levels file written before the bars had shifts of their own reads as before: both at England's. */
    @Test
    void anOlderLevelsFileWithoutTheBarsShiftsLeavesThemAtEnglands(@TempDir Path out) throws Exception {
        Path levels = out.resolve("levels.csv");
        Files.writeString(levels, """
                authority,parameter,value,source
                Northby,needOnsetMultiplier,1.1,calibrated: older
                Northby,concernRateMultiplier,0.9,calibrated: older
                Northby,careEntryOddsMultiplier,1.3,calibrated: older
                """);
        Map<String, AuthoritySize> a = generateAndLoad(inputs(resource("/england/authorities.csv"), resource("/england/la_figures.csv"), levels, out), out);
        AuthorityLevels north = a.get("Northby").levels();
        assertEquals(0.9, north.concernRateMultiplier());
        assertEquals(0, north.referralThresholdShift());
        assertEquals(0, north.protectionThresholdShift());
    }

    @Test
    void badLevelsRowsNameFileLineAndColumn(@TempDir Path out) throws Exception {
        assertLevelsError(out, "Nowhere,needOnsetMultiplier,1,x", "authority");
        assertLevelsError(out, "Northby,needMultiplier,1,x", "parameter");
        assertLevelsError(out, "Northby,careEntryOddsMultiplier,0,x", "value");
        assertLevelsError(out, "Northby,needOnsetMultiplier,lots,x", "value");
        assertLevelsError(out, "Northby,needOnsetMultiplier,1.1,", "source");
        assertLevelsError(out, "Northby,needOnsetMultiplier,1.1,x\nNorthby,needOnsetMultiplier,1.2,y", "parameter");
    }

    private static void assertLevelsError(Path out, String rows, String field) throws Exception {
        Path levels = out.resolve("bad-levels.csv");
        Files.writeString(levels, "authority,parameter,value,source\n" + rows + "\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> AuthorityScenarios.generate(
                inputs(resource("/england/authorities.csv"), resource("/england/la_figures.csv"), levels, out)));
        assertEquals(field, e.field(), e.getMessage());
        int line = rows.split("\n").length + 1;
        assertTrue(e.getMessage().startsWith(levels + ":" + line + ": "), e.getMessage());
    }

    @Test
    void badOrMissingDataCellsNameFileLineAndColumnAndWriteNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        String figures = Files.readString(resource("/england/la_figures.csv"));
        String authorities = Files.readString(resource("/england/authorities.csv"));

        ScenarioException value = dataError(dir, authorities, figures.replace("Northby,referrals,2012-13,6000", "Northby,referrals,2012-13,many"));
        assertEquals("value", value.field());
        assertTrue(value.getMessage().contains("la_figures.csv:"), value.getMessage());

        ScenarioException vacancy = dataError(dir, authorities, figures.replace("sw_vacancy_rate_fte_pct,2017-18,10,", "sw_vacancy_rate_fte_pct,2017-18,100,"));
        assertEquals("value", vacancy.field());

        ScenarioException stranger = dataError(dir, authorities, figures + "Elsewhere,referrals,2012-13,5,count,x,high,\r\n");
        assertEquals("authority", stranger.field());

        // Little Isle with no population at all: pointed at its row of the authority table.
        ScenarioException noPopulation = dataError(dir, authorities, figures.replace("Little Isle,child_population_0_17,2009-10,2000", "Little Isle,other_figure,2009-10,2000"));
        assertEquals(AuthorityTable.POPULATION_2012, noPopulation.field());
        assertTrue(noPopulation.getMessage().contains("authorities.csv:4:"), noPopulation.getMessage());

        ScenarioException badPopulation = dataError(dir, authorities.replace("North,100000", "North,lots"), figures);
        assertEquals(AuthorityTable.POPULATION_2012, badPopulation.field());
        assertTrue(badPopulation.getMessage().contains("authorities.csv:2:"), badPopulation.getMessage());

        ScenarioException mismatch = dataError(dir, authorities.replace("North,100000", "North,100001"), figures);
        assertEquals("value", mismatch.field(), "the two files disagree on Northby's population");
        assertFalse(Files.exists(out), "nothing written");
    }

    private static ScenarioException dataError(Path dir, String authorities, String figures) throws Exception {
        Path a = dir.resolve("authorities.csv"), f = dir.resolve("la_figures.csv");
        Files.writeString(a, authorities, StandardCharsets.UTF_8);
        Files.writeString(f, figures, StandardCharsets.UTF_8);
        return assertThrows(ScenarioException.class, () -> AuthorityScenarios.generate(inputs(a, f, null, dir.resolve("out"))));
    }

    @Test
    void filesTheDataNoLongerGiveAreRemoved(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("authorities"));
        Files.writeString(out.resolve("authorities/synthetic-001.yaml"), "stale");
        AuthorityScenarios.write(out, AuthorityScenarios.generate(synthetic(out)));
        assertFalse(Files.exists(out.resolve("authorities/synthetic-001.yaml")));
        assertTrue(Files.exists(out.resolve("authorities/northby.yaml")));
    }

    @Test
    void fileNamesAreLowerCaseWords() {
        assertEquals("bristol-city-of", AuthorityScenarios.slug("Bristol, City of"));
        assertEquals("st-helens", AuthorityScenarios.slug("St. Helens"));
        assertEquals("hammersmith-and-fulham", AuthorityScenarios.slug("Hammersmith and Fulham"));
    }

    @Test
    void theCommandWritesChecksAndRefusesBadDataWithOneLine(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(resource("/england/authorities.csv"), data.resolve("authorities.csv"));
        Files.copy(resource("/england/la_figures.csv"), data.resolve("la_figures.csv"));
        String base = resource("/scenarios/small.yaml").toString();
        String[] generate = {"authorities", "generate", "--base", base, "--out", "scen"};
        assertEquals(0, cpsim(dir, generate).code());
        assertTrue(Files.isRegularFile(dir.resolve("scen/authorities/northby.yaml")));
        String[] check = {"authorities", "generate", "--base", base, "--out", "scen", "--check"};
        assertEquals(0, cpsim(dir, check).code());
        Files.writeString(dir.resolve("scen/authorities/northby.yaml"), "# edited by hand\n", java.nio.file.StandardOpenOption.APPEND);
        Outcome edited = cpsim(dir, check);
        assertEquals(2, edited.code(), edited.err());
        assertTrue(edited.err().contains("northby.yaml"), edited.err());

        Files.writeString(data.resolve("la_figures.csv"), Files.readString(data.resolve("la_figures.csv")).replace(",referrals,2012-13,6000,", ",referrals,2012-13,x,"));
        String before = Files.readString(dir.resolve("scen/england-national.yaml"));
        Outcome bad = cpsim(dir, generate);
        assertEquals(2, bad.code(), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("data/la_figures.csv:9: field 'value': expected a number, got x"), bad.err());
        assertEquals(before, Files.readString(dir.resolve("scen/england-national.yaml")), "nothing written");
    }

    record Outcome(int code, String out, String err) {}

    private static Outcome cpsim(Path dir, String... args) {
        var cl = org.cpsim.experiments.cli.Cpsim.commandLine(org.cpsim.experiments.runner.ReplicationExecutor.LOCAL, dir);
        java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(out));
        cl.setErr(new java.io.PrintWriter(err));
        return new Outcome(cl.execute(args), out.toString(), err.toString());
    }
}
