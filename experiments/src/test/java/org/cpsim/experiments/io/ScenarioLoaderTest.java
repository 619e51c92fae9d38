package org.cpsim.experiments.io;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioLoaderTest {

    static Path scenario(String name) {
        try {
            return Path.of(ScenarioLoaderTest.class.getResource("/scenarios/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ResolvedValue value(ResolvedScenario r, String path) {
        return r.values().stream().filter(v -> v.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no value " + path));
    }

    @Test
    void bindsEveryFieldOfTheSmallScenario() {
        ResolvedScenario r = ScenarioLoader.load(scenario("small.yaml"));
        ScenarioConfig c = r.scenario().initial();
        assertEquals("small", c.name());
        assertEquals(LocalDate.of(2011, 4, 1), c.calendar().reportingStart());
        assertEquals(List.of(LocalDate.of(2011, 4, 22), LocalDate.of(2011, 4, 25)), c.calendar().bankHolidays());
        assertTrue(c.calendar().weekendsAreNonWorking());
        assertEquals(20000, c.population().children());
        assertEquals(List.of(0.45, 0.38, 0.17), c.population().childrenPerFamilyShares());
        assertEquals(AssessmentConfig.Regime.PRESCRIBED, c.assessment().regime());
        assertEquals(AssessmentConfig.QueueOrder.DEADLINE, c.assessment().prescribed().queueOrder());
        assertEquals(AssessmentConfig.QueueOrder.RISK, c.assessment().localFramework().queueOrder());
        assertEquals("schools", c.agencies().agencies().get(1).name());
        assertEquals(0.01, c.agencies().agencies().get(1).noticeProbability().significantHarm());
        assertEquals("2013-14", c.costs().priceYear());
        assertEquals(3000, c.costs().residentialPerChildWeek());
    }

    @Test
    void recordsEveryLeafWithItsLineSourceAndKind() {
        ResolvedScenario r = ScenarioLoader.load(scenario("small.yaml"));
        ResolvedValue places = value(r, "earlyHelp.placesPer10kChildren");
        assertEquals("45.0", places.value());
        assertEquals(95, places.origin().line());
        assertTrue(places.origin().file().endsWith("small.yaml"));
        assertEquals("assumption: typical pre-2010 offer", places.source());
        assertEquals(SourceKind.ASSUMPTION, places.kind());
        assertEquals(SourceKind.DATA, value(r, "frontDoor.referralNoFurtherActionProbability").kind());
        assertEquals(SourceKind.CALIBRATED, value(r, "need.initialShares.emerging").kind());
        assertEquals(SourceKind.PUBLICATION, value(r, "assessment.prescribed.coreDeadlineWorkingDays").kind());
        // A list's source is the comment on its key's line.
        assertEquals("gov.uk bank holidays, England and Wales", value(r, "calendar.bankHolidays").source());
        assertEquals("[2011-04-22, 2011-04-25]", value(r, "calendar.bankHolidays").value());
        assertEquals("\"police\"", value(r, "agencies.agencies[0].name").value());
        assertEquals("risk", value(r, "assessment.localFramework.queueOrder").value());
    }

    @Test
    void aCommentDirectlyAboveAKeyIsItsSource(@TempDir Path dir) throws Exception {
        Path f = write(dir, "above.yaml", """
                extends: %s
                earlyHelp:
                  # assumption: written above the key
                  takeUpProbability: 0.9
                """.formatted(scenario("small.yaml")));
        ResolvedValue v = value(ScenarioLoader.load(f), "earlyHelp.takeUpProbability");
        assertEquals("assumption: written above the key", v.source());
        assertEquals(4, v.origin().line());
    }

    @Test
    void eachTimelineEntryIsAWholeConfigurationBuiltOnThePreviousOne() {
        ResolvedScenario r = ScenarioLoader.load(scenario("small.yaml"));
        Scenario s = r.scenario();
        assertEquals(2, s.timeline().size());
        Scenario.PolicyChange first = s.timeline().get(0), second = s.timeline().get(1);
        assertEquals(LocalDate.of(2013, 4, 1), first.effective());
        assertEquals(AssessmentConfig.Regime.LOCAL_FRAMEWORK, first.config().assessment().regime());
        assertEquals(60, first.config().earlyHelp().placesPer10kChildren());
        assertEquals(1.0, first.config().agencies().concernRateMultiplier());
        // The second change keeps the first's.
        assertEquals(AssessmentConfig.Regime.LOCAL_FRAMEWORK, second.config().assessment().regime());
        assertEquals(1.2, second.config().agencies().concernRateMultiplier());
        assertEquals(AssessmentConfig.Regime.PRESCRIBED, s.initial().assessment().regime());

        ResolvedPolicyChange rc = r.timeline().get(0);
        assertEquals(2, rc.changes().size());
        ResolvedValue regime = rc.changes().get(0);
        assertEquals("assessment.regime", regime.path());
        assertEquals("local_framework", regime.value());
        // No comment of its own: the entry's comment above it is its source.
        assertEquals("Munro review implementation: local assessment frameworks", regime.source());
        assertEquals("assumption: early help expanded with the framework", rc.changes().get(1).source());
        // The second entry has no comment: its description is the source.
        assertEquals("Agencies raise more concerns after serious case reviews", r.timeline().get(1).changes().get(0).source());
    }

    @Test
    void timelinesMergeByDateSoAVariantIsAFewLines(@TempDir Path dir) throws Exception {
        Path f = write(dir, "variant.yaml", """
                extends: %s
                timeline:
                  - date: 2011-03-01  # assumption: an earlier change, added
                    description: lift timescales early
                    set:
                      assessment.regime: local_framework
                  - date: 2013-04-01  # assumption: replaces the inherited entry of that date
                    description: only the early help change this time
                    set:
                      earlyHelp.placesPer10kChildren: 70
                """.formatted(scenario("small.yaml")));
        Scenario s = ScenarioLoader.load(f).scenario();
        assertEquals(List.of(LocalDate.of(2011, 3, 1), LocalDate.of(2013, 4, 1), LocalDate.of(2014, 4, 1)),
                s.timeline().stream().map(Scenario.PolicyChange::effective).toList());
        assertEquals(AssessmentConfig.Regime.LOCAL_FRAMEWORK, s.timeline().get(0).config().assessment().regime());
        assertEquals(70, s.timeline().get(1).config().earlyHelp().placesPer10kChildren());
        // The inherited 2014 entry still applies, on top of the variant's own changes.
        assertEquals(1.2, s.timeline().get(2).config().agencies().concernRateMultiplier());
        assertEquals(70, s.timeline().get(2).config().earlyHelp().placesPer10kChildren());
    }

    @Test
    void extendsMergesTheChildOverItsParentKeepingWhereEachValueCameFrom() {
        ResolvedScenario r = ScenarioLoader.load(scenario("ext/child.yaml"));
        assertEquals("child", r.scenario().name());
        assertEquals(80, r.scenario().initial().earlyHelp().placesPer10kChildren());
        assertEquals(0.8, r.scenario().initial().earlyHelp().takeUpProbability());
        ResolvedValue places = value(r, "earlyHelp.placesPer10kChildren");
        assertTrue(places.origin().file().endsWith("child.yaml"), places.origin().file());
        assertEquals(5, places.origin().line());
        ResolvedValue takeUp = value(r, "earlyHelp.takeUpProbability");
        assertTrue(takeUp.origin().file().endsWith("small.yaml"), takeUp.origin().file());
        assertEquals(96, takeUp.origin().line());
        assertEquals(2, r.scenario().timeline().size(), "the parent's timeline is inherited");
    }

    @Test
    void commandLineValuesOverrideTheFileAndCarryThroughTheTimeline() {
        ResolvedScenario r = ScenarioLoader.load(scenario("small.yaml"),
                List.of(Assignment.parse("workforce.hoursPerWeek=35"), Assignment.parse("earlyHelp.placesPer10kChildren=10"),
                        Assignment.parse("agencies.agencies[1].contactsPerChildPerYear=150")));
        ScenarioConfig c = r.scenario().initial();
        assertEquals(35, c.workforce().hoursPerWeek());
        assertEquals(150, c.agencies().agencies().get(1).contactsPerChildPerYear());
        ResolvedValue hours = value(r, "workforce.hoursPerWeek");
        assertEquals("command line --set", hours.source());
        assertEquals(SourceKind.COMMAND_LINE, hours.kind());
        // Not set by the timeline: the override holds in every epoch.
        assertEquals(35, r.scenario().timeline().get(1).config().workforce().hoursPerWeek());
        // Set by the timeline in 2013 (45 -> 60): the timeline's value moves in proportion, 60 x 10/45.
        assertEquals(10, c.earlyHelp().placesPer10kChildren());
        assertEquals(60.0 * 10 / 45, r.scenario().timeline().get(0).config().earlyHelp().placesPer10kChildren(), 1e-12);
    }

    @Test
    void aBadCommandLineValueIsReportedAgainstTheCommandLine() {
        var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario("small.yaml"),
                List.of(Assignment.parse("earlyHelp.takeUpProbability=1.5"))));
        assertEquals("command line --set earlyHelp.takeUpProbability=1.5: field 'earlyHelp.takeUpProbability': "
                + "expected a probability between 0 and 1, got 1.5", e.getMessage());
        var unknown = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario("small.yaml"),
                List.of(Assignment.parse("earlyHelp.places=1"))));
        assertTrue(unknown.getMessage().contains("field 'earlyHelp.places'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("placesPer10kChildren"), unknown.getMessage());
        assertThrows(ScenarioException.class, () -> Assignment.parse("no-equals-sign"));
    }

    @Test
    void theHashDependsOnValuesNotOnCommentsOrSpelling(@TempDir Path dir) throws Exception {
        String base = ScenarioLoader.load(scenario("small.yaml")).sha256();
        assertEquals(64, base.length());
        assertEquals(base, ScenarioLoader.load(scenario("small.yaml")).sha256());
        Path respelt = write(dir, "a.yaml", "extends: %s\nearlyHelp:\n  placesPer10kChildren: 45.0  # assumption: another comment\n"
                .formatted(scenario("small.yaml")));
        assertEquals(base, ScenarioLoader.load(respelt).sha256());
        Path changed = write(dir, "b.yaml", "extends: %s\nearlyHelp:\n  placesPer10kChildren: 46  # assumption\n"
                .formatted(scenario("small.yaml")));
        assertNotEquals(base, ScenarioLoader.load(changed).sha256());
        assertTrue(ScenarioLoader.load(changed).canonicalText().contains("earlyHelp.placesPer10kChildren = 46.0\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-key.yaml          | 4 | earlyHelp.placesPerChild                        | one of the keys placesPer10kChildren
            string-for-number.yaml    | 3 | workforce.hoursPerWeek                          | expected a number, got abc
            negative-rate.yaml        | 5 | need.escalationPerYear.fromEmerging             | expected a number >= 0, got -0.2
            missing-field.yaml        | 3 | calendar.warmUpYears                            | expected a whole number, got nothing
            bad-enum.yaml             | 3 | assessment.regime                               | expected one of prescribed, local_framework, got Local-Framework
            bad-date.yaml             | 3 | calendar.reportingStart                         | expected a date (YYYY-MM-DD), got 2011-13-01
            no-source.yaml            | 3 | earlyHelp.takeUpProbability                     | every value needs a source or the word assumption
            timeline-unknown-path.yaml| 6 | earlyHelp.placesPer10k                          | an unknown path
            nested-rule.yaml          | 10| agencies.agencies[0].noticeProbability.significantHarm | expected a probability between 0 and 1, got 1.5
            thresholds.yaml           | 3 | frontDoor.thresholds                            | strictly increasing values (earlyHelp < socialCare < childProtection)
            timeline-breaks-rule.yaml | 7 | frontDoor.thresholds                            | strictly increasing values
            """)
    void aBadScenarioNamesFileLineAndField(String file, int line, String field, String detail) {
        var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario("bad/" + file)));
        String message = e.getMessage();
        assertFalse(message.contains("\n"), message);
        String expectedStart = scenario("bad/" + file) + ":" + line + ": field '" + field + "': expected ";
        assertTrue(message.startsWith(expectedStart), () -> "wanted start " + expectedStart + "\n got " + message);
        assertTrue(message.contains(detail), () -> "wanted " + detail + "\n in " + message);
        assertEquals(field, e.field());
        assertEquals(line, e.origin().line());
    }

    @Test
    void anExtendsCycleIsReportedWhereItCloses() {
        var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario("bad/cycle-a.yaml")));
        assertEquals(scenario("bad/cycle-b.yaml") + ":1: field 'extends': expected a file that does not extend this one, "
                + "got a cycle cycle-a.yaml -> cycle-b.yaml -> cycle-a.yaml", e.getMessage());
    }

    @Test
    void notYamlAndMissingFilesAreScenarioErrors(@TempDir Path dir) throws Exception {
        Path broken = write(dir, "broken.yaml", "name: x\n  bad: [1, 2\n");
        var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(broken));
        assertTrue(e.getMessage().startsWith(broken + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
        var missing = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("nope.yaml")));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        Path dup = write(dir, "dup.yaml", "extends: %s\nname: a\nname: b\n".formatted(scenario("small.yaml")));
        var d = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dup));
        assertTrue(d.getMessage().startsWith(dup + ":3: field 'name'"), d.getMessage());
    }

    @Test
    void quotedNumbersAndWrongShapesAreRejected(@TempDir Path dir) throws Exception {
        Path quoted = write(dir, "q.yaml", "extends: %s\nearlyHelp:\n  maxWaitWeeks: \"12\"  # assumption\n".formatted(scenario("small.yaml")));
        var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(quoted));
        assertEquals(quoted + ":3: field 'earlyHelp.maxWaitWeeks': expected a number, got \"12\"", e.getMessage());
        Path fractional = write(dir, "f.yaml", "extends: %s\nworkforce:\n  caseloadCap: 2.5  # assumption\n".formatted(scenario("small.yaml")));
        var f = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(fractional));
        assertTrue(f.getMessage().endsWith("field 'workforce.caseloadCap': expected a whole number, got 2.5"), f.getMessage());
        Path scalarForMapping = write(dir, "m.yaml", "extends: %s\ncare: 3  # assumption\n".formatted(scenario("small.yaml")));
        var m = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scalarForMapping));
        assertTrue(m.getMessage().startsWith(scalarForMapping + ":2: field 'care': expected a mapping with keys entryAtReviewProbability"), m.getMessage());
    }

    @Test
    void timelineDatesMustBeInOrder(@TempDir Path dir) throws Exception {
        Path f = write(dir, "t.yaml", """
                extends: %s
                timeline:
                  - date: 2014-04-01
                    description: later first  # assumption
                    set: {earlyHelp.maxWaitWeeks: 10}
                  - date: 2013-04-01
                    description: earlier second
                    set: {earlyHelp.maxWaitWeeks: 11}
                """.formatted(scenario("small.yaml")));
        var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertTrue(e.getMessage().startsWith(f + ":6: field 'timeline[1].date': expected dates in order"), e.getMessage());
    }

    @Test
    void anAssignedNumberMovesTheTimelinesValuesInProportionUnlessTheTimelineIsIgnored() {
        ResolvedScenario kept = ScenarioLoader.load(scenario("small.yaml"), List.of(Assignment.parse("earlyHelp.placesPer10kChildren=90")));
        assertEquals(90, kept.scenario().initial().earlyHelp().placesPer10kChildren());
        assertEquals(120, kept.scenario().timeline().get(0).config().earlyHelp().placesPer10kChildren(), "twice the file's 45, so twice its 60");
        assertEquals(1, kept.notes().size(), kept.notes().toString());
        assertTrue(kept.notes().get(0).contains("2013-04-01 60 -> 120"), kept.notes().get(0));
        ResolvedValue moved = kept.timeline().get(0).changes().stream().filter(v -> v.path().equals("earlyHelp.placesPer10kChildren")).findFirst().orElseThrow();
        assertEquals(SourceKind.COMMAND_LINE, moved.kind(), "a moved dated value is the command line's, and says so");
        ResolvedScenario ignored = ScenarioLoader.load(scenario("small.yaml"), List.of(Assignment.parse("earlyHelp.placesPer10kChildren=90")),
                ScenarioLoader.Timeline.IGNORE);
        assertEquals(90, ignored.scenario().initial().earlyHelp().placesPer10kChildren());
        assertTrue(ignored.scenario().timeline().isEmpty());
        assertTrue(ignored.timeline().isEmpty());
        assertTrue(ignored.notes().isEmpty());
        assertNotEquals(kept.sha256(), ignored.sha256());
    }

    @Test
    void anAssignmentWrittenInAFileIsReportedAtItsLine() {
        Assignment a = new Assignment("care.fosterShare", "2", "assumption: a test", new Origin("sweep.yaml", 12));
        var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario("small.yaml"), List.of(a)));
        assertEquals("sweep.yaml:12: field 'care.fosterShare': expected a probability between 0 and 1, got 2", e.getMessage());
        assertEquals("sweep.yaml:12: design point 3: field 'care.fosterShare': expected a probability between 0 and 1, got 2",
                e.within("design point 3").getMessage());
        Assignment unknown = new Assignment("care.fosterShares", "0.5", "assumption: a test", new Origin("sweep.yaml", 13));
        var u = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario("small.yaml"), List.of(unknown)));
        assertTrue(u.getMessage().startsWith("sweep.yaml:13: field 'care.fosterShares': expected a path that exists"), u.getMessage());
    }

    static Path write(Path dir, String name, String text) throws java.io.IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
