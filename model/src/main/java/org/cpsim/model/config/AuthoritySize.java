package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;

/** One local authority of a multi-authority run: its name and child population (aged 0-17). */
public record AuthoritySize(String name, int children) implements Serializable {
    public AuthoritySize {
        present("name", name);
        positive("children", children);
    }
}
