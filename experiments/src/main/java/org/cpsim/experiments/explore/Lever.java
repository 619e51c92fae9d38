package org.cpsim.experiments.explore;

import java.util.Arrays;
import java.util.Optional;

/**
 * A policy lever the explorer offers: which scenario value it moves and how. The ranges bound the
 * sliders (what a user may ask for), not the model: a value inside them is still checked by the
 * scenario loader exactly as if it had been written in a file.
 */
enum Lever {
    EARLY_HELP("earlyHelp", "earlyHelp.placesPer10kChildren", Kind.PERCENT, "Early help places",
            "% of the scenario's places, at the start and at every dated change", 0, 300, 5),
    FUNDED_POSTS("fundedPosts", "workforce.fundedPostsPer10kChildren", Kind.PERCENT, "Funded social work posts",
            "% of the scenario's establishment, at the start and at every dated change", 50, 200, 5),
    CASELOAD_CAP("caseloadCap", "workforce.caseloadCap", Kind.WHOLE, "Caseload cap",
            "most cases allocated to one worker", 5, 60, 1),
    RETENTION("retention", "workforce.turnover.retentionMultiplier", Kind.DECIMAL, "Leaving-rate multiplier",
            "1 = no retention payment; below 1, fewer workers leave", 0.3, 2.0, 0.05),
    REGIME("regime", "assessment.regime", Kind.REGIME, "Assessment regime",
            "prescribed timescales, or a local framework from a date", 0, 0, 0);

    /** How a lever's number becomes scenario values. */
    enum Kind {
        /** A percentage of the scenario's own value, applied wherever the value is set (start and timeline). */
        PERCENT,
        /** A whole number replacing the value wherever it is set. */
        WHOLE,
        /** A number replacing the value wherever it is set. */
        DECIMAL,
        /** The regime path: prescribed until a date, a local framework from it (or prescribed throughout). */
        REGIME
    }

    final String id;
    final String path;
    final Kind kind;
    final String label;
    final String help;
    final double min, max, step;

    Lever(String id, String path, Kind kind, String label, String help, double min, double max, double step) {
        this.id = id;
        this.path = path;
        this.kind = kind;
        this.label = label;
        this.help = help;
        this.min = min;
        this.max = max;
        this.step = step;
    }

    static Optional<Lever> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
