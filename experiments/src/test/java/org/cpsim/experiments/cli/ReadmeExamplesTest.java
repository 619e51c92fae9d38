package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpsim.experiments.runner.ReplicationExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The README's examples, run (issue 16), so the README cannot drift from what the commands do. Every
 * {@code ./cpsim ...} line of its {@code ```bash} blocks must parse (verb, options, values) and name files
 * that exist; the quick ones run in-process through {@link Cpsim} on the real model, in order (a brief
 * reads the comparison written two lines before it), with 2 replications and a short horizon so the
 * whole README takes seconds. Verbs that take minutes by design (calibrate, sweep, sensitivity, verify,
 * bench, explore (a server), authorities (it rewrites scenarios/), the national run) are parsed and their files checked, not run. {@code ./cpsim <verb> --help} is
 * checked for every verb: each explains itself with examples.
 */
class ReadmeExamplesTest {
    private static final Path ROOT = Path.of(System.getProperty("cpsim.projectRoot", "..")).toAbsolutePath().normalize();
    private static final Set<String> PARSED_ONLY = Set.of("calibrate", "sweep", "sensitivity", "verify", "bench", "explore", "authorities");
    private static final Pattern BASH = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {}

    /** Every ./cpsim line of the README's bash blocks, as the words a shell would pass (after an optional VAR=value prefix). */
    static List<List<String>> commands(String readme) {
        List<List<String>> out = new ArrayList<>();
        Matcher m = BASH.matcher(readme);
        while (m.find()) {
            for (String line : m.group(1).split("\n")) {
                List<String> words = words(line);
                while (!words.isEmpty() && words.get(0).matches("[A-Z_]+=.*")) words.remove(0);
                if (!words.isEmpty() && words.get(0).equals("./cpsim")) out.add(words.subList(1, words.size()));
            }
        }
        return out;
    }

    /** Shell words: quotes group, a # after a space starts a comment, a > redirect ends the command. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else w.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) out.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else if ((c == '#' || c == '>') && !inWord) {
                break;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) out.add(w.toString());
        return out;
    }

    Outcome cpsim(List<String> args) {
        CommandLine cl = Cpsim.commandLine(ReplicationExecutor.LOCAL, dir);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(String[]::new));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void theReadmesShellWordsAreReadAsAShellWould() {
        assertEquals(List.of("brief", "output/x", "--title", "Lifting timescales"), commands("```bash\n./cpsim brief output/x --title \"Lifting timescales\"  # a brief\n```\n").get(0));
        assertEquals(List.of("run", "a.yaml"), commands("```bash\nCPSIM_JAVA_OPTS=-Xmx6g ./cpsim run a.yaml\nmvn verify\n```\n").get(0));
        assertEquals(List.of("metrics", "--csv"), words("metrics --csv > indicators.csv"));
    }

    @Test
    void everyReadmeExampleParsesNamesRealFilesAndTheQuickOnesRun() throws IOException {
        // The README's relative paths: scenarios and data from the checkout, output into a fresh folder.
        for (String linked : new String[] {"scenarios", "data"}) Files.createSymbolicLink(dir.resolve(linked), ROOT.resolve(linked));
        List<List<String>> commands = commands(Files.readString(ROOT.resolve("README.md")));
        assertTrue(commands.size() >= 15, "the README's examples were found: " + commands);
        for (List<String> command : commands) {
            String verb = command.get(0);
            if (verb.equals("<verb>")) {
                helpForEveryVerb();
                continue;
            }
            CommandLine parser = Cpsim.commandLine(ReplicationExecutor.LOCAL, dir);
            try {
                parser.parseArgs(command.toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                fail("README: ./cpsim " + String.join(" ", command) + " does not parse: " + e.getMessage());
            }
            for (String word : command) {
                if (word.matches("[\\w./-]+\\.(yaml|csv)") && !word.startsWith("output/")) {
                    assertTrue(Files.exists(ROOT.resolve(word)), "README: ./cpsim " + String.join(" ", command) + " names " + word + ", which does not exist");
                }
            }
            if (PARSED_ONLY.contains(verb) || String.join(" ", command).contains("england-national")) continue;
            List<String> quick = quick(command);
            Outcome o = cpsim(quick);
            assertEquals(0, o.code(), "README: ./cpsim " + String.join(" ", quick) + "\n" + o.err());
        }
    }

    /** The same command made quick: 2 replications, a short horizon, output folders in the test's folder. */
    private List<String> quick(List<String> command) {
        List<String> args = new ArrayList<>(command);
        String verb = args.get(0);
        if (Set.of("run", "compare", "fit", "replay").contains(verb)) {
            set(args, "--replications", "2");
            if (verb.equals("run") && !args.contains("--years")) set(args, "--years", "2");
            if (verb.equals("compare")) set(args, "--years", "4"); // to 2012-13, the year the README's brief asks for
            if (verb.equals("replay")) args.add("--no-charts");
        }
        // chart and brief read folders as given, so point the README's output/ at the test's folder.
        if (Set.of("chart", "brief").contains(verb)) {
            for (int i = 1; i < args.size(); i++) if (args.get(i).startsWith("output/")) args.set(i, dir.resolve(args.get(i)).toString());
        }
        return args;
    }

    private static void set(List<String> args, String option, String value) {
        int at = args.indexOf(option);
        if (at >= 0) args.set(at + 1, value);
        else {
            args.add(option);
            args.add(value);
        }
    }

    /** {@code ./cpsim <verb> --help}: every verb, with examples of itself. */
    private void helpForEveryVerb() {
        for (String verb : Cpsim.commandLine().getSubcommands().keySet()) {
            if (verb.equals("help")) continue;
            Outcome o = cpsim(List.of(verb, "--help"));
            assertEquals(0, o.code(), verb + ": " + o.err());
            assertTrue(o.out().contains("Examples:") && o.out().contains("cpsim " + verb), verb + " --help has no examples:\n" + o.out());
        }
    }
}
