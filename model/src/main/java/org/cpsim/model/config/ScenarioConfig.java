package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.present;

import java.io.Serializable;
import java.util.List;

/**
 * Every parameter of one configuration of the system, validated. {@code authorities} lists the local
 * authorities of a multi-authority run (e.g. all of England); empty, the run is one authority. Immutable: a policy change
 * during a run is a whole new {@code ScenarioConfig} in the {@link Scenario}'s timeline.
 */
public record ScenarioConfig(
        String name,
        String description,
        CalendarConfig calendar,
        PopulationConfig population,
        NeedConfig need,
        AgenciesConfig agencies,
        FrontDoorConfig frontDoor,
        EarlyHelpConfig earlyHelp,
        AssessmentConfig assessment,
        PlansConfig plans,
        CareConfig care,
        WorkforceConfig workforce,
        CostsConfig costs,
        List<AuthoritySize> authorities) implements Serializable {

    public ScenarioConfig {
        present("name", name);
        if (name.isBlank()) throw new ConfigException("name", "a non-empty name", "an empty string");
        description = description == null ? "" : description;
        present("calendar", calendar);
        present("population", population);
        present("need", need);
        present("agencies", agencies);
        present("frontDoor", frontDoor);
        present("earlyHelp", earlyHelp);
        present("assessment", assessment);
        present("plans", plans);
        present("care", care);
        present("workforce", workforce);
        present("costs", costs);
        assessment.outcomeThresholds().withChildProtectionLowered(plans.childProtection().strategyDiscussionMargin(), MARGIN);
        authorities = authorities == null ? List.of() : List.copyOf(authorities);
        var names = new java.util.HashSet<String>();
        for (int i = 0; i < authorities.size(); i++) {
            if (!names.add(authorities.get(i).name())) {
                throw new ConfigException("authorities[" + i + "].name", "a unique authority name", authorities.get(i).name());
            }
            try {
                authorities.get(i).levels().check(frontDoor, assessment, plans);
            } catch (ConfigException e) {
                throw new ConfigException("authorities[" + i + "].levels." + e.field(), e.expected(), e.actual());
            }
        }
    }

    /**
     * The cut points an assessment and a child in need review apply: the outcome thresholds with the child
     * protection cut point lowered by {@code plans.childProtection.strategyDiscussionMargin}, the bar for a
     * strategy discussion. An enquiry, a conference and a review of a plan apply the outcome thresholds themselves.
     */
    public Thresholds strategyThresholds() { return assessment.outcomeThresholds().withChildProtectionLowered(plans.childProtection().strategyDiscussionMargin(), MARGIN); }

    private static final String MARGIN = "plans.childProtection.strategyDiscussionMargin";

    /** A single-authority scenario (the population's size is the authority's). */
    public ScenarioConfig(String name, String description, CalendarConfig calendar, PopulationConfig population,
                          NeedConfig need, AgenciesConfig agencies, FrontDoorConfig frontDoor, EarlyHelpConfig earlyHelp,
                          AssessmentConfig assessment, PlansConfig plans, CareConfig care, WorkforceConfig workforce,
                          CostsConfig costs) {
        this(name, description, calendar, population, need, agencies, frontDoor, earlyHelp, assessment, plans, care,
                workforce, costs, List.of());
    }

    /**
     * The configuration of one authority of a multi-authority run: everything as here, but the child
     * population that of the authority (every other quantity is per child or per 10,000 children) and
     * the authority's own {@link AuthorityLevels} applied to this configuration's values. Called on the
     * configuration in force at every date, so the levels hold through the timeline; this one as on the first
     * simulated day ({@link AuthorityLevels#at}).
     */
    public ScenarioConfig forAuthority(AuthoritySize authority) { return forAuthority(authority, calendar.simulationStart()); }

    /** {@link #forAuthority(AuthoritySize)} as on {@code date}, from which an authority's own change of its levels applies. */
    public ScenarioConfig forAuthority(AuthoritySize authority, java.time.LocalDate date) {
        PopulationConfig p = population;
        AuthorityLevels levels = authority.levels().at(date);
        return new ScenarioConfig(authority.name(), description, calendar,
                new PopulationConfig(authority.children(), p.childrenPerFamilyShares(), p.startingAgeShares(), p.birthsPerThousandChildrenPerYear(),
                        p.deprivedFamilyShare(), p.riskFactors()),
                levels.applyTo(need), levels.applyTo(agencies), levels.applyTo(frontDoor), earlyHelp, levels.applyTo(assessment),
                levels.applyTo(plans), levels.applyTo(care), levels.applyTo(workforce), costs, List.of());
    }

    /** This configuration with the escalation to significant harm multiplied ({@link NeedConfig.SeverityTrend}); itself when the factor is 1. */
    public ScenarioConfig withSevereEscalationMultiplied(double factor) {
        if (factor == 1) return this;
        return new ScenarioConfig(name, description, calendar, population, need.withSevereEscalationMultiplied(factor), agencies, frontDoor, earlyHelp,
                assessment, plans, care, workforce, costs, authorities);
    }

    /**
     * The same configuration with the child protection cut point of {@code assessment.outcomeThresholds}
     * lowered by {@code by} need levels ({@link PlansConfig.BarTrend}); itself when {@code by} is 0.
     */
    public ScenarioConfig withProtectionBarLowered(double by) {
        if (by == 0) return this;
        Thresholds t = assessment.outcomeThresholds();
        if (!(t.childProtection() - by > t.socialCare())) {
            throw new ConfigException("plans.childProtection.barTrend.loweringPerYear",
                    "a lowering that keeps the child protection bar (" + t.childProtection() + ") above the social care bar (" + t.socialCare()
                            + ") through the run", "a lowering of " + by + " by the end");
        }
        return new ScenarioConfig(name, description, calendar, population, need, agencies, frontDoor, earlyHelp,
                assessment.withOutcomeThresholds(new Thresholds(t.earlyHelp(), t.socialCare(), t.childProtection() - by)),
                plans, care, workforce, costs, authorities);
    }

    /** The authorities this scenario runs: the list given, or one authority of {@code population.children}. */
    public List<AuthoritySize> authoritiesToRun() {
        return authorities.isEmpty() ? List.of(new AuthoritySize(name, population.children())) : authorities;
    }
}
