package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.present;

/**
 * Every parameter of one configuration of the system, validated. Immutable: a policy change
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
        CostsConfig costs) {

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
    }
}
