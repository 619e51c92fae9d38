package org.cpsim.experiments.runner;

import org.cpsim.model.config.Scenario;

/**
 * One run of a sweep: replication {@code replication} of design point {@code point}. The result
 * depends on nothing else (scenario, seed, replication), so tasks may run anywhere, in any order.
 */
public record RunTask(int point, int replication, Scenario scenario, long seed) {}
