package org.cpsim.experiments.io;

import java.util.Locale;
import java.util.regex.Pattern;

/** What kind of evidence stands behind a scenario value, read from the wording of its source comment. */
public enum SourceKind {
    /** Estimated from a file in the repository's {@code data/} folder. */
    DATA,
    /** Fitted by calibration against national statistics. */
    CALIBRATED,
    /** A modelling judgement with no direct evidence. */
    ASSUMPTION,
    /** Taken from a publication (guidance, statute, research, official statistics). */
    PUBLICATION,
    /** Given on the command line for this run. */
    COMMAND_LINE,
    /** A name or description with no comment: it labels the scenario and changes nothing the model does. */
    LABEL;

    private static final Pattern CALIBRATED_WORD = Pattern.compile("\\bcalibrated\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Classifies a source text; the order matters: a calibrated value may also cite its data file,
     * and a source that begins with the word assumption is one, whatever else it mentions.
     */
    public static SourceKind of(String source) {
        String s = source.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.startsWith(ScenarioLoader.COMMAND_LINE)) return COMMAND_LINE;
        if (lower.startsWith("calibrated")) return CALIBRATED;
        if (lower.startsWith("assumption")) return ASSUMPTION;
        if (s.contains("data/")) return DATA;
        if (CALIBRATED_WORD.matcher(s).find()) return CALIBRATED;
        if (s.toLowerCase(Locale.ROOT).contains("assumption")) return ASSUMPTION;
        return PUBLICATION;
    }

    /** Lower case, as written in manifests and listings. */
    public String label() { return name().toLowerCase(Locale.ROOT); }
}
