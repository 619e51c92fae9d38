package org.cpsim.model;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/** Developer probe (not a test): prints yearly headline indicators of the test authority. */
public final class Probe {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        RunResult r = Simulation.run(TestScenarios.authority(), 1, 0);
        long t1 = System.nanoTime();
        System.out.printf("run %.3f s, %d steps%n", (t1 - t0) / 1e9, r.events());
        Indicator[] show = args.length > 0 ? java.util.Arrays.stream(args).map(Indicator::byId).toArray(Indicator[]::new) : Indicator.values();
        for (Indicator i : show) {
            StringBuilder sb = new StringBuilder(String.format("%-40s", i.id()));
            for (int p = 0; p < r.periods().size(); p++) {
                if (r.periods().get(p).kind() == Period.Kind.YEAR) sb.append(String.format(" %10.1f", r.value(p, i)));
            }
            System.out.println(sb);
        }
    }
}
