package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The run's calendar. Reporting starts on 1 April (statistical years end 31 March); a warm-up
 * before it lets stocks settle and is not reported.
 */
public record CalendarConfig(
        LocalDate reportingStart,
        int reportingYears,
        int warmUpYears,
        boolean weekendsAreNonWorking,
        List<LocalDate> bankHolidays) implements Serializable {

    public CalendarConfig {
        present("reportingStart", reportingStart);
        if (reportingStart.getDayOfMonth() != 1 || reportingStart.getMonth() != Month.APRIL) {
            throw new ConfigException("reportingStart", "1 April of a year (statistical years end 31 March)", reportingStart);
        }
        positive("reportingYears", reportingYears);
        nonNegative("warmUpYears", warmUpYears);
        bankHolidays = bankHolidays == null ? List.of() : List.copyOf(bankHolidays);
    }

    /** The first simulated day: the start of the warm-up. */
    public LocalDate simulationStart() { return reportingStart.minusYears(warmUpYears); }

    /** The day after the last reported day. */
    public LocalDate reportingEnd() { return reportingStart.plusYears(reportingYears); }
}
