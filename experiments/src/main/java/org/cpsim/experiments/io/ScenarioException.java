package org.cpsim.experiments.io;

/**
 * A scenario the user must fix. Its message is one line, {@code FILE:LINE: field 'path': expected X, got Y},
 * meant to be shown as it is, with no stack trace.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Origin origin;
    private final String field;
    private final String expected;
    private final String actual;

    public ScenarioException(Origin origin, String field, String expected, String actual) {
        super(oneLine(origin + ": field '" + field + "': expected " + expected + ", got " + actual));
        this.origin = origin;
        this.field = field;
        this.expected = expected;
        this.actual = actual;
    }

    /** For problems that are not about one field (unreadable file, broken YAML). */
    public ScenarioException(Origin origin, String problem) {
        super(oneLine(origin + ": " + problem));
        this.origin = origin;
        this.field = null;
        this.expected = null;
        this.actual = null;
    }

    /** The same complaint about a field, pointed at another line (the one the user must change). */
    ScenarioException at(Origin elsewhere) {
        return field == null ? this : new ScenarioException(elsewhere, field, expected, actual);
    }

    /**
     * The same complaint with what it concerns named after the position, e.g.
     * {@code sweep.yaml:12: design point 3: field 'x': expected ...}.
     */
    public ScenarioException within(String context) {
        String prefix = origin + ": ";
        String rest = getMessage().startsWith(prefix) ? getMessage().substring(prefix.length()) : getMessage();
        return new ScenarioException(origin, context + ": " + rest);
    }

    public Origin origin() { return origin; }

    /** The dotted path of the offending field, or null when the problem is not about one field. */
    public String field() { return field; }

    // A value quoted back to the user may hold a newline (a block scalar); the message must stay one line.
    private static String oneLine(String s) { return s.replaceAll("\\s*[\\r\\n]+\\s*", " "); }
}
