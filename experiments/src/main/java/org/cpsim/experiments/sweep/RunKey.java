package org.cpsim.experiments.sweep;

/** A run of a sweep: design point and replication. */
public record RunKey(int point, int replication) {}
