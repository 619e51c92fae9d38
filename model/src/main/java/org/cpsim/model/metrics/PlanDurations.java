package org.cpsim.model.metrics;

/** The CIN census's bands of child protection plan duration: under 3 months (of 365.25 / 12 days) and 2 years or more. */
public final class PlanDurations {
    private PlanDurations() {}

    public static final double THREE_MONTHS_DAYS = 3 * 365.25 / 12;
    public static final double TWO_YEARS_DAYS = 2 * 365.25;
}
