package org.cpsim.experiments.io;

/**
 * One leaf of a resolved scenario: its dotted path, canonical value, where it was written and the
 * source its comment gives.
 */
public record ResolvedValue(String path, String value, Origin origin, String source, SourceKind kind) {}
