package org.cpsim.experiments.io;

/**
 * A value set from outside the scenario file ({@code --set path=value}, {@code --years}): the dotted
 * path, the value as YAML text, and the source recorded for it.
 */
public record Assignment(String path, String value, String source) {

    public static final String SET_SOURCE = ScenarioLoader.COMMAND_LINE + " --set";

    /** Parses {@code path=value} as given to {@code --set}. */
    public static Assignment parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioException(Origin.commandLine(SET_SOURCE), text, "PATH=VALUE (e.g. earlyHelp.placesPer10kChildren=60)", text);
        }
        return new Assignment(text.substring(0, eq).strip(), text.substring(eq + 1), SET_SOURCE);
    }

    /** Where the value came from, for messages and the manifest. */
    Origin origin() { return Origin.commandLine(source + " " + path + "=" + value); }
}
