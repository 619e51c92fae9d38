package org.cpsim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cpsim.experiments.io.ObservedData;
import org.cpsim.model.metrics.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How observed ids are matched to the model's indicators, and that nothing is dropped without a reason. */
class ObservedTargetsTest {
    @TempDir
    Path dir;

    @Test
    void ratesAsTheyAreCountsThroughThePopulationAliasesAndReasonsForTheRest() throws IOException {
        Path f = dir.resolve("o.csv");
        Files.writeString(f, String.join("\n",
                "authority,indicator,year,value",
                ",cp_plan_rate_per_10k,2012-13,37.5",
                ",cp_plans_at_31_march,2010-11,39100",
                ",child_population_0_17,2012-13,11506450",
                ",child_population_0_17,2013-14,11423310",
                ",sw_turnover_rate_pct,2015-16,16",
                ",sw_caseload_per_sw,2015-16,15",
                ",referrals,2008-09,547000",
                "Cumbria,referrals,2012-13,5000",
                ""));
        ObservedTargets t = ObservedTargets.match(List.of(ObservedData.read(f)), "2009-10", null);
        assertEquals(List.of("cp_plan_rate_per_10k 2012-13", "cp_plans_at_31_march 2010-11", "sw_turnover_rate_pct 2015-16"),
                t.targets().stream().map(Target::label).toList());
        assertFalse(t.targets().get(0).isCount());
        Target count = t.targets().get(1);
        assertEquals(Indicator.CP_PLANS_AT_END, count.model());
        assertEquals(11506450, count.nationalChildren(), "the nearest year's population (2012-13 before 2013-14 on a tie)");
        assertEquals(Indicator.SW_TURNOVER_RATE_FTE_PCT, t.targets().get(2).model());
        assertEquals("2015-16", t.lastYear());

        List<String> reasons = t.unmatched().stream().map(u -> u.indicator() + " " + u.years() + ": " + u.reason()).toList();
        assertTrue(reasons.contains("sw_caseload_per_sw [2015-16]: no model indicator with this id (cpsim metrics lists them)"), reasons.toString());
        assertTrue(reasons.contains("referrals [2008-09]: before the scenario's first reported year 2009-10"), reasons.toString());
        assertTrue(reasons.stream().anyMatch(s -> s.startsWith("referrals [2012-13]: figures for single authorities")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(s -> s.startsWith("child_population_0_17 [2012-13, 2013-14]: the child population")), reasons.toString());
    }

    @Test
    void aCountWithNoPopulationIsReportedNotGuessed() throws IOException {
        Path f = dir.resolve("o.csv");
        Files.writeString(f, "indicator,year,value\nreferrals,2012-13,593440\n");
        ObservedTargets t = ObservedTargets.match(List.of(ObservedData.read(f)), "2009-10", "2013-14");
        assertTrue(t.targets().isEmpty());
        assertTrue(t.unmatched().get(0).reason().contains("no observed file gives child_population_0_17"), t.unmatched().toString());
    }

    @Test
    void projectDataMatchWhatTheBaselineTestCompares() {
        Path root = Synthetic.root();
        ObservedTargets t = ObservedTargets.match(List.of(ObservedData.read(root.resolve("data/england_cin_timeseries.csv")),
                ObservedData.read(root.resolve("data/workforce_and_costs.csv"))), "2009-10", null);
        List<String> ids = t.targets().stream().map(Target::indicator).distinct().toList();
        assertTrue(ids.containsAll(List.of("referrals", "cin_at_31_march", "cp_plans_at_31_march", "looked_after_at_31_march", "section47_enquiries",
                "re_referrals_within_12m_pct", "initial_assessments_within_7wd_pct", "sw_vacancy_rate_fte_pct", "sw_caseload_per_case_holder")), ids.toString());
        assertTrue(t.unmatched().stream().anyMatch(u -> u.indicator().equals("cost_foster_care_per_child_week")), "costs are listed as not compared");
    }
}
