package org.cpsim.experiments.io;

import java.time.LocalDate;
import java.util.List;

/** One timeline entry as resolved: its date, description, where it was written and the values it changes. */
public record ResolvedPolicyChange(LocalDate date, String description, Origin origin, List<ResolvedValue> changes) {
    public ResolvedPolicyChange {
        changes = List.copyOf(changes);
    }
}
