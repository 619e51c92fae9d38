package org.cpsim.experiments.output;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The part every manifest shares: where and how long the work ran, and what it cost. */
public final class RunEnvironment {
    private RunEnvironment() {}

    /** Adds threads, Java, processors, start and end time, elapsed seconds, peak heap and events to a manifest. */
    public static void put(Map<String, Object> m, int threads, Instant start, Instant end, long peakHeapBytes, long eventsProcessed) {
        m.put("threads", threads);
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("javaVendor", System.getProperty("java.vendor"));
        m.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        m.put("startTime", start.toString());
        m.put("endTime", end.toString());
        m.put("elapsedSeconds", Duration.between(start, end).toMillis() / 1000.0);
        m.put("peakHeapBytes", peakHeapBytes);
        m.put("eventsProcessed", eventsProcessed);
    }
}
