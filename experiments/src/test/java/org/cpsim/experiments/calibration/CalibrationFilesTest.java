package org.cpsim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad calibration file is one line naming file, line and field, exit code 2, and nothing runs.
 * Each case changes one line of a good file (the synthetic tests' ABC file).
 */
class CalibrationFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void goodFiles() throws IOException {
        Synthetic.scenario(dir);
        Files.writeString(dir.resolve("observed.csv"), "indicator,year,value\nreferral_rate_per_10k,2009-10,520\nreferrals_nfa_pct,2009-10,20\nmade_up_indicator,2009-10,3\n");
    }

    /** The good file's lines: 4 is the first parameter's path, 5 its prior, 11 the first indicator, 16 the method's settings. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown top-level key  | 13 | replications: 2           | replicates: 2                              | 13 | replicates | an unknown key",
            "unknown method setting | 17 | '  abc_smc: {particles: 20, generations: 3}' | '  abc_smc: {particles: 20, generation: 3}' | 17 | method.abc_smc.generation | an unknown key",
            "prior of no known kind | 5  | '    prior: {uniform: [0.04, 0.16]}' | '    prior: {normal: [0.1, 0.02]}' | 5 | parameters[0].prior.normal | normal",
            "bounds the wrong way   | 5  | '    prior: {uniform: [0.04, 0.16]}' | '    prior: {uniform: [0.16, 0.04]}' | 5 | parameters[0].prior.uniform | low below high",
            "log-uniform from zero  | 5  | '    prior: {uniform: [0.04, 0.16]}' | '    prior: {loguniform: [0, 0.16]}' | 5 | parameters[0].prior.loguniform | above 0",
            "a path with an index   | 4  | '  - path: need.escalationPerYear.fromNone' | '  - path: agencies.agencies[0].contactsPerChildPerYear' | 4 | parameters[0].path | without list indices",
            "a path not in the scenario | 4 | '  - path: need.escalationPerYear.fromNone' | '  - path: need.escalationPerYear.fromNowhere' | 4 | need.escalationPerYear.fromNowhere | the path of a single value in the scenario",
            "values the scenario rejects | 7 | '    prior: {uniform: [0.05, 0.35]}' | '    prior: {uniform: [1.5, 2.5]}' | 6 | frontDoor.referralNoFurtherActionProbability | ",
            "an indicator not in the data | 11 | '  referral_rate_per_10k: 1' | '  referral_rate_per_10k_typo: 1' | 11 | indicators.referral_rate_per_10k_typo | no figures for it in the observed files",
            "an indicator the model lacks | 11 | '  referral_rate_per_10k: 1' | '  made_up_indicator: 1' | 11 | indicators.made_up_indicator | no model indicator with this id",
            "a year the data lack   | 12 | '  referrals_nfa_pct: 1' | '  re_referrals_within_12m_pct: 1' | 12 | indicators.re_referrals_within_12m_pct | no figures for it",
            "no method              | 16 | method:                   | approach:                                  | 16 | approach | an unknown key",
            "a negative weight      | 11 | '  referral_rate_per_10k: 1' | '  referral_rate_per_10k: -1' | 11 | indicators.referral_rate_per_10k | a weight above 0",
    })
    void isOneLineNamingFileLineAndField(String name, int line, String good, String bad, int reportedLine, String field, String expected) throws IOException {
        Path file = Synthetic.calibration(dir, "cal.yaml", "abc_smc: {particles: 20, generations: 3}");
        String text = Files.readString(file);
        String[] lines = text.split("\n", -1);
        assertEquals(good, lines[line - 1], "the good file's line " + line);
        lines[line - 1] = bad;
        Files.writeString(file, String.join("\n", lines));
        Synthetic.Outcome r = Synthetic.cpsim(dir, "calibrate", "cal.yaml", "--out", "never");
        assertEquals(2, r.code(), r.out() + r.err());
        String message = r.err().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith(file + ":" + reportedLine + ": "), message);
        assertTrue(message.contains("'" + field + "'") || message.contains(field), message);
        if (expected != null) assertTrue(message.contains(expected.strip()), message);
        assertFalse(Files.exists(dir.resolve("never")), "nothing ran");
    }
}
