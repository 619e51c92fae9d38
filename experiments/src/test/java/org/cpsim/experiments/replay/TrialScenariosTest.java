package org.cpsim.experiments.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.model.config.AssessmentConfig.Regime;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.metrics.Period;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trial scenarios in {@code scenarios/trials} say what {@code data/} says of each authority, and
 * each counterfactual is its authority in every value, differing only in the timeline entry of the trial.
 */
class TrialScenariosTest {
    static final Path ROOT = Path.of(System.getProperty("cpsim.projectRoot", ".."));
    static final TrialScenarios TRIALS = new TrialScenarios(ROOT.resolve("scenarios/trials"));
    static final LocalDate NATIONAL_CHANGE = LocalDate.of(2013, 4, 1);

    @TempDir
    Path dir;

    /** data/trial_authorities.csv: the trial authorities (those with a wave) and the first day of their exemption month. */
    static Map<String, LocalDate> exemptions() throws IOException {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("data/trial_authorities.csv")).subList(1, 10)) {
            // The first three fields (authority, wave, exemption_start) hold no commas; the notes after them are quoted.
            String[] f = line.split(",", 4);
            if (!f[2].isBlank()) out.put(org.cpsim.experiments.io.AuthorityName.key(f[0]), LocalDate.parse(f[2] + "-01"));
        }
        return out;
    }

    @Test
    void theFolderHoldsAPairForEachOfTheEightTrialAuthoritiesAndGatesheadAlone() throws IOException {
        Map<String, LocalDate> exemptions = exemptions();
        assertEquals(8, exemptions.size());
        assertEquals(List.copyOf(new TreeMap<>(exemptions).keySet()), TRIALS.names());
        assertTrue(TRIALS.isScenarioWithoutCounterfactual("Gateshead"), "a comparator scenario, not a trial");
        assertEquals(Optional.empty(), TRIALS.find("gateshead"));
    }

    @TestFactory
    Stream<DynamicTest> eachCounterfactualDiffersFromItsTrialOnlyInTheTrialEntryOfTheTimeline() throws IOException {
        Map<String, LocalDate> exemptions = exemptions();
        return TRIALS.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            ResolvedScenario trial = ScenarioLoader.load(TRIALS.folder().resolve(name + ".yaml"));
            ResolvedScenario counterfactual = ScenarioLoader.load(TRIALS.folder().resolve(name + "-counterfactual.yaml"));
            assertEquals(name, trial.name());
            assertEquals(name + "-counterfactual", counterfactual.name());
            assertEquals(inputs(trial), inputs(counterfactual), "the same values at the start");

            List<Scenario.PolicyChange> t = trial.scenario().timeline(), c = counterfactual.scenario().timeline();
            assertEquals(t.stream().map(Scenario.PolicyChange::effective).toList(), c.stream().map(Scenario.PolicyChange::effective).toList(),
                    "the counterfactual restates the trial's entry rather than dropping it, so both change policy on the same days");
            LocalDate exemption = exemptions.get(name);
            for (int i = 0; i < t.size(); i++) {
                ScenarioConfig a = t.get(i).config(), b = c.get(i).config();
                if (t.get(i).effective().equals(exemption)) {
                    assertEquals(Regime.LOCAL_FRAMEWORK, a.assessment().regime());
                    assertEquals(Regime.PRESCRIBED, b.assessment().regime());
                    assertEquals(a.assessment().prescribed(), b.assessment().prescribed());
                    assertEquals(a.assessment().localFramework(), b.assessment().localFramework());
                } else if (t.get(i).effective().isBefore(exemption) || !t.get(i).effective().isBefore(NATIONAL_CHANGE)) {
                    assertTrue(TrialScenarios.sameInputs(a, b), name + ": only the trial's window may differ, not " + t.get(i).effective());
                }
            }

            TrialAuthority loaded = TRIALS.load(name, List.of());
            assertEquals(exemption, loaded.trialStart(), "the trial starts on its exemption date in data/trial_authorities.csv");
            assertEquals(NATIONAL_CHANGE, loaded.trialEnd(), "and ends with Working Together 2013, inherited from England");
        }));
    }

    /** Every resolved input, labels aside. */
    private static Map<String, String> inputs(ResolvedScenario s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ResolvedValue v : s.values()) if (!v.path().equals("name") && !v.path().equals("description")) out.put(v.path(), v.value());
        return out;
    }

    @Test
    void eachAuthorityHasItsChildPopulationFromTheData() {
        ObservedData figures = ObservedData.read(ROOT.resolve("data/trial_authority_figures.csv"));
        for (String name : Stream.concat(TRIALS.names().stream(), Stream.of("gateshead")).toList()) {
            double published = figures.observations().stream()
                    .filter(o -> org.cpsim.experiments.io.AuthorityName.key(o.authority()).equals(name) && o.indicator().equals("child_population_0_17") && o.year().equals("2009-10"))
                    .findFirst().orElseThrow().value();
            ResolvedScenario s = ScenarioLoader.load(TRIALS.folder().resolve(name + ".yaml"));
            assertEquals((int) published, s.scenario().initial().population().children(), name);
        }
    }

    /**
     * Gateshead, a comparator set by hand: its concern-rate multiplier is its referral rate relative to
     * England's (2012-13 referrals over the 2009-10 child population, both from {@code data/}) times
     * England's calibrated multiplier. Recalibrating England without rescaling it fails here.
     */
    @Test
    void gatesheadsConcernRateMultiplierIsItsReferralRatioTimesEnglands() {
        double england = ScenarioLoader.load(TRIALS.folder().resolve("england-base.yaml")).scenario().initial().agencies().concernRateMultiplier();
        double calibrated = ScenarioLoader.load(ROOT.resolve("scenarios/england-calibrated.yaml")).scenario().initial().agencies().concernRateMultiplier();
        assertEquals(calibrated, england, "scenarios/trials/england-base.yaml should carry the calibrated England");
        ObservedData national = ObservedData.read(ROOT.resolve("data/england_cin_timeseries.csv"));
        double englandRate = value(national, null, "referrals", "2012-13") / value(national, null, "child_population_0_17", "2012-13");
        ObservedData figures = ObservedData.read(ROOT.resolve("data/trial_authority_figures.csv"));
        double ratio = value(figures, "gateshead", "referrals", "2012-13") / value(figures, "gateshead", "child_population_0_17", "2009-10") / englandRate;
        double multiplier = ScenarioLoader.load(TRIALS.folder().resolve("gateshead.yaml")).scenario().initial().agencies().concernRateMultiplier();
        assertEquals(ratio * england, multiplier, 0.0015, "gateshead.yaml: agencies.concernRateMultiplier should be " + ratio
                + " (its referral rate / England's) x " + england + " (England's calibrated multiplier); rescale it and its comment");
    }

    /**
     * Each trial authority's need and concern levels come from its own calibration file
     * (scenarios/calibration/trials/X.yaml), which calibrates X.yaml against X's own rows: the values
     * cite it, and it names the authority and the scenario it calibrates.
     */
    @Test
    void eachTrialAuthoritysLevelsCiteItsOwnCalibration() {
        for (String name : TRIALS.names()) {
            Path calibrationFile = ROOT.resolve("scenarios/calibration/trials").resolve(name + ".yaml");
            org.cpsim.experiments.calibration.CalibrationSpec spec = org.cpsim.experiments.io.CalibrationLoader.load(calibrationFile);
            assertEquals(TRIALS.folder().resolve(name + ".yaml").normalize().toAbsolutePath(), spec.scenario().toAbsolutePath(), name);
            assertEquals(name, org.cpsim.experiments.io.AuthorityName.key(spec.authority()), name);
            Map<String, ResolvedValue> values = new LinkedHashMap<>();
            for (ResolvedValue v : ScenarioLoader.load(TRIALS.folder().resolve(name + ".yaml")).values()) values.put(v.path(), v);
            for (var p : spec.parameters()) {
                ResolvedValue v = values.get(p.path());
                assertTrue(v.source().startsWith("calibrated: scenarios/calibration/trials/" + name + ".yaml"), name + " " + p.path() + ": " + v.source());
                assertTrue(v.origin().file().endsWith(name + ".yaml") && !v.origin().file().contains("calibration"), name + " " + p.path() + " is set in the authority's own file");
            }
        }
    }

    private static double value(ObservedData data, String authorityKey, String indicator, String year) {
        return data.observations().stream()
                .filter(o -> authorityKey == null || org.cpsim.experiments.io.AuthorityName.key(o.authority()).equals(authorityKey))
                .filter(o -> o.indicator().equals(indicator) && o.year().equals(year))
                .findFirst().orElseThrow(() -> new AssertionError("no " + indicator + " " + year + " for " + authorityKey)).value();
    }

    @Test
    void aTrialYearHasTheTrialInForceForAtLeastHalfItsDays() {
        TrialAuthority wave1 = TRIALS.load("cumbria", List.of()), wave2 = TRIALS.load("wandsworth", List.of());
        for (TrialAuthority a : List.of(wave1, wave2)) {
            assertFalse(a.isTrialYear(year(2010)), a.name() + " 2010-11");
            assertTrue(a.isTrialYear(year(2011)), a.name() + " 2011-12");
            assertTrue(a.isTrialYear(year(2012)), a.name() + " 2012-13");
            assertFalse(a.isTrialYear(year(2013)), a.name() + " 2013-14");
        }
        assertEquals(31, wave1.trialDays(LocalDate.of(2010, 4, 1), LocalDate.of(2011, 4, 1)), "March 2011");
        assertEquals(213, wave2.trialDays(LocalDate.of(2011, 4, 1), LocalDate.of(2012, 4, 1)), "September 2011 to March 2012");
    }

    private static Period year(int y) {
        LocalDate s = LocalDate.of(y, 4, 1);
        return new Period(String.format("%d-%02d", y, (y + 1) % 100), Period.Kind.YEAR, s, s.plusYears(1), 0, 365);
    }

    @Test
    void namesMatchWhateverTheCaseSpacesHyphensOrAmpersand() {
        assertEquals(Optional.of("kensington-and-chelsea"), TRIALS.find("Kensington and Chelsea"));
        assertEquals(Optional.of("kensington-and-chelsea"), TRIALS.find("KENSINGTON-AND-CHELSEA"));
        assertEquals(Optional.of("kensington-and-chelsea"), TRIALS.find("kensington_and_chelsea"));
        assertEquals(Optional.of("hammersmith-and-fulham"), TRIALS.find("Hammersmith & Fulham"));
        assertEquals(Optional.of("cumbria"), TRIALS.find(" Cumbria "));
        assertEquals(Optional.empty(), TRIALS.find("kensington"));
    }

    @Test
    void aCounterfactualThatChangesAnInitialValueIsRefusedNamingIt() throws IOException {
        Files.writeString(dir.resolve("somewhere.yaml"), "extends: %s\nname: somewhere  # assumption: label\n"
                .formatted(TRIALS.folder().resolve("cumbria.yaml").toAbsolutePath()));
        Files.writeString(dir.resolve("somewhere-counterfactual.yaml"), """
                extends: somewhere.yaml
                name: somewhere-counterfactual  # assumption: label
                population:
                  children: 50000  # assumption: a mistake
                timeline:
                  - date: 2011-03-01  # assumption: a test
                    set:
                      assessment.regime: prescribed
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> new TrialScenarios(dir).load("somewhere", List.of()));
        assertTrue(e.getMessage().contains("only in its timeline") && e.getMessage().contains("population.children"), e.getMessage());

        Files.writeString(dir.resolve("somewhere-counterfactual.yaml"), """
                extends: somewhere.yaml
                name: somewhere-counterfactual  # assumption: label
                """);
        ScenarioException same = assertThrows(ScenarioException.class, () -> new TrialScenarios(dir).load("somewhere", List.of()));
        assertTrue(same.getMessage().contains("nothing to replay"), same.getMessage());
        assertNotEquals(List.of(), new TrialScenarios(dir).names());
    }
}
