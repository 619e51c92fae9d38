package org.cpsim.experiments.report;

import java.util.Locale;

/**
 * A scenario parameter as people read it: {@code workforce.turnover.baseAnnualLeavingProbability} is
 * "Turnover: base annual leaving probability", {@code earlyHelp.placesPer10kChildren} is "Early help:
 * places per 10k children". The section the parameter sits in, then its name in words; derived from the
 * path, so every parameter has one and none can fall out of step with the scenario files. Files (CSV,
 * manifests) keep the paths, which are what a scenario or {@code --set} takes.
 */
public final class ParameterLabel {
    private ParameterLabel() {}

    public static String of(String path) {
        String[] parts = path.replaceAll("\\[\\d+\\]", "").split("\\.");
        String name = words(parts[parts.length - 1]);
        if (parts.length == 1) return capitalise(name);
        return capitalise(words(parts[parts.length - 2])) + ": " + name;
    }

    /** Its name in words without the section, where space is short (a terminal table's heading): "places per 10k children". */
    public static String name(String path) {
        String[] parts = path.replaceAll("\\[\\d+\\]", "").split("\\.");
        return words(parts[parts.length - 1]);
    }

    /** camelCase to lower-case words, keeping numbers with their unit ("per10k" is "per 10k"). */
    private static String words(String camel) {
        String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("([a-zA-Z])([0-9])", "$1 $2").replace('_', ' ');
        return spaced.toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
