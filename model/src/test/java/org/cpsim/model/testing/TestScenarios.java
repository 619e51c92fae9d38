package org.cpsim.model.testing;

import java.time.LocalDate;
import java.util.List;

import org.cpsim.model.config.AgenciesConfig;
import org.cpsim.model.config.AgenciesConfig.AgencyConfig;
import org.cpsim.model.config.AgenciesConfig.ByLevel;
import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.Band;
import org.cpsim.model.config.CalendarConfig;
import org.cpsim.model.config.CareConfig;
import org.cpsim.model.config.CostsConfig;
import org.cpsim.model.config.EarlyHelpConfig;
import org.cpsim.model.config.FrontDoorConfig;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.config.PopulationConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.Thresholds;
import org.cpsim.model.config.WorkforceConfig;

/** Scenarios built in code for the model's own tests (the model reads no files). */
public final class TestScenarios {
    private TestScenarios() {}

    public static ScenarioConfig authority(int children, int reportingYears, int warmUpYears) {
        ByLevel notice = new ByLevel(0.002, 0.025, 0.1, 0.3);
        return new ScenarioConfig("test-authority", "an England-like authority for tests",
                new CalendarConfig(LocalDate.of(2009, 4, 1), reportingYears, warmUpYears, true, List.of(LocalDate.of(2009, 12, 25))),
                new PopulationConfig(children, List.of(0.45, 0.38, 0.12, 0.05), List.of(), 1000.0 / 18, 0.2,
                        new PopulationConfig.RiskFactorsConfig(0.15, 0.06, 0.06, 2.0)),
                new NeedConfig(new NeedConfig.InitialShares(0.10, 0.04, 0.01),
                        new NeedConfig.Escalation(0.08, 0.25, 0.09),
                        new NeedConfig.Easing(0.6, 0.4, 0.25),
                        new NeedConfig.RiskMultipliers(1.5, 2.0, 1.8, 1.5),
                        new NeedConfig.HelpEffects(new NeedConfig.HelpEffect(0.5, 2), new NeedConfig.HelpEffect(0.5, 2),
                                new NeedConfig.HelpEffect(0.3, 2.5), new NeedConfig.HelpEffect(0, 1), new NeedConfig.HelpEffect(1, 1)),
                        new NeedConfig.SeverityTrend(java.time.LocalDate.of(2009, 4, 1), 0, java.time.LocalDate.of(2014, 4, 1), 0, 1)),
                new AgenciesConfig(1, 0, 0.5, new Thresholds(0.5, 1.5, 2.5), List.of(
                        new AgencyConfig("police", 2.8, notice), new AgencyConfig("schools", 1.6, notice),
                        new AgencyConfig("health", 1.4, notice), new AgencyConfig("early_years_and_la_services", 1.4, notice),
                        new AgencyConfig("self_and_family", 0.9, notice), new AgencyConfig("other", 1.9, notice)),
                        new AgenciesConfig.ConcernTrend(java.time.LocalDate.of(2009, 4, 1), 0, java.time.LocalDate.of(2014, 4, 1), 0)),
                new FrontDoorConfig(0.5, new Thresholds(0.5, 1.5, 2.5), 0.145),
                new EarlyHelpConfig(60, 0.7, 20, 1, 26, 0.5, List.of(Band.EARLY_HELP)),
                new AssessmentConfig(AssessmentConfig.Regime.PRESCRIBED,
                        new AssessmentConfig.PrescribedConfig(7, 35, 6, 6, 15, 12, 0.5, AssessmentConfig.QueueOrder.DEADLINE, 1, 0),
                        new AssessmentConfig.LocalFrameworkConfig(45, 14, 8, 0.3, AssessmentConfig.QueueOrder.RISK),
                        2.0,
                        new AssessmentConfig.AccuracyConfig(1.0, 0.3, 8, 0.5, 12, AssessmentConfig.LaterLooks.FRESH),
                        new Thresholds(0.5, 1.5, 2.5)),
                new PlansConfig(new PlansConfig.ChildInNeedConfig(13, 1.5),
                        new PlansConfig.ChildProtectionConfig(10, 8, 15, 0.4, 13, 26, 3, 0, 0,
                                new PlansConfig.BarTrend(LocalDate.of(2008, 11, 1), 0, LocalDate.of(2014, 4, 1), 0, 1)),
                        0.5, 1.5, 4, 0.5),
                new CareConfig(0.4, 0.15, 2.4, 1, 1.5, 0.75, 0, 0),
                new WorkforceConfig(18.8, 37, 0.3, 25, 15,
                        new WorkforceConfig.StressConfig(0.05, 0.02, 0.2),
                        new WorkforceConfig.TurnoverConfig(0.12, 0.3, 1),
                        new WorkforceConfig.RecruitmentConfig(59, 1, 0.3, 48),
                        new WorkforceConfig.AgencyStaffConfig(0.68, 4, 1, 0.5, false, 60),
                        new WorkforceConfig.NewlyQualifiedConfig(0.8, 12),
                        60, 1, 0.3, WorkforceConfig.AllocationRule.LEAST_LOADED),
                new CostsConfig("2013-14", 40, 0.5, 150, 1500, 646, 3000));
    }

    public static Scenario authority() { return Scenario.of(authority(75_000, 5, 5)); }
}
