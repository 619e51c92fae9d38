package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;

/**
 * One local authority of a multi-authority run: its name, child population (aged 0-17) and its own
 * levels relative to the scenario's national values ({@link AuthorityLevels#NEUTRAL} when it has none).
 */
public record AuthoritySize(String name, int children, AuthorityLevels levels) implements Serializable {
    public AuthoritySize {
        present("name", name);
        positive("children", children);
        levels = levels == null ? AuthorityLevels.NEUTRAL : levels;
    }

    /** An authority at England's levels. */
    public AuthoritySize(String name, int children) { this(name, children, AuthorityLevels.NEUTRAL); }
}
