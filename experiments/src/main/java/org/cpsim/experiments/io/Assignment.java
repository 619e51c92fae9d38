package org.cpsim.experiments.io;

/**
 * A value set from outside the scenario file ({@code --set path=value}, {@code --years}, a sweep
 * file's overrides and design points): the dotted path, the value as YAML text, the source recorded
 * for it, and where it was written (for messages and the manifest).
 */
public record Assignment(String path, String value, String source, Origin origin) {

    public static final String SET_SOURCE = ScenarioLoader.COMMAND_LINE + " --set";

    public Assignment {
        // Given on the command line unless a file position is known (a sweep file's line).
        if (origin == null) origin = Origin.commandLine(source + " " + path + "=" + value);
    }

    /** A value given on the command line. */
    public Assignment(String path, String value, String source) {
        this(path, value, source, null);
    }

    /** Parses {@code path=value} as given to {@code --set}. */
    public static Assignment parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioException(Origin.commandLine(SET_SOURCE), text, "PATH=VALUE (e.g. earlyHelp.placesPer10kChildren=60)", text);
        }
        return new Assignment(text.substring(0, eq).strip(), text.substring(eq + 1), SET_SOURCE);
    }
}
