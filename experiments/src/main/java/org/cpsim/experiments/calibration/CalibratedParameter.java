package org.cpsim.experiments.calibration;

import org.cpsim.experiments.io.Origin;

/** A scenario value the calibration estimates: its dotted path, its prior (and bounds), and where the file declares it. */
public record CalibratedParameter(String path, Prior prior, Origin origin) {}
