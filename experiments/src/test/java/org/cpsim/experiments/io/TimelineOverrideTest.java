package org.cpsim.experiments.io;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.cpsim.model.config.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The {@code --set} trap (issue 16): a value the scenario's timeline also sets must mean what the user
 * meant for the whole run, not only until the timeline's next date.
 */
class TimelineOverrideTest {
    private static final Path ROOT = Path.of(System.getProperty("cpsim.projectRoot", ".."));
    private static final Path BASELINE = ROOT.resolve("scenarios/england-baseline.yaml");

    private static List<Double> earlyHelpPlaces(Scenario s) {
        List<Double> out = new java.util.ArrayList<>();
        out.add(s.initial().earlyHelp().placesPer10kChildren());
        for (Scenario.PolicyChange c : s.timeline()) out.add(c.config().earlyHelp().placesPer10kChildren());
        return out;
    }

    @Test
    void aSetOnATimelineNumberMovesTheWholeTimelineOfThatValue() {
        // The README's own example: 90 places where the baseline starts at 60, so +50% throughout,
        // the path of cuts from a higher base, exactly as scenarios/early-help-plus-50.yaml writes it out.
        Scenario set = ScenarioLoader.load(BASELINE, List.of(Assignment.parse("earlyHelp.placesPer10kChildren=90"))).scenario();
        Scenario written = ScenarioLoader.load(ROOT.resolve("scenarios/early-help-plus-50.yaml")).scenario();
        assertEquals(earlyHelpPlaces(written), earlyHelpPlaces(set));
        assertEquals(List.of(90.0, 90.0, 79.5, 70.5, 63.0, 58.5, 52.5), earlyHelpPlaces(set));
    }

    @Test
    void aSetOnATimelineValueThatCannotBeScaledIsRefusedNamingTheEntries() {
        // The baseline switches everyone to the local framework in April 2014 (after the 2013-14 transition):
        // "prescribed" from the command line cannot silently mean "prescribed until 2014".
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(BASELINE, List.of(Assignment.parse("assessment.regime=prescribed"))));
        assertTrue(e.getMessage().contains("2014-04-01"), e.getMessage());
        assertTrue(e.getMessage().contains("assessment.regime"), e.getMessage());
    }

    @Test
    void theCommittedSweepsAndCalibrationMeetNoTimelineValueSoTheirResultsAreUnchanged() throws Exception {
        // A value the timeline never sets passes through untouched: these give what they gave before the rule.
        try (var files = java.nio.file.Files.list(ROOT.resolve("scenarios/sweeps"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                var plan = org.cpsim.experiments.sweep.SweepPlan.sweep(SweepLoader.load(f));
                assertTrue(plan.notes().isEmpty(), f + ": " + plan.notes());
            }
        }
        var spec = CalibrationLoader.load(ROOT.resolve("scenarios/calibration/england.yaml"));
        List<Assignment> candidate = new java.util.ArrayList<>(spec.overrides());
        for (var p : spec.parameters()) {
            candidate.add(new Assignment(p.path(), Double.toString((p.prior().low() + p.prior().high()) / 2), "calibrated: a test candidate"));
        }
        ResolvedScenario r = ScenarioLoader.load(spec.scenario(), candidate);
        assertTrue(r.notes().isEmpty(), r.notes().toString());
    }
}
