package org.cpsim.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.Origin;

/**
 * One point of a sweep: a value for each varied parameter.
 *
 * @param index  its number, from 0, as in {@code runs.csv} and {@code points.csv}
 * @param values one value (YAML text) per parameter, in the parameters' order
 * @param origin where the point is written in the sweep file, or null when a design generated it
 */
public record DesignPoint(int index, List<String> values, Origin origin) {

    public DesignPoint {
        values = List.copyOf(values);
    }

    /** The point's values as scenario assignments; each reports errors at the point's line, else its parameter's. */
    public List<Assignment> assignments(List<Parameter> parameters) {
        List<Assignment> out = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            out.add(new Assignment(p.path(), values.get(i), "sweep " + label(), origin != null ? origin : p.origin()));
        }
        return out;
    }

    public String label() { return "design point " + index; }

    /** {@code path=value, ...}, for messages. */
    public String describe(List<Parameter> parameters) {
        StringJoiner j = new StringJoiner(", ");
        for (int i = 0; i < parameters.size(); i++) j.add(parameters.get(i).path() + "=" + values.get(i));
        return j.toString();
    }
}
