package org.cpsim.experiments.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cpsim.model.config.AgenciesConfig;
import org.cpsim.model.config.AgenciesConfig.AgencyConfig;
import org.cpsim.model.config.AgenciesConfig.ByLevel;
import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.AssessmentConfig.AccuracyConfig;
import org.cpsim.model.config.AssessmentConfig.LocalFrameworkConfig;
import org.cpsim.model.config.AssessmentConfig.PrescribedConfig;
import org.cpsim.model.config.AssessmentConfig.QueueOrder;
import org.cpsim.model.config.AssessmentConfig.Regime;
import org.cpsim.model.config.CalendarConfig;
import org.cpsim.model.config.CareConfig;
import org.cpsim.model.config.CostsConfig;
import org.cpsim.model.config.EarlyHelpConfig;
import org.cpsim.model.config.FrontDoorConfig;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.NeedConfig.HelpEffect;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.config.PopulationConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.Thresholds;
import org.cpsim.model.config.WorkforceConfig;

/**
 * A configuration in which the model's assessment service is an M/M/c queue: referrals arrive as a
 * Poisson process, each of c social workers holds one assessment at a time, work is exponential and
 * first come first served, and nothing else moves (no need, no plans, no early help, no turnover).
 * The mapping of queue parameters to scenario fields is the one the model guarantees; every value
 * here that is not part of it is chosen to be valid and inert.
 *
 * @param arrivalsPerDay   lambda, referrals per calendar day
 * @param workers          c, social workers (servers)
 * @param meanServiceDays  1/mu, mean calendar days one worker spends on one assessment
 * @param children         population size; large, so concerns about children already open are negligible
 * @param reportingYears   statistical years reported
 * @param warmUpYears      unreported years that let the queue reach steady state (at least 1)
 */
