package org.cpsim.spark;

import java.util.Map;
import java.util.TreeMap;

import org.cpsim.experiments.runner.SweepExecutor;
import org.cpsim.experiments.runner.SweepExecutorFactory;

/**
 * {@code cpsim sweep --executor spark}, found by {@link java.util.ServiceLoader} when this module is
 * on the class path. Takes {@code --executor-option master=URL} and any {@code spark.*} setting.
 */
public final class SparkSweepExecutorFactory implements SweepExecutorFactory {

    @Override
    public String name() { return "spark"; }

    @Override
    public SweepExecutor create(int threads) { return create(threads, Map.of()); }

    @Override
    public SweepExecutor create(int threads, Map<String, String> options) {
        Map<String, String> settings = new TreeMap<>();
        for (Map.Entry<String, String> o : options.entrySet()) {
            // "master" for short, as spark-submit spells it; spark.* as in spark-defaults.conf.
            if (o.getKey().equals("master")) settings.put("spark.master", o.getValue());
            else if (o.getKey().startsWith("spark.")) settings.put(o.getKey(), o.getValue());
            else throw new IllegalArgumentException("the spark executor takes master=URL and spark.* settings, got " + o.getKey());
        }
        return new SparkSweepExecutor(threads, settings);
    }
}
