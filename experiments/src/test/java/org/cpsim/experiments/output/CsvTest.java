package org.cpsim.experiments.output;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void numbersAreRoundedToSixDecimalsWithoutTrailingZeros() {
        assertEquals("12", Csv.number(12.0));
        assertEquals("0.333333", Csv.number(1.0 / 3));
        assertEquals("0.666667", Csv.number(2.0 / 3));
        assertEquals("1234567.5", Csv.number(1234567.5));
        assertEquals("0.1", Csv.number(0.1 + 1e-12), "floating-point noise does not show");
        assertEquals("-2.5", Csv.number(-2.5));
        assertEquals("0", Csv.number(-0.0));
        assertEquals("0", Csv.number(1e-9));
        assertEquals("10000000000", Csv.number(1e10), "no exponent notation");
        assertEquals("", Csv.number(Double.NaN));
        assertEquals("Inf", Csv.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void textIsQuotedOnlyWhenItMustBe() {
        assertEquals("plain", Csv.text("plain"));
        assertEquals("\"a, b\"", Csv.text("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
        assertEquals("a,b,c\n", Csv.row("a", "b", "c"));
    }
}
