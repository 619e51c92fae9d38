package org.cpsim.model;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The model's shape, read from its sources: no circle of dependencies between its packages or its
 * classes (a reader can start at the bottom and go up), no class beyond about two screens, and no
 * public field that can be changed. Dependencies are the import lines, plus, inside a package, the
 * names of the package's other classes used in the code (comments and strings left out).
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/cpsim/model");
    private static final int MOST_LINES = 250;
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.cpsim\\.model\\.((?:[a-z]+\\.)*)([A-Z]\\w*)", Pattern.MULTILINE);
    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"", Pattern.DOTALL);
    private static final Pattern PUBLIC_MUTABLE_FIELD = Pattern.compile("^\\s*public\\s+(?!.*\\bfinal\\b)(?!.*\\()(?!.*\\b(class|interface|enum|record)\\b)[^=;{]*[;=]", Pattern.MULTILINE);

    /** Top-level class (package-qualified, e.g. service.Journey) to its source. */
    private static Map<String, String> sources() throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(f.getParent()).toString().replace('/', '.');
                String name = f.getFileName().toString().replace(".java", "");
                all.put(pkg.isEmpty() ? name : pkg + "." + name, Files.readString(f));
            }
        }
        assertTrue(all.size() > 40, "the model's sources are found from " + SOURCES.toAbsolutePath());
        return all;
    }

    private static String packageOf(String cls) { return cls.contains(".") ? cls.substring(0, cls.lastIndexOf('.')) : ""; }

    private static String simpleName(String cls) { return cls.substring(cls.lastIndexOf('.') + 1); }

    private static Map<String, Set<String>> classDependencies() throws IOException {
        Map<String, String> sources = sources();
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        for (var e : sources.entrySet()) {
            String cls = e.getKey();
            Set<String> to = new TreeSet<>();
            Matcher m = IMPORT.matcher(e.getValue());
            while (m.find()) {
                String target = m.group(1) + m.group(2);
                if (sources.containsKey(target)) to.add(target);
            }
            String code = COMMENTS_AND_STRINGS.matcher(e.getValue()).replaceAll(" ");
            for (String other : sources.keySet()) {
                if (other.equals(cls) || !packageOf(other).equals(packageOf(cls))) continue;
                if (Pattern.compile("\\b" + simpleName(other) + "\\b").matcher(code).find()) to.add(other);
            }
            deps.put(cls, to);
        }
        return deps;
    }

    @Test
    void noCircleOfDependenciesBetweenPackages() throws IOException {
        Map<String, Set<String>> packages = new TreeMap<>();
        classDependencies().forEach((cls, to) -> {
            Set<String> p = packages.computeIfAbsent(packageOf(cls), k -> new TreeSet<>());
            for (String t : to) if (!packageOf(t).equals(packageOf(cls))) p.add(packageOf(t));
        });
        assertEquals(List.of(), circles(packages), "circles of imports between the model's packages");
    }

    @Test
    void noCircleOfDependenciesBetweenClasses() throws IOException {
        assertEquals(List.of(), circles(classDependencies()), "circles of dependencies between the model's classes");
    }

    @Test
    void noClassBeyondAboutTwoScreens() throws IOException {
        List<String> long_ = new ArrayList<>();
        sources().forEach((cls, text) -> {
            long lines = text.lines().count();
            if (lines > MOST_LINES) long_.add(cls + " (" + lines + " lines)");
        });
        assertEquals(List.of(), long_, "model classes over " + MOST_LINES + " lines");
    }

    @Test
    void noPublicMutableField() throws IOException {
        List<String> found = new ArrayList<>();
        sources().forEach((cls, text) -> {
            Matcher m = PUBLIC_MUTABLE_FIELD.matcher(COMMENTS_AND_STRINGS.matcher(text).replaceAll(" "));
            while (m.find()) found.add(cls + ": " + m.group().strip());
        });
        assertEquals(List.of(), found, "public fields that are not final");
    }

    /** Every strongly connected set of more than one node (Tarjan), each sorted; empty when the graph is acyclic. */
    static List<Set<String>> circles(Map<String, Set<String>> graph) {
        List<Set<String>> found = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        List<String> stack = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) if (!index.containsKey(v)) connect(v, graph, index, low, stack, counter, found);
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
                                List<String> stack, int[] counter, List<Set<String>> found) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, counter, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.remove(stack.size() - 1);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) found.add(component);
        }
    }

    @Test
    void theCircleFinderFindsCircles() {
        Map<String, Set<String>> g = new LinkedHashMap<>();
        g.put("a", Set.of("b"));
        g.put("b", Set.of("c"));
        g.put("c", Set.of("a"));
        g.put("d", Set.of("a"));
        assertEquals(List.of(Set.of("a", "b", "c")), circles(g));
        g.put("c", Set.of());
        assertEquals(List.of(), circles(g));
    }
}