public record DegenerateQueueScenario(
        double arrivalsPerDay, int workers, double meanServiceDays, int children, int reportingYears, int warmUpYears) {

    /**
     * Contracted hours of the notional worker. Its value does not matter: the work per assessment is
     * derived from it so that the mean service time is {@code meanServiceDays} whatever it is.
     */
    private static final double HOURS_PER_WEEK = 35;
    private static final double DAYS_PER_YEAR = 365.25;
    private static final LocalDate REPORTING_START = LocalDate.of(2010, 4, 1);

    public DegenerateQueueScenario {
        if (warmUpYears < 1) throw new IllegalArgumentException("warm-up must be at least 1 year, got " + warmUpYears);
        if (reportingYears < 1) throw new IllegalArgumentException("reporting must be at least 1 year, got " + reportingYears);
        if (children < 1) throw new IllegalArgumentException("children must be >= 1, got " + children);
        if (!(meanServiceDays > 0)) throw new IllegalArgumentException("mean service days must be > 0, got " + meanServiceDays);
        // Validates lambda, c and stability once, here, rather than after a long run.
        new ErlangC(arrivalsPerDay, 1 / meanServiceDays, workers);
        // The model rounds funded posts to whole workers; the round trip must give back exactly c.
        if (Math.round(fundedPostsPer10kChildren(workers, children) * children / 10_000) != workers) {
            throw new IllegalArgumentException(workers + " workers cannot be expressed per 10,000 of " + children + " children");
        }
    }

    /** The queue's theory, with time in days. */
    public ErlangC theory() { return new ErlangC(arrivalsPerDay, 1 / meanServiceDays, workers); }

    /** A name saying what is being verified, e.g. {@code mmc-c10-rho0.70}. */
    public String name() { return String.format(Locale.ROOT, "mmc-c%d-rho%.2f", workers, theory().utilisation()); }

    /**
     * Mean hours of work per assessment. With every day a working day, a worker puts in
     * {@code HOURS_PER_WEEK / 7} hours per calendar day, so service days = hours * 7 / HOURS_PER_WEEK.
     */
    public double directHours() { return meanServiceDays * HOURS_PER_WEEK / 7; }

    /** Contacts per child per year that give lambda referrals per day across the population. */
    public double contactsPerChildPerYear() { return arrivalsPerDay * DAYS_PER_YEAR / children; }

    public Scenario scenario() {
        return Scenario.of(new ScenarioConfig(
                "verify-" + name(),
                "Degenerate configuration in which assessment is an M/M/c queue (verification only)",
                new CalendarConfig(REPORTING_START, reportingYears, warmUpYears, false, List.of()),
                population(), need(), agencies(), frontDoor(),
                new EarlyHelpConfig(0, 0, 26, 1, 12, 0, List.of()),
                assessment(), plans(),
                new CareConfig(0, 0, 1, 1, 0, 1, 0, 0),
                workforce(),
                new CostsConfig("verification", 0, 0, 0, 0, 0, 0)));
    }

    private PopulationConfig population() {
        // 1000/18 births per 1,000 children replaces those ageing out, keeping the population level.
        return new PopulationConfig(children, List.of(1.0), List.of(), 1000.0 / 18, 0,
                new PopulationConfig.RiskFactorsConfig(0, 0, 0, 1));
    }

    private static NeedConfig need() {
        HelpEffect none = new HelpEffect(1, 1);
        // No hazards at all: every child stays at need level none, so no referral ever has a reason to return.
        return new NeedConfig(
                new NeedConfig.InitialShares(0, 0, 0),
                new NeedConfig.Escalation(0, 0, 0),
                new NeedConfig.Easing(0, 0, 0),
                new NeedConfig.RiskMultipliers(1, 1, 1, 1),
                new NeedConfig.HelpEffects(none, none, none, none, none),
                new NeedConfig.SeverityTrend(REPORTING_START, 0, REPORTING_START, 0, 0));
    }

    private AgenciesConfig agencies() {
        // Every contact is noticed, so referrals are a thinned-by-nothing Poisson process of rate lambda.
        // No social work advice (availability 0), so its perception and thresholds are never used: the front door's.
        return new AgenciesConfig(1, 0, 0, new Thresholds(-3, -2, 10), List.of(new AgencyConfig("source", contactsPerChildPerYear(), new ByLevel(1, 1, 1, 1))),
                new AgenciesConfig.ConcernTrend(REPORTING_START, 0, REPORTING_START, 0));
    }

    private static FrontDoorConfig frontDoor() {
        // Perceived need is exactly 0, which lies in the social care band [-2, 10): every contact is referred for assessment.
        return new FrontDoorConfig(0, new Thresholds(-3, -2, 10), 0);
    }

    private AssessmentConfig assessment() {
        return new AssessmentConfig(
                Regime.LOCAL_FRAMEWORK,
                new PrescribedConfig(10, 35, 1, 0, 1, 0, 0, QueueOrder.ARRIVAL, 1, 0),
                // No deadline in reach, no recording, no help mid-assessment, first come first served.
                new LocalFrameworkConfig(1_000_000, directHours(), 0, 0, QueueOrder.ARRIVAL),
                1, // gamma shape 1: exponential work, the "M" of the service
                new AccuracyConfig(0, 0, 1, 0, 1, AssessmentConfig.LaterLooks.FRESH),
                // Assessed need is 0, below every cut point: each assessment ends in no further action, so no feedback.
                new Thresholds(5, 6, 7));
    }

    private static PlansConfig plans() {
        return new PlansConfig(
                new PlansConfig.ChildInNeedConfig(26, 0),
                new PlansConfig.ChildProtectionConfig(15, 0, 15, 0, 13, 26, 0, 0, 0,
                        new PlansConfig.BarTrend(java.time.LocalDate.of(2008, 11, 1), 0, java.time.LocalDate.of(2014, 4, 1), 0, 0)),
                0, 1, 0, 0.5);
    }

    private WorkforceConfig workforce() {
        return new WorkforceConfig(
                fundedPostsPer10kChildren(workers, children),
                HOURS_PER_WEEK,
                0,   // no overhead: every contracted hour is assessment work
                1,   // one assessment at a time: a worker is one server
                1,
                new WorkforceConfig.StressConfig(0, 0, 1),
                new WorkforceConfig.TurnoverConfig(0, 0, 1), // nobody leaves, so c is constant
                new WorkforceConfig.RecruitmentConfig(4, 1, 0, 60),
                new WorkforceConfig.AgencyStaffConfig(0, 4, 1, 0, false, 60),
                new WorkforceConfig.NewlyQualifiedConfig(1, 0),
                60,
                1,
                0,
                WorkforceConfig.AllocationRule.LEAST_LOADED);
    }

    private static double fundedPostsPer10kChildren(int workers, int children) { return workers * 10_000.0 / children; }
}
