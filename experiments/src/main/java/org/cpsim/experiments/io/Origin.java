package org.cpsim.experiments.io;

/**
 * Where a scenario value was written: a file and 1-based line, or a command-line option
 * ({@code line} 0), so every error and every recorded value can point back at it.
 */
public record Origin(String file, int line) {

    public static Origin commandLine(String what) { return new Origin(what, 0); }

    public boolean isFile() { return line > 0; }

    @Override
    public String toString() { return line > 0 ? file + ":" + line : file; }
}
