package org.cpsim.model.config;

/**
 * A configuration value that breaks a rule. Carries the field (relative to the record that
 * rejected it) and what was expected, so the loader can prefix the path, file and line.
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String expected;
    private final String actual;

    public ConfigException(String field, String expected, Object actual) {
        super(field + ": expected " + expected + ", got " + actual);
        this.field = field;
        this.expected = expected;
        this.actual = String.valueOf(actual);
    }

    public String field() { return field; }
    public String expected() { return expected; }
    public String actual() { return actual; }
}
