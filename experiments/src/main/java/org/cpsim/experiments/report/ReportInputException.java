package org.cpsim.experiments.report;

/**
 * A results folder or file the user gave that cannot be read as one (a missing file, column or
 * number): a user error, reported in one line naming the file and, where known, the line.
 */
public final class ReportInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportInputException(String message) { super(message); }

    public ReportInputException(String message, Throwable cause) { super(message, cause); }
}
