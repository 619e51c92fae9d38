package org.cpsim.experiments.io;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cpsim.experiments.runner.OutcomePeriod;
import org.cpsim.experiments.sweep.Design;
import org.cpsim.experiments.sweep.Parameter;
import org.cpsim.experiments.sweep.SweepPlan;
import org.cpsim.experiments.sweep.SweepSpec;
import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepLoaderTest {
    @TempDir
    Path dir;

    /** A valid sweep over the test scenario; {@code %s} parts are replaced to break it one way at a time. */
    static final String GOOD = """
            scenario: %s
            seed: 4
            replications: 2
            outcomes:
              period: last_year
              indicators: [referral_rate_per_10k, harm_days_per_10k]
            parameters:
              - path: earlyHelp.placesPer10kChildren
                kind: lever
                values: [0, 45, 90]
              - path: assessment.regime
                kind: lever
                values: [prescribed, local_framework]
              - path: workforce.turnover.baseAnnualLeavingProbability
                kind: uncertainty
                min: 0.08
                max: 0.18
                levels: 2
            design:
              type: grid
            overrides:
              population.children: 3000  # assumption: small for tests
            timeline: ignore
            """;

    Path write(String text) throws IOException {
        Path f = dir.resolve("sweep.yaml");
        Files.writeString(f, text.replace("%s", ScenarioLoaderTest.scenario("small.yaml").toString()));
        return f;
    }

    @Test
    void readsEveryPartOfAGoodSweep() throws IOException {
        SweepSpec s = SweepLoader.load(write(GOOD));
        assertEquals(4, s.seed());
        assertEquals(2, s.replications());
        assertEquals(List.of(Indicator.REFERRAL_RATE_PER_10K, Indicator.HARM_DAYS_PER_10K), s.outcomes().indicators());
        assertInstanceOf(OutcomePeriod.LastYear.class, s.outcomes().period());
        assertEquals(3, s.parameters().size());
        assertEquals(new Parameter.Values(List.of("0", "45", "90")), s.parameters().get(0).domain());
        assertEquals(new Parameter.Range(0.08, 0.18, 2, false), s.parameters().get(2).domain());
        assertEquals(Parameter.Kind.UNCERTAINTY, s.parameters().get(2).kind());
        assertEquals(new Origin(s.file().toString(), 8), s.parameters().get(0).origin());
        assertInstanceOf(Design.Grid.class, s.design());
        assertEquals(ScenarioLoader.Timeline.IGNORE, s.timeline());
        assertEquals("3000", s.overrides().get(0).value());
        assertEquals("assumption: small for tests", s.overrides().get(0).source());
        assertEquals(64, s.sha256().length());
        assertEquals("sweep", s.name());

        SweepPlan plan = SweepPlan.sweep(s);
        assertEquals(12, plan.points().size());
        assertEquals(24, plan.runs());
        assertEquals(3000, plan.scenarios().get(0).initial().population().children());
        assertEquals(AssessmentConfig.Regime.LOCAL_FRAMEWORK, plan.scenarios().get(3).initial().assessment().regime());
        assertEquals(90, plan.scenarios().get(11).initial().earlyHelp().placesPer10kChildren());
    }

    @Test
    void withTheTimelineKeptANumericLeverMovesItInProportionAndARegimeLeverIsRefused() throws IOException {
        String kept = GOOD.replace("timeline: ignore\n", "");
        // The test scenario's timeline switches the regime in 2013: "prescribed" cannot mean "prescribed until 2013".
        var e = assertThrows(ScenarioException.class, () -> SweepPlan.sweep(SweepLoader.load(write(kept))));
        assertTrue(e.getMessage().contains("design point 0") && e.getMessage().contains("assessment.regime")
                && e.getMessage().contains("2013-04-01"), e.getMessage());

        String numeric = kept.replace("""
                  - path: assessment.regime
                    kind: lever
                    values: [prescribed, local_framework]
                """, "");
        SweepPlan plan = SweepPlan.sweep(SweepLoader.load(write(numeric)));
        assertEquals(1, plan.notes().size(), plan.notes().toString());
        assertTrue(plan.notes().get(0).contains("also sets earlyHelp.placesPer10kChildren from 2013-04-01"), plan.notes().get(0));
        assertTrue(plan.notes().get(0).contains("in proportion"), plan.notes().get(0));
        // The point with 90 places (twice the scenario's 45) has twice the timeline's 60 from 2013.
        Scenario ninety = plan.scenarios().get(plan.points().size() - 1);
        assertEquals(90, ninety.initial().earlyHelp().placesPer10kChildren());
        assertEquals(120, ninety.timeline().get(0).config().earlyHelp().placesPer10kChildren());
    }

    @Test
    void timelineIgnoreHoldsTheSweptValuesForTheWholeRun() throws IOException {
        SweepPlan plan = SweepPlan.sweep(SweepLoader.load(write(GOOD)));
        assertTrue(plan.notes().isEmpty());
        assertTrue(plan.scenarios().get(0).timeline().isEmpty());
    }

    @Test
    void listAndLatinHypercubeDesigns() throws IOException {
        String list = GOOD.replace("""
                design:
                  type: grid
                """, """
                design:
                  type: list
                  points:
                    - {earlyHelp.placesPer10kChildren: 0, assessment.regime: prescribed, workforce.turnover.baseAnnualLeavingProbability: 0.1}
                    - {earlyHelp.placesPer10kChildren: 90, assessment.regime: local_framework, workforce.turnover.baseAnnualLeavingProbability: 0.18}
                """).replace("    levels: 2\n", "");
        SweepPlan plan = SweepPlan.sweep(SweepLoader.load(write(list)));
        assertEquals(2, plan.points().size());
        assertEquals(List.of("90", "local_framework", "0.18"), plan.points().get(1).values());

        String lhs = GOOD.replace("  type: grid", "  type: latin_hypercube\n  points: 6").replace("    levels: 2\n", "");
        SweepPlan sampled = SweepPlan.sweep(SweepLoader.load(write(lhs)));
        assertEquals(6, sampled.points().size());
        assertEquals("latin_hypercube points=6", sampled.design());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown top-level key | seed: 4 | seed: 4\\nseeds: 5 | 3: field 'seeds': expected one of the keys description, scenario, timeline, seed",
            "replications below 1 | replications: 2 | replications: 0 | 3: field 'replications': expected a whole number of at least 1, got 0",
            "unknown indicator | harm_days_per_10k] | harm_days_per_10km] | 6: field 'outcomes.indicators[1]': expected an indicator id (cpsim metrics lists them), got harm_days_per_10km",
            "unknown period | period: last_year | period: final_year | 5: field 'outcomes.period': expected last_year, mean_of_years or a statistical year such as 2015-16, got final_year",
            "unknown kind | kind: lever\\n    values: [0, 45 | kind: policy\\n    values: [0, 45 | 9: field 'parameters[0].kind': expected lever or uncertainty, got policy",
            "unknown parameter key | levels: 2 | level: 2 | 18: field 'parameters[2].level': expected one of the keys path, kind, values, min, max, levels, whole",
            "min not below max | max: 0.18 | max: 0.08 | 17: field 'parameters[2].max': expected a number above min (0.08), got 0.08",
            "range without levels in a grid | \\n    levels: 2 | '' | 14: field 'parameters[2].levels': expected a number of levels (at least 2) for a range in a grid",
            "levels outside a grid | type: grid | type: latin_hypercube\\n  points: 4 | 18: field 'parameters[2].levels': expected levels only in a grid design",
            "override without a source | 3000  # assumption: small for tests | 3000 | 22: field 'overrides.population.children': expected a source comment",
            "override of a swept value | population.children: 3000 | assessment.regime: prescribed | 22: field 'overrides.assessment.regime': expected a value the sweep does not vary",
            "repeated value | [0, 45, 90] | [0, 45, 45] | 10: field 'parameters[0].values[2]': expected each value once",
            "unknown design | type: grid | type: factorial | 20: field 'design.type': expected grid, latin_hypercube or list, got factorial",
    })
    void aBrokenSweepFileIsRejectedAtItsLine(String why, String from, String to, String expected) throws IOException {
        String text = GOOD.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertNotEquals(GOOD, text, "the test must change something");
        Path f = write(text);
        var e = assertThrows(ScenarioException.class, () -> SweepPlan.sweep(SweepLoader.load(f)));
        assertTrue(e.getMessage().startsWith(f + ":" + expected), why + ": " + e.getMessage());
    }

    @Test
    void aPointTheScenarioRejectsIsNamedWithItsLine() throws IOException {
        Path f = write(GOOD.replace("values: [prescribed, local_framework]", "values: [prescribed, munro]"));
        var e = assertThrows(ScenarioException.class, () -> SweepPlan.sweep(SweepLoader.load(f)));
        assertEquals(f + ":11: design point 2 (earlyHelp.placesPer10kChildren=0, assessment.regime=munro, "
                + "workforce.turnover.baseAnnualLeavingProbability=0.08): field 'assessment.regime': expected one of prescribed, local_framework, got munro",
                e.getMessage());
        Path misspelt = write(GOOD.replace("path: earlyHelp.placesPer10kChildren", "path: earlyHelp.places"));
        var m = assertThrows(ScenarioException.class, () -> SweepPlan.sweep(SweepLoader.load(misspelt)));
        assertTrue(m.getMessage().startsWith(misspelt + ":8: design point 0 (earlyHelp.places=0, "), m.getMessage());
        assertTrue(m.getMessage().contains("field 'earlyHelp.places': expected a path that exists"), m.getMessage());
        Path outOfRange = write(GOOD.replace("min: 0.08", "min: -0.1"));
        var r = assertThrows(ScenarioException.class, () -> SweepPlan.sweep(SweepLoader.load(outOfRange)));
        assertTrue(r.getMessage().startsWith(outOfRange + ":14: design point 0 ("), r.getMessage());
        assertTrue(r.getMessage().contains("field 'workforce.turnover.baseAnnualLeavingProbability': expected"), r.getMessage());
    }

    @Test
    void aListPointMustSetEveryParameterAndOnlyThose() throws IOException {
        String base = GOOD.replace("    levels: 2\n", "");
        Path missing = write(base.replace("  type: grid", "  type: list\n  points:\n    - {earlyHelp.placesPer10kChildren: 0, assessment.regime: prescribed}"));
        var e = assertThrows(ScenarioException.class, () -> SweepLoader.load(missing));
        assertTrue(e.getMessage().startsWith(missing + ":21: field 'design.points[0].workforce.turnover.baseAnnualLeavingProbability': expected"), e.getMessage());
        Path outside = write(base.replace("  type: grid", "  type: list\n  points:\n    - {earlyHelp.placesPer10kChildren: 0, assessment.regime: prescribed,"
                + " workforce.turnover.baseAnnualLeavingProbability: 0.5}"));
        var o = assertThrows(ScenarioException.class, () -> SweepLoader.load(outside));
        assertTrue(o.getMessage().startsWith(outside + ":21: field 'design.points[0].workforce.turnover.baseAnnualLeavingProbability': expected a number from 0.08 to 0.18, got 0.5"),
                o.getMessage());
    }

    @Test
    void aNamedYearMustBeReported() throws IOException {
        Path f = write(GOOD.replace("period: last_year", "period: 2030-31"));
        var e = assertThrows(ScenarioException.class, () -> SweepPlan.sweep(SweepLoader.load(f)));
        assertEquals(f + ":5: field 'outcomes.period': expected a statistical year the scenario reports (2011-12 to 2012-13), got 2030-31", e.getMessage());
        SweepPlan ok = SweepPlan.sweep(SweepLoader.load(write(GOOD.replace("period: last_year", "period: 2011-12"))));
        assertEquals("2011-12", ok.spec().outcomes().period().spelling());
    }

    @Test
    void aMissingScenarioIsNamed() throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, GOOD.replace("scenario: %s", "scenario: nowhere.yaml"));
        var e = assertThrows(ScenarioException.class, () -> SweepLoader.load(f));
        assertTrue(e.getMessage().startsWith(f + ":1: field 'scenario': expected a scenario file, relative to this one, got nowhere.yaml"), e.getMessage());
    }
}
