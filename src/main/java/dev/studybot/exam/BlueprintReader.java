package dev.studybot.exam;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads one blueprint YAML file and checks that it is coherent (weights add up to 100, task ids fit domains). */
final class BlueprintReader {

    Blueprint read(InputStream in, String name) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        try {
            List<Domain> domains = list(root, "domains").stream().map(BlueprintReader::domain).toList();
            Blueprint blueprint = new Blueprint(
                    string(root, "code"),
                    string(root, "name"),
                    ExamStatus.valueOf(string(root, "status").toUpperCase(Locale.ROOT)),
                    Boolean.TRUE.equals(root.get("default")),
                    integer(root, "questions"),
                    integer(root, "scored-questions"),
                    integer(root, "duration-minutes"),
                    integer(root, "passing-score"),
                    Set.copyOf(list(root, "question-types").stream().map(String::valueOf).toList()),
                    domains);
            check(blueprint);
            return blueprint;
        } catch (RuntimeException e) {
            throw new IllegalStateException("blueprint " + name + ": " + e.getMessage(), e);
        }
    }

    private static void check(Blueprint b) {
        int total = b.domains().stream().mapToInt(Domain::weight).sum();
        if (total != 100) {
            throw new IllegalArgumentException("domain weights add up to " + total + ", not 100");
        }
        Set<String> seen = new HashSet<>();
        for (Domain d : b.domains()) {
            for (TaskStatement t : d.tasks()) {
                if (t.domain() != d.number() || !seen.add(t.id())) {
                    throw new IllegalArgumentException("task statement " + t.id() + " is misplaced or repeated");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Domain domain(Object node) {
        Map<String, Object> map = (Map<String, Object>) node;
        List<TaskStatement> tasks = list(map, "tasks").stream()
                .map(t -> (Map<String, Object>) t)
                .map(t -> new TaskStatement(string(t, "id"), string(t, "title")))
                .toList();
        return new Domain(integer(map, "number"), string(map, "name"), integer(map, "weight"), tasks);
    }

    private static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing '" + key + "'");
        }
        return String.valueOf(value);
    }

    private static int integer(Map<String, Object> map, String key) {
        return Integer.parseInt(string(map, key));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof List<?>)) {
            throw new IllegalArgumentException("'" + key + "' must be a list");
        }
        return (List<Object>) value;
    }
}
