package org.cpsim.experiments.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * Reads YAML into a {@link YamlNode} tree with lines and source comments. A value's source is the
 * comment on its line, or failing that the comment lines directly above its key.
 */
final class YamlReader {
    private YamlReader() {}

    static YamlNode readFile(Path file, String shownName) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(new Origin(shownName, 1), "cannot read the scenario file (" + describe(e) + ")");
        }
        YamlNode root = read(new StringReader(text), shownName, 1, null);
        if (root == null) throw new ScenarioException(new Origin(shownName, 1), "the scenario file is empty");
        return root;
    }

    /** A value given on the command line, read as a YAML scalar or flow collection. */
    static YamlNode readValue(String text, String where, String source) {
        YamlNode node = read(new StringReader(text), where, 0, source);
        return node != null ? node : new YamlNode.Scalar("", false, true, Origin.commandLine(where), source);
    }

    private static YamlNode read(Reader reader, String name, int lineBase, String defaultSource) {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        Node node;
        try {
            node = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new ScenarioException(new Origin(name, lineBase == 0 ? 0 : line), "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ScenarioException(new Origin(name, lineBase), "not valid YAML: " + e.getMessage());
        }
        if (node == null) return null;
        return new Converter(name, lineBase == 0, defaultSource).convert(node, null, null, "", null);
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private record Converter(String file, boolean commandLine, String defaultSource) {

        Origin origin(Node n) {
            return commandLine ? Origin.commandLine(file) : new Origin(file, n.getStartMark().getLine() + 1);
        }

        /**
         * @param key       the key node this value belongs to (its comments count as the value's source), or null
         * @param inherited the source of an enclosing one-line flow collection ({@code {a: 1, b: 2}  # source}),
         *                  which its values share unless they carry their own; null elsewhere
         */
        YamlNode convert(Node node, Node key, Origin keyOrigin, String path, String inherited) {
            Origin at = keyOrigin != null ? keyOrigin : origin(node);
            if (node instanceof ScalarNode s) {
                boolean isNull = s.getTag().equals(Tag.NULL);
                boolean quoted = s.getScalarStyle() != ScalarStyle.PLAIN;
                return new YamlNode.Scalar(isNull ? "" : s.getValue(), quoted, isNull, origin(node), source(key, node, inherited));
            }
            String own = source(key, node, inherited);
            String forChildren = node instanceof CollectionNode<?> c && c.getFlowStyle() == DumperOptions.FlowStyle.FLOW ? own : null;
            if (node instanceof SequenceNode seq) {
                List<YamlNode> items = new ArrayList<>();
                for (Node item : seq.getValue()) items.add(convert(item, null, null, path + "[" + items.size() + "]", forChildren));
                return new YamlNode.Sequence(items, at, own);
            }
            MappingNode map = (MappingNode) node;
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, Origin> keyOrigins = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                if (!(k instanceof ScalarNode ks)) {
                    throw new ScenarioException(origin(k), "a key must be a plain name, not a list or mapping");
                }
                String name = ks.getValue();
                String child = path.isEmpty() ? name : path + "." + name;
                if (entries.containsKey(name)) {
                    throw new ScenarioException(origin(k), child, "each key once in a mapping", "it a second time");
                }
                Origin ko = origin(k);
                keyOrigins.put(name, ko);
                entries.put(name, convert(t.getValueNode(), k, ko, child, forChildren));
            }
            return new YamlNode.Mapping(entries, keyOrigins, at);
        }

        /** The comment on the value's line, else the comment lines directly above its key, else the enclosing flow collection's. */
        String source(Node key, Node value, String inherited) {
            String s = joined(value.getInLineComments());
            if (s == null && key != null) s = joined(key.getInLineComments());
            if (s == null) s = blockDirectlyAbove(value);
            if (s == null && key != null) s = blockDirectlyAbove(key);
            if (s == null) s = inherited;
            return s != null ? s : defaultSource;
        }

        private static String blockDirectlyAbove(Node n) {
            List<CommentLine> block = n.getBlockComments();
            if (block == null) return null;
            // Only the comment lines after the last blank line touch the key; earlier ones are section headings.
            int start = 0;
            for (int i = 0; i < block.size(); i++) if (block.get(i).getCommentType() == CommentType.BLANK_LINE) start = i + 1;
            return joined(block.subList(start, block.size()));
        }

        private static String joined(List<CommentLine> lines) {
            if (lines == null) return null;
            StringBuilder b = new StringBuilder();
            for (CommentLine c : lines) {
                if (c.getCommentType() == CommentType.BLANK_LINE) continue;
                String v = c.getValue().strip();
                if (v.isEmpty()) continue;
                if (b.length() > 0) b.append(' ');
                b.append(v);
            }
            return b.length() == 0 ? null : b.toString();
        }
    }
}
