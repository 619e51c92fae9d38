package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** run, compare and sweep share one progress bar that says how much is done and the time left (issue 16). */
class ConsoleProgressTest {
    @Test
    void theBarSaysWhatIsDoneAndTheTimeLeftAndClearsItself() throws InterruptedException {
        StringWriter text = new StringWriter();
        try (ConsoleProgress p = ConsoleProgress.to(new PrintWriter(text), "replications")) {
            p.started(0, 4);
            Thread.sleep(250); // past the redraw interval, so the next count is drawn
            p.done(2);
            p.done(4);
        }
        String s = text.toString();
        assertTrue(s.contains("0/4 replications"), s);
        assertTrue(s.matches("(?s).*2/4 replications, \\d+:\\d\\d left.*"), s);
        assertTrue(s.contains("4/4 replications"), s);
        assertTrue(s.endsWith("\r\033[K"), "the line is cleared at the end, leaving the results alone on the terminal");
    }
}
