package org.cpsim.experiments.io;

import static org.cpsim.experiments.io.ScenarioLoaderTest.scenario;
import static org.cpsim.experiments.io.ScenarioLoaderTest.value;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cpsim.model.config.AuthorityLevels;
import org.cpsim.model.config.ScenarioConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An authority's levels in a scenario file: optional, partial, sourced, validated with file, line and field. */
class AuthorityLevelsLoaderTest {

    private static Path write(Path dir, String body) throws Exception {
        Path f = dir.resolve("authorities.yaml");
        Files.writeString(f, "extends: " + scenario("small.yaml") + "\n" + body);
        return f;
    }

    @Test
    void levelsAreOptionalAndAnyLeftOutIsNeutral(@TempDir Path dir) throws Exception {
        Path f = write(dir, """
                authorities:
                  - {name: "North", children: 12000}  # assumption: test
                  - name: "South"
                    children: 8000  # assumption: test
                    levels:
                      needOnsetMultiplier: 1.25  # calibrated: test
                      thresholdShift: -0.1  # assumption: test
                      protectionThresholdShift: 0.2  # assumption: test
                """);
        ResolvedScenario r = ScenarioLoader.load(f);
        ScenarioConfig c = r.scenario().initial();
        assertEquals(AuthorityLevels.NEUTRAL, c.authorities().get(0).levels());
        assertEquals(new AuthorityLevels(1.25, 1, -0.1, 0, 0.2, 1, 1), c.authorities().get(1).levels(), "the referral bar left out: England's");
        ResolvedValue need = value(r, "authorities[1].levels.needOnsetMultiplier");
        assertEquals("calibrated: test", need.source());
        assertEquals(7, need.origin().line());
        assertEquals(SourceKind.CALIBRATED, need.kind());
    }

    @Test
    void neutralLevelsDoNotChangeTheScenariosIdentity(@TempDir Path dir) throws Exception {
        Path without = write(dir, """
                authorities:
                  - {name: "North", children: 12000}  # assumption: test
                """);
        String before = ScenarioLoader.load(without).canonicalText();
        Path with = write(dir, """
                authorities:
                  - name: "North"
                    children: 12000  # assumption: test
                    levels: {needOnsetMultiplier: 1, concernRateMultiplier: 1.0, thresholdShift: 0, referralThresholdShift: 0, protectionThresholdShift: 0.0, careEntryOddsMultiplier: 1, fundedPostsMultiplier: 1}  # assumption: test
                """);
        assertEquals(before, ScenarioLoader.load(with).canonicalText());
        Path other = write(dir, """
                authorities:
                  - name: "North"
                    children: 12000  # assumption: test
                    levels: {fundedPostsMultiplier: 1.1}  # assumption: test
                """);
        assertNotEquals(before, ScenarioLoader.load(other).canonicalText());
    }

    /** A level added later (the child in need review) leaves the identity of levels written before it as it was, at 1. */
    @Test
    void theChildInNeedReviewAtOneLeavesTheIdentityOfOtherLevels(@TempDir Path dir) throws Exception {
        String levels = "needOnsetMultiplier: 1.2, protectionThresholdShift: -0.1";
        Path without = write(dir, "authorities:\n  - {name: \"North\", children: 12000, levels: {" + levels + "}}  # assumption: test\n");
        String before = ScenarioLoader.load(without).canonicalText();
        Path atOne = write(dir, "authorities:\n  - {name: \"North\", children: 12000, levels: {" + levels + ", childInNeedReviewMultiplier: 1}}  # assumption: test\n");
        assertEquals(before, ScenarioLoader.load(atOne).canonicalText());
        // At 1 it is not in the text at all, so hashes written before the level existed still match.
        assertFalse(before.contains("childInNeedReviewMultiplier"), before);
        assertTrue(before.contains("needOnsetMultiplier = 1.2"), before);
        Path longer = write(dir, "authorities:\n  - {name: \"North\", children: 12000, levels: {" + levels + ", childInNeedReviewMultiplier: 1.5}}  # assumption: test\n");
        ResolvedScenario r = ScenarioLoader.load(longer);
        assertNotEquals(before, r.canonicalText());
        assertEquals(1.5, r.scenario().initial().authorities().get(0).levels().childInNeedReviewMultiplier(), 0.0);
    }

    @Test
    void aBadLevelNamesFileLineAndField(@TempDir Path dir) throws Exception {
        Path f = write(dir, """
                authorities:
                  - name: "North"
                    children: 12000  # assumption: test
                    levels:
                      careEntryOddsMultiplier: 0  # assumption: test
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertEquals("authorities[0].levels.careEntryOddsMultiplier", e.field());
        assertEquals(6, e.origin().line());
        assertTrue(e.getMessage().contains("authorities.yaml:6"), e.getMessage());

        Path unknown = write(dir, """
                authorities:
                  - name: "North"
                    children: 12000  # assumption: test
                    levels:
                      needMultiplier: 1.2  # assumption: test
                """);
        ScenarioException u = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(unknown));
        assertEquals("authorities[0].levels.needMultiplier", u.field());
        assertTrue(u.getMessage().contains("needOnsetMultiplier"), "lists the keys it knows: " + u.getMessage());

        Path unsourced = write(dir, """
                authorities:
                  - name: "North"
                    children: 12000  # assumption: test
                    levels:
                      needOnsetMultiplier: 1.2
                """);
        ScenarioException s = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(unsourced));
        assertEquals("authorities[0].levels.needOnsetMultiplier", s.field());
        assertTrue(s.getMessage().contains("source"), s.getMessage());
    }

    /**
     * A bar shifted past its neighbour (small.yaml's front door: socialCare 1.5, childProtection 2.5) is refused
     * as the scenario loads, at the shift's own line, not when a run reaches the authority.
     */
    @Test
    void aBarShiftedOutOfOrderNamesFileLineAndField(@TempDir Path dir) throws Exception {
        Path disordered = write(dir, """
                authorities:
                  - {name: "North", children: 12000}  # assumption: test
                  - name: "South"
                    children: 8000  # assumption: test
                    levels:
                      needOnsetMultiplier: 1.2  # assumption: test
                      referralThresholdShift: 5  # assumption: test
                """);
        ScenarioException order = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(disordered));
        assertEquals("authorities[1].levels.referralThresholdShift", order.field());
        assertEquals(8, order.origin().line());
        assertTrue(order.getMessage().contains("frontDoor.thresholds ascending"), order.getMessage());
    }
}
