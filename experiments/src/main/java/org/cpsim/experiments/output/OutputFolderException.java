package org.cpsim.experiments.output;

/** An output folder the user asked for that cannot be used (it already holds results). */
public final class OutputFolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputFolderException(String message) { super(message); }
}
