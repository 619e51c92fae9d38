package org.cpsim.experiments.explore;

/**
 * Something the browser asked for that the explorer will not do: an HTTP status in the 4xx range, a
 * message meant for a person, and the form field it concerns (null when it concerns none), so the page
 * can show it beside that field.
 */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient String field;

    BadRequest(int status, String field, String message) {
        super(message);
        if (status < 400 || status > 499) throw new IllegalArgumentException("not a client error: " + status);
        this.status = status;
        this.field = field;
    }

    static BadRequest invalid(String field, String message) { return new BadRequest(400, field, message); }

    static BadRequest notFound(String message) { return new BadRequest(404, null, message); }
}
