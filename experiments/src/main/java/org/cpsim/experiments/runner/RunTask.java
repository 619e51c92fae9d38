package org.cpsim.experiments.runner;

import java.io.Serializable;

import org.cpsim.model.config.Scenario;

/**
 * One run of a sweep: replication {@code replication} of design point {@code point}. The result
 * depends on nothing else (scenario, seed, replication), so tasks may run anywhere, in any order;
 * Serializable so a cluster executor can send it to another machine.
 */
public record RunTask(int point, int replication, Scenario scenario, long seed) implements Serializable {}
