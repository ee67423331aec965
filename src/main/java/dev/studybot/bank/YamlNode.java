package dev.studybot.bank;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its line, so every problem in a question file can point at the line to fix.
 * SnakeYAML's composed node tree is used rather than plain maps because plain maps lose positions.
 */
record YamlNode(Node node) {

    /** A mapping entry with the line of its key. */
    record Entry(String key, int line, YamlNode value) {}

    /** Parses one document; throws SnakeYAML's {@code MarkedYAMLException} on a syntax error. */
    static YamlNode parse(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by the reader, with its line, instead of failing the file
        options.setMaxAliasesForCollections(20);
        Node root = new Yaml(new SafeConstructor(options)).compose(reader);
        return root == null ? null : new YamlNode(root);
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    /** The scalar's text, or null when this is not a scalar. */
    String text() {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** The entries of a mapping in file order; repeated keys appear twice. Empty for a non-mapping. */
    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                String name = key instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(key);
                entries.add(new Entry(name, key.getStartMark().getLine() + 1, new YamlNode(tuple.getValueNode())));
            }
        }
        return entries;
    }

    /** The entries by key, the first one winning when a key repeats. */
    Map<String, Entry> fields() {
        Map<String, Entry> fields = new LinkedHashMap<>();
        entries().forEach(e -> fields.putIfAbsent(e.key(), e));
        return fields;
    }

    List<YamlNode> items() {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(YamlNode::new).toList();
        }
        return List.of();
    }
}
