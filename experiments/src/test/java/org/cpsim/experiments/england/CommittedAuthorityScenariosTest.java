package org.cpsim.experiments.england;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cpsim.experiments.io.ObservedData;
import org.cpsim.model.config.AuthoritySize;
import org.junit.jupiter.api.Test;

/**
 * The committed scenarios/england-national.yaml and scenarios/authorities/*.yaml are exactly what the
 * generator writes from data/ (so nobody edits them by hand), and they name the trial authorities as
 * data/trial_authority_figures.csv does.
 */
class CommittedAuthorityScenariosTest {
    private static final Path ROOT = Path.of(System.getProperty("cpsim.projectRoot", ".."));
    static final String LEVELS = "scenarios/calibration/authority-levels.csv";

    private static List<AuthorityScenarios.GeneratedFile> generated() {
        // As `cpsim authorities generate --levels scenarios/calibration/authority-levels.csv` run at the project root:
        // the levels the pooled calibration of every authority wrote (docs/CALIBRATION.md), kept with the calibrations.
        return AuthorityScenarios.generate(new AuthorityScenarios.Inputs(
                ROOT.resolve("data/authorities.csv"), "data/authorities.csv", ROOT.resolve("data/la_figures.csv"), "data/la_figures.csv",
                ROOT.resolve(LEVELS), LEVELS, ROOT.resolve("scenarios/england-calibrated.yaml"), "scenarios/england-calibrated.yaml", "england-calibrated.yaml", 20));
    }

    @Test
    void theCommittedFilesAreWhatTheGeneratorWrites() throws Exception {
        Path scenarios = ROOT.resolve("scenarios");
        List<AuthorityScenarios.GeneratedFile> files = generated();
        for (AuthorityScenarios.GeneratedFile f : files) {
            Path p = scenarios.resolve(f.path());
            assertTrue(Files.isRegularFile(p), p + " is missing: run ./cpsim authorities generate");
            assertEquals(f.content(), Files.readString(p, StandardCharsets.UTF_8), p + " differs from the generator's output: run ./cpsim authorities generate");
        }
        try (Stream<Path> committed = Files.list(scenarios.resolve(AuthorityScenarios.FOLDER))) {
            assertEquals(files.size() - 1, committed.count(), "no authority scenario the data do not give");
        }
    }

    @Test
    void everyAuthorityIsRealAndTheTrialNamesMatchTheTrialFigures() {
        var national = org.cpsim.experiments.io.ScenarioLoader.load(ROOT.resolve("scenarios/england-national.yaml")).scenario().initial();
        Set<String> names = national.authorities().stream().map(AuthoritySize::name).collect(Collectors.toSet());
        assertEquals(152, names.size());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("synthetic")));
        Set<String> trial = ObservedData.read(ROOT.resolve("data/trial_authority_figures.csv")).observations().stream()
                .map(ObservedData.Observation::authority).collect(Collectors.toSet());
        assertEquals(9, trial.size());
        assertTrue(names.containsAll(trial), "trial names as data/trial_authority_figures.csv spells them: " + trial);
    }
}
