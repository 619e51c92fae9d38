package org.cpsim.experiments.explore;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The variant file the explorer writes is an ordinary scenario file that means what the levers said. */
class VariantFileTest {
    static final Path SCENARIOS = ExploreFixture.PROJECT.resolve("scenarios").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void earlyHelpAtOneHundredAndFiftyPercentIsTheCommittedPlusFiftyScenario() throws IOException {
        ResolvedScenario variant = load(request("{\"earlyHelp\":150}"));
        ResolvedScenario committed = ScenarioLoader.load(SCENARIOS.resolve("early-help-plus-50.yaml"));
        assertEquals(values(committed), values(variant), "every value at the start");
        assertEquals(changes(committed), changes(variant), "every dated change");
    }

    @Test
    void aLocalFrameworkFromADateIsPrescribedUntilThenAndLocalFromThen() throws IOException {
        ResolvedScenario variant = load(request("{\"regime\":\"local_framework\",\"regimeDate\":\"2011-03-01\"}"));
        ResolvedScenario committed = ScenarioLoader.load(SCENARIOS.resolve("local-framework.yaml"));
        assertEquals(values(committed), values(variant));
        assertEquals(changes(committed), changes(variant));
        ResolvedScenario prescribed = load(request("{\"regime\":\"prescribed\"}"));
        assertTrue(changes(prescribed).stream().filter(c -> c.contains("assessment.regime")).allMatch(c -> c.endsWith("prescribed")), changes(prescribed).toString());
    }

    @Test
    void aLoaderErrorOnALeverLinePointsAtThatLever() throws IOException {
        VariantFile file = VariantFile.of(request("{\"caseloadCap\":25,\"retention\":0.8}"), SCENARIOS.resolve("england-baseline.yaml").toString(),
                ScenarioLoader.load(SCENARIOS.resolve("england-baseline.yaml")), ExploreFixture.PROJECT);
        // Spoil the line the cap is on, as a bad value would: the loader's error names that line, which names the field.
        String spoiled = file.text().replace("caseloadCap: 25", "caseloadCap: -25");
        Path f = dir.resolve("v.yaml");
        Files.writeString(f, spoiled);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertEquals(f.toString(), e.origin().file(), e.getMessage());
        assertEquals("caseloadCap", file.fieldAt(e.origin().line()).orElse(null), e.getMessage() + "\n" + spoiled);
        assertTrue(file.text().contains("retentionMultiplier: 0.8  # explore: set in the browser: was 1.0"), file.text());
    }

    @Test
    void userTextStaysText() throws IOException {
        VariantRequest r = VariantRequest.parse("{\"scenario\":\"england-baseline\",\"name\":\"v\",\"replications\":2,"
                + "\"description\":\"\\\"quoted\\\" # not a comment: {not: yaml} \\\\ <b>\"}", 10);
        ResolvedScenario s = load(r);
        assertEquals("\"quoted\" # not a comment: {not: yaml} \\ <b>", s.scenario().initial().description());
    }

    private ResolvedScenario load(VariantRequest r) throws IOException {
        ResolvedScenario base = ScenarioLoader.load(SCENARIOS.resolve("england-baseline.yaml"));
        VariantFile file = VariantFile.of(r, SCENARIOS.resolve("england-baseline.yaml").toString(), base, ExploreFixture.PROJECT);
        Path f = dir.resolve(r.name() + ".yaml");
        Files.writeString(f, file.text());
        return ScenarioLoader.load(f);
    }

    private static VariantRequest request(String levers) {
        return VariantRequest.parse("{\"scenario\":\"england-baseline\",\"name\":\"v\",\"replications\":2,\"levers\":" + levers + "}", 10);
    }

    /** Path = value for everything but the labels. */
    private static Map<String, String> values(ResolvedScenario s) {
        return s.values().stream().filter(v -> !v.path().equals("name") && !v.path().equals("description"))
                .collect(Collectors.toMap(ResolvedValue::path, ResolvedValue::value));
    }

    private static List<String> changes(ResolvedScenario s) {
        return s.timeline().stream().flatMap(c -> c.changes().stream().map(v -> c.date() + " " + v.path() + " = " + v.value())).toList();
    }
}
