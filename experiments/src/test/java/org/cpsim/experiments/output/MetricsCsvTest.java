package org.cpsim.experiments.output;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

class MetricsCsvTest {
    static final Period YEAR = new Period("2011-12", Period.Kind.YEAR, LocalDate.of(2011, 4, 1), LocalDate.of(2012, 4, 1), 0, 366);
    static final Period OTHER = new Period("2012-13", Period.Kind.YEAR, LocalDate.of(2012, 4, 1), LocalDate.of(2013, 4, 1), 366, 731);

    static RunResult result(int replication, List<Period> periods, double value) {
        double[][] values = new double[periods.size()][Indicator.values().length];
        for (double[] row : values) Arrays.fill(row, value);
        return new RunResult("s,1", replication, periods, values, 0);
    }

    @Test
    void rowsAreInReplicationPeriodIndicatorOrderWhateverOrderResultsArrive() throws IOException {
        StringWriter out = new StringWriter();
        MetricsCsv.write(out, List.of(result(1, List.of(YEAR, OTHER), 2), result(0, List.of(YEAR, OTHER), 1)));
        List<String> lines = out.toString().lines().toList();
        int n = Indicator.values().length;
        assertEquals(1 + 2 * 2 * n, lines.size());
        assertEquals("\"s,1\",0,2011-12,children,1", lines.get(1));
        assertEquals("\"s,1\",0,2011-12," + Indicator.values()[n - 1].id() + ",1", lines.get(n));
        assertEquals("\"s,1\",0,2012-13,children,1", lines.get(n + 1));
        assertEquals("\"s,1\",1,2011-12,children,2", lines.get(2 * n + 1));
    }

    @Test
    void summariesNeedEveryReplicationToReportTheSamePeriods() throws IOException {
        assertThrows(IllegalStateException.class, () -> Summaries.of(List.of(result(0, List.of(YEAR), 1), result(1, List.of(OTHER), 1))));
        Summaries s = Summaries.of(List.of(result(0, List.of(YEAR), 1), result(1, List.of(YEAR), 3), result(2, List.of(YEAR), Double.NaN)));
        assertEquals(2.0, s.get("2011-12", Indicator.CHILDREN).mean());
        assertEquals(2, s.get("2011-12", Indicator.CHILDREN).n(), "NaN replications are left out");
        StringWriter out = new StringWriter();
        SummaryCsv.write(out, s);
        String row = out.toString().lines().skip(1).findFirst().orElseThrow();
        assertTrue(row.startsWith("\"s,1\",2011-12,children,2,1.414214,"), row);
        assertTrue(row.endsWith(",2"), row);
    }
}
