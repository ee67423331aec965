package dev.studybot.bank;

import dev.studybot.exam.BlueprintCatalog;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one question file: checks its shape, then every question against the format's rules and the blueprints.
 * It never throws on bad content; everything wrong becomes a {@link Problem}.
 */
public final class QuestionFileReader {

    /** The only file format version this reader understands. */
    public static final int FORMAT = 1;

    /** One question as found in a file: valid ({@code question} set) or not. */
    public record Entry(String id, int line, Question question) {}

    /** What one file held. */
    public record Result(String file, List<Entry> entries, List<Problem> problems) {

        public List<Question> questions() {
            return entries.stream().map(Entry::question).filter(Objects::nonNull).toList();
        }
    }

    private final BlueprintCatalog blueprints;

    public QuestionFileReader(BlueprintCatalog blueprints) {
        this.blueprints = blueprints;
    }

    public Result read(String file, String content) {
        return read(file, new StringReader(content));
    }

    public Result read(String file, Reader content) {
        List<Problem> problems = new ArrayList<>();
        YamlNode root;
        try {
            root = YamlNode.parse(content);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            problems.add(fileProblem(file, line, "YAML syntax error: " + e.getProblem()));
            return new Result(file, List.of(), problems);
        } catch (YAMLException e) {
            problems.add(fileProblem(file, 1, "YAML syntax error: " + e.getMessage()));
            return new Result(file, List.of(), problems);
        }
        if (root == null || !root.isMapping()) {
            problems.add(fileProblem(file, root == null ? 1 : root.line(),
                    "a question file is a mapping with 'format: " + FORMAT + "' and 'questions:'"));
            return new Result(file, List.of(), problems);
        }
        Map<String, YamlNode.Entry> fields = root.fields();
        YamlNode.Entry format = fields.get("format");
        if (format == null) {
            problems.add(fileProblem(file, 1, "missing 'format: " + FORMAT + "'"));
            return new Result(file, List.of(), problems);
        }
        if (!String.valueOf(FORMAT).equals(format.value().text())) {
            problems.add(fileProblem(file, format.line(),
                    "unknown format version '" + format.value().text() + "' (supported: " + FORMAT + ")"));
            return new Result(file, List.of(), problems);
        }
        for (YamlNode.Entry field : root.entries()) {
            if (!field.key().equals("format") && !field.key().equals("questions")) {
                problems.add(fileProblem(file, field.line(), "unknown top-level field '" + field.key() + "'"));
            }
        }
        YamlNode.Entry questions = fields.get("questions");
        if (questions == null || !questions.value().isSequence()) {
            problems.add(fileProblem(file, questions == null ? 1 : questions.line(), "'questions' must be a list"));
            return new Result(file, List.of(), problems);
        }
        List<Entry> entries = new ArrayList<>();
        for (YamlNode node : questions.value().items()) {
            QuestionCheck check = new QuestionCheck(file, node, blueprints);
            Question question = check.run();
            problems.addAll(check.problems());
            if (question != null) {
                List<String> services = ServiceStatus.packaged().problems(question);
                services.forEach(problem -> problems.add(new Problem(file, node.line(), check.id(), problem)));
                question = services.isEmpty() ? question : null;
            }
            entries.add(new Entry(check.id(), node.line(), question));
        }
        return new Result(file, entries, problems);
    }

    private static Problem fileProblem(String file, int line, String message) {
        return new Problem(file, line, Problem.UNKNOWN_ID, message);
    }
}
