package org.cpsim.experiments.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one reading of numbers that scenario, sweep and calibration files share. */
class YamlFieldsTest {
    private static YamlNode.Scalar plain(String text) { return new YamlNode.Scalar(text, false, false, new Origin("f.yaml", 3), null); }

    @Test
    void decimalsAsPeopleWriteThem() {
        assertEquals(1000.5, YamlFields.decimal(plain("1_000.5")).getAsDouble());
        assertEquals(1000, YamlFields.decimal(plain("1e3")).getAsDouble());
        assertEquals(0.5, YamlFields.decimal(plain(".5")).getAsDouble());
        assertEquals(-2, YamlFields.decimal(plain(" -2 ")).getAsDouble());
    }

    @Test
    void whatJavaWouldTakeButAFileShouldNot() {
        for (String text : new String[] {"1d", "2f", "0x10", "NaN", "Infinity", "1e999", "1,5", ""}) {
            assertTrue(YamlFields.decimal(plain(text)).isEmpty(), text);
        }
        assertTrue(YamlFields.decimal(new YamlNode.Scalar("1", true, false, new Origin("f.yaml", 3), null)).isEmpty(), "quoted");
    }

    @Test
    void wholeNumbers() {
        assertEquals(20_000, YamlFields.wholeNumber(plain("20_000")).getAsLong());
        assertTrue(YamlFields.wholeNumber(plain("2.0")).isEmpty());
        assertTrue(YamlFields.wholeNumber(plain("99999999999999999999")).isEmpty());
    }

    @Test
    void aBadNumberNamesFileLineAndField() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> YamlFields.number(plain("1d"), "parameters[0].min"));
        assertTrue(e.getMessage().contains("f.yaml") && e.getMessage().contains("3") && e.getMessage().contains("parameters[0].min"), e.getMessage());
    }
}
