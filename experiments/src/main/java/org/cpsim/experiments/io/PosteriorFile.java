package org.cpsim.experiments.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A posterior sample as {@code cpsim calibrate} writes it ({@code posterior.csv}: {@code particle,weight,distance,}
 * then one column per parameter path), read strictly: a bad row names the file, line and column.
 *
 * @param paths     the scenario paths of the parameter columns, in file order
 * @param values    values[particle][parameter], as written (so a draw sets exactly the text the file holds)
 * @param weights   the particles' weights, normalised to sum to 1
 * @param lines     each particle's line in the file, for error messages
 */
public record PosteriorFile(Path file, List<String> paths, List<List<String>> values, double[] weights, int[] lines) {
    static final List<String> LEADING = List.of("particle", "weight", "distance");

    public static PosteriorFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(new Origin(file.toString(), 0), "cannot read the posterior file: " + e.getMessage());
        }
        if (lines.isEmpty()) throw new ScenarioException(new Origin(file.toString(), 1), "header", "particle,weight,distance,<parameter paths>", "an empty file");
        List<String> header = ObservedData.parse(lines.get(0), file, 1).stream().map(String::strip).toList();
        if (header.size() <= LEADING.size() || !header.subList(0, LEADING.size()).equals(LEADING)) {
            throw new ScenarioException(new Origin(file.toString(), 1), "header", "particle,weight,distance, then one column per parameter path (posterior.csv of cpsim calibrate)",
                    String.join(",", header));
        }
        List<String> paths = header.subList(LEADING.size(), header.size());
        List<List<String>> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) continue;
            int line = i + 1;
            List<String> f = ObservedData.parse(text, file, line).stream().map(String::strip).toList();
            if (f.size() != header.size()) {
                throw new ScenarioException(new Origin(file.toString(), line), "row", header.size() + " fields, as the header has", f.size() + " fields");
            }
            double w = number(f.get(1), file, line, "weight");
            if (!(w >= 0) || Double.isInfinite(w)) throw new ScenarioException(new Origin(file.toString(), line), "weight", "a number >= 0", f.get(1));
            for (int j = 0; j < paths.size(); j++) number(f.get(LEADING.size() + j), file, line, paths.get(j));
            weights.add(w);
            rowLines.add(line);
            values.add(List.copyOf(f.subList(LEADING.size(), f.size())));
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (values.isEmpty() || !(total > 0)) {
            throw new ScenarioException(new Origin(file.toString(), lines.size()), "weight", "at least one particle with a weight above 0",
                    values.isEmpty() ? "no particles" : "all weights 0");
        }
        double[] normalised = weights.stream().mapToDouble(w -> w / total).toArray();
        return new PosteriorFile(file, List.copyOf(paths), List.copyOf(values), normalised, rowLines.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * {@code n} particle indices drawn with replacement in proportion to their weights, from a generator
     * seeded by {@code seed} alone: the same seed gives the same draws on any machine and thread count.
     */
    public int[] draw(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] cumulative = new double[weights.length];
        double c = 0;
        for (int k = 0; k < weights.length; k++) cumulative[k] = c += weights[k];
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble() * c;
            int k = 0;
            while (k < cumulative.length - 1 && cumulative[k] <= u) k++;
            out[i] = k;
        }
        return out;
    }

    /** The values of particle {@code k} as command-line assignments, each citing this file and the particle. */
    public List<Assignment> assignments(int k) {
        List<Assignment> out = new ArrayList<>();
        for (int j = 0; j < paths.size(); j++) {
            out.add(new Assignment(paths.get(j), values.get(k).get(j), "calibrated: posterior draw, " + file + " particle " + k,
                    new Origin(file.toString(), lines[k])));
        }
        return out;
    }

    /** A number field of a row, or an error naming the file, line and field. */
    static double number(String text, Path file, int line, String field) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isNaN(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new ScenarioException(new Origin(file.toString(), line), field, "a number", text.isEmpty() ? "nothing" : text);
        }
    }
}
