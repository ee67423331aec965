package dev.studybot.bank;

import dev.studybot.exam.Blueprint;
import dev.studybot.exam.BlueprintCatalog;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks one question node against every rule of the format and builds the {@link Question} if none fails. */
final class QuestionCheck {

    static final int MAX_STEM = 1_500;
    static final int MAX_OPTION = 300;
    static final int MAX_CARD = 3_000;

    private static final Set<String> FIELDS = Set.of("id", "exams", "type", "difficulty", "stem", "prompts",
            "options", "answer", "explanation", "references", "tags");
    private static final List<String> OPTION_KEYS = List.of("A", "B", "C", "D", "E", "F");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern PICK_PHRASE = Pattern.compile("\\(Select (TWO|THREE)\\.\\)$");
    private static final Pattern LETTER_REFERENCE =
            Pattern.compile("\\b(?i:options?|answers?|choices?|responses?)\\s+\\(?[A-F]\\)?(?![\\p{L}\\p{N}])");

    private final String file;
    private final YamlNode node;
    private final BlueprintCatalog blueprints;
    private final List<Problem> problems = new ArrayList<>();
    private Map<String, YamlNode.Entry> fields = Map.of();
    private final Map<String, Integer> optionLines = new HashMap<>();
    private String id = Problem.UNKNOWN_ID;

    QuestionCheck(String file, YamlNode node, BlueprintCatalog blueprints) {
        this.file = file;
        this.node = node;
        this.blueprints = blueprints;
    }

    String id() {
        return id;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The question, or null when any rule failed. */
    Question run() {
        if (!node.isMapping()) {
            problem(node.line(), "a question must be a mapping of fields");
            return null;
        }
        fields = node.fields();
        readId();
        checkFieldNames();
        Map<String, String> exams = readExams();
        QuestionType type = readType(exams);
        int difficulty = readDifficulty();
        String stem = requiredText("stem");
        Map<String, String> prompts = readPrompts(type);
        List<Option> options = readOptions(type);
        AnswerKey answer = readAnswer(type, options, prompts, stem);
        String explanation = requiredText("explanation");
        List<String> references = readReferences();
        List<String> tags = readStrings("tags");
        checkLetterReferences(options, explanation);
        checkCardLength(stem, prompts, options);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Question(id, exams, type, difficulty, stem, prompts, options, answer, explanation, references,
                tags, file + ":" + node.line(), hash(type, stem, prompts, options, answer, explanation));
    }

    private void readId() {
        YamlNode.Entry entry = fields.get("id");
        String value = entry == null ? null : entry.value().text();
        if (value == null || value.isBlank()) {
            problem(node.line(), "missing id");
        } else if (!ID.matcher(value).matches()) {
            problem(entry.line(), "id '" + value + "' is not a slug (lower-case letters, digits and '-', at most 80)");
        } else {
            id = value;
        }
    }

    private void checkFieldNames() {
        Set<String> seen = new HashSet<>();
        for (YamlNode.Entry entry : node.entries()) {
            if (!FIELDS.contains(entry.key())) {
                problem(entry.line(), "unknown field '" + entry.key() + "'");
            } else if (!seen.add(entry.key())) {
                problem(entry.line(), "field '" + entry.key() + "' appears twice");
            }
        }
    }

    private Map<String, String> readExams() {
        Map<String, String> exams = new LinkedHashMap<>();
        YamlNode.Entry entry = fields.get("exams");
        if (entry == null || entry.value().entries().isEmpty()) {
            problem(entry == null ? node.line() : entry.line(),
                    "missing exams (at least one of " + String.join(", ", blueprints.codes()) + ")");
            return exams;
        }
        for (YamlNode.Entry exam : entry.value().entries()) {
            String task = exam.value().text();
            var blueprint = blueprints.find(exam.key()).filter(b -> b.code().equals(exam.key()));
            if (blueprint.isEmpty()) {
                problem(exam.line(), "unknown exam '" + exam.key() + "' (known: "
                        + String.join(", ", blueprints.codes()) + ")");
            } else if (task == null || blueprint.get().task(task).isEmpty()) {
                problem(exam.line(), "unknown task statement '" + task + "' for " + exam.key() + " (valid: "
                        + String.join(", ", blueprint.get().taskIds()) + ")");
            } else {
                exams.put(exam.key(), task);
            }
        }
        return exams;
    }

    private QuestionType readType(Map<String, String> exams) {
        YamlNode.Entry entry = fields.get("type");
        String label = entry == null ? null : entry.value().text();
        if (label == null) {
            problem(node.line(), "missing type (single, multiple, ordering or matching)");
            return null;
        }
        QuestionType type = QuestionType.fromLabel(label).orElse(null);
        if (type == null) {
            problem(entry.line(), "unknown type '" + label + "' (valid: single, multiple, ordering, matching)");
            return null;
        }
        for (String exam : exams.keySet()) {
            Blueprint blueprint = blueprints.get(exam);
            if (!blueprint.questionTypes().contains(label)) {
                problem(entry.line(), "type '" + label + "' is not allowed by " + exam + " (allowed: "
                        + String.join(", ", new TreeSet<>(blueprint.questionTypes())) + ")");
            }
        }
        return type;
    }

    private int readDifficulty() {
        YamlNode.Entry entry = fields.get("difficulty");
        String text = entry == null ? null : entry.value().text();
        if (!"1".equals(text) && !"2".equals(text) && !"3".equals(text)) {
            problem(entry == null ? node.line() : entry.line(), "difficulty must be 1, 2 or 3");
            return 0;
        }
        return Integer.parseInt(text);
    }

    private Map<String, String> readPrompts(QuestionType type) {
        Map<String, String> prompts = new LinkedHashMap<>();
        YamlNode.Entry entry = fields.get("prompts");
        if (type != QuestionType.MATCHING) {
            if (entry != null) {
                problem(entry.line(), "only matching questions have prompts");
            }
            return prompts;
        }
        List<YamlNode.Entry> items = entry == null ? List.of() : entry.value().entries();
        if (items.size() < 3 || items.size() > 5) {
            problem(entry == null ? node.line() : entry.line(),
                    "matching needs 3 to 5 prompts, found " + items.size());
        }
        for (YamlNode.Entry prompt : items) {
            String text = prompt.value().text();
            if (!prompt.key().matches("[1-5]")) {
                problem(prompt.line(), "prompt key '" + prompt.key() + "' is not one of \"1\" to \"5\"");
            } else if (text == null || text.isBlank()) {
                problem(prompt.line(), "prompt " + prompt.key() + " has no text");
            } else {
                checkLength(prompt.line(), "prompt " + prompt.key(), text, MAX_OPTION);
                prompts.put(prompt.key(), text.strip());
            }
        }
        return prompts;
    }

    private List<Option> readOptions(QuestionType type) {
        List<Option> options = new ArrayList<>();
        YamlNode.Entry entry = fields.get("options");
        List<YamlNode.Entry> items = entry == null ? List.of() : entry.value().entries();
        if (type != null) {
            int min = switch (type) {
                case MULTIPLE -> 5;
                default -> 3;
            };
            int max = type == QuestionType.ORDERING ? 5 : 6;
            if (items.size() < min || items.size() > max) {
                problem(entry == null ? node.line() : entry.line(), type.label() + " needs " + min + " to " + max
                        + " options, found " + items.size());
            }
        }
        for (YamlNode.Entry option : items) {
            if (!OPTION_KEYS.contains(option.key())) {
                problem(option.line(), "option key '" + option.key() + "' is not one of A to F");
                continue;
            }
            optionLines.put(option.key(), option.line());
            Map<String, YamlNode.Entry> parts = option.value().fields();
            for (String part : parts.keySet()) {
                if (!part.equals("text") && !part.equals("why")) {
                    problem(parts.get(part).line(), "option " + option.key() + " has an unknown field '" + part + "'");
                }
            }
            String text = textOf(parts.get("text"));
            String why = textOf(parts.get("why"));
            if (text == null) {
                problem(option.line(), "option " + option.key() + " has no text");
            } else {
                checkLength(option.line(), "option " + option.key() + " text", text, MAX_OPTION);
            }
            if (why == null) {
                problem(option.line(), "option " + option.key() + " has no why");
            }
            options.add(new Option(option.key(), text, why));
        }
        return options;
    }

    private AnswerKey readAnswer(QuestionType type, List<Option> options, Map<String, String> prompts, String stem) {
        YamlNode.Entry entry = fields.get("answer");
        if (entry == null) {
            problem(node.line(), "missing answer");
            return null;
        }
        if (type == null) {
            return null;
        }
        int line = entry.line();
        Set<String> optionKeys = new LinkedHashSet<>();
        options.forEach(o -> optionKeys.add(o.key()));
        if (type == QuestionType.MATCHING) {
            return readPairs(entry, optionKeys, prompts);
        }
        if (!entry.value().isSequence()) {
            problem(line, "answer must be a list of option keys, like [B]");
            return null;
        }
        List<String> keys = entry.value().items().stream().map(YamlNode::text).toList();
        for (String key : keys) {
            if (key == null || !optionKeys.contains(key)) {
                problem(line, "answer key '" + key + "' is not an option (options: " + String.join(", ", optionKeys) + ")");
                return null;
            }
        }
        switch (type) {
            case SINGLE -> {
                if (keys.size() != 1) {
                    problem(line, "single takes exactly one answer key, found " + keys.size());
                }
                if (stem != null && PICK_PHRASE.matcher(stem).find()) {
                    problem(fields.get("stem").line(), "single stem must not ask to select several");
                }
                return AnswerKey.Choice.of(keys);
            }
            case MULTIPLE -> {
                checkMultiple(line, keys, stem);
                return AnswerKey.Choice.of(keys);
            }
            default -> {
                Set<String> missing = new LinkedHashSet<>(optionKeys);
                keys.forEach(missing::remove);
                if (keys.size() != optionKeys.size() || !missing.isEmpty()) {
                    problem(line, "ordering answer must list every option exactly once"
                            + (missing.isEmpty() ? "" : " (missing: " + String.join(", ", missing) + ")"));
                }
                return new AnswerKey.Sequence(keys);
            }
        }
    }

    private void checkMultiple(int line, List<String> keys, String stem) {
        if (new HashSet<>(keys).size() != keys.size()) {
            problem(line, "answer lists a key twice");
        }
        if (keys.size() < 2 || keys.size() > 3) {
            problem(line, "multiple takes 2 or 3 answer keys, found " + keys.size());
            return;
        }
        if (stem == null) {
            return;
        }
        String expected = keys.size() == 2 ? "(Select TWO.)" : "(Select THREE.)";
        if (!stem.endsWith(expected)) {
            problem(fields.get("stem").line(), "multiple stem must end with \"" + expected + "\" to match its "
                    + keys.size() + " answer keys");
        }
    }

    private AnswerKey readPairs(YamlNode.Entry entry, Set<String> optionKeys, Map<String, String> prompts) {
        if (!entry.value().isMapping()) {
            problem(entry.line(), "matching answer must map each prompt to an option key, like {\"1\": B}");
            return null;
        }
        Map<String, String> pairs = new TreeMap<>();
        for (YamlNode.Entry pair : entry.value().entries()) {
            String key = pair.value().text();
            if (!prompts.containsKey(pair.key())) {
                problem(pair.line(), "answer names prompt '" + pair.key() + "', which does not exist");
            } else if (key == null || !optionKeys.contains(key)) {
                problem(pair.line(), "answer key '" + key + "' is not an option (options: "
                        + String.join(", ", optionKeys) + ")");
            } else {
                pairs.put(pair.key(), key);
            }
        }
        Set<String> missing = new LinkedHashSet<>(prompts.keySet());
        missing.removeAll(pairs.keySet());
        if (!missing.isEmpty()) {
            problem(entry.line(), "matching answer must cover every prompt (missing: " + String.join(", ", missing) + ")");
        }
        return AnswerKey.Pairs.of(pairs);
    }

    private List<String> readReferences() {
        YamlNode.Entry entry = fields.get("references");
        List<String> references = readStrings("references");
        if (references.isEmpty()) {
            problem(entry == null ? node.line() : entry.line(), "missing references (at least one https link)");
        }
        for (String reference : references) {
            if (!isHttps(reference)) {
                problem(entry.line(), "reference '" + reference + "' is not an https link");
            }
        }
        return references;
    }

    private static boolean isHttps(String reference) {
        try {
            URI uri = new URI(reference);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void checkLetterReferences(List<Option> options, String explanation) {
        for (Option option : options) {
            checkLetters(option.why(), "option " + option.key() + "'s why", optionLines.get(option.key()));
        }
        if (explanation != null) {
            checkLetters(explanation, "explanation", fields.get("explanation").line());
        }
    }

    private void checkLetters(String text, String where, int line) {
        if (text == null) {
            return;
        }
        Matcher matcher = LETTER_REFERENCE.matcher(text);
        if (matcher.find()) {
            problem(line, where + " refers to an option by letter ('" + matcher.group()
                    + "'); options are shuffled when shown");
        }
    }

    private void checkCardLength(String stem, Map<String, String> prompts, List<Option> options) {
        if (stem == null) {
            return;
        }
        checkLength(fields.get("stem").line(), "stem", stem, MAX_STEM);
        int card = stem.length() + prompts.values().stream().mapToInt(String::length).sum()
                + options.stream().filter(o -> o.text() != null).mapToInt(o -> o.text().length()).sum();
        if (card > MAX_CARD) {
            problem(node.line(), String.format("card (stem, prompts and options) is %,d characters (at most %,d)",
                    card, MAX_CARD));
        }
    }

    private void checkLength(int line, String what, String text, int max) {
        if (text.length() > max) {
            problem(line, String.format("%s is %,d characters (at most %,d)", what, text.length(), max));
        }
    }

    private String requiredText(String field) {
        String text = textOf(fields.get(field));
        if (text == null) {
            problem(node.line(), "missing " + field);
        }
        return text;
    }

    private static String textOf(YamlNode.Entry entry) {
        String text = entry == null ? null : entry.value().text();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private List<String> readStrings(String field) {
        YamlNode.Entry entry = fields.get(field);
        if (entry == null) {
            return List.of();
        }
        if (!entry.value().isSequence()) {
            problem(entry.line(), field + " must be a list");
            return List.of();
        }
        return entry.value().items().stream().map(YamlNode::text).filter(t -> t != null && !t.isBlank())
                .map(String::strip).toList();
    }

    private void problem(int line, String message) {
        problems.add(new Problem(file, line, id, message));
    }

    private String hash(QuestionType type, String stem, Map<String, String> prompts, List<Option> options,
            AnswerKey answer, String explanation) {
        StringBuilder canonical = new StringBuilder().append(id).append('\0').append(type).append('\0').append(stem);
        prompts.forEach((k, v) -> canonical.append('\0').append(k).append('=').append(v));
        options.forEach(o -> canonical.append('\0').append(o.key()).append('=').append(o.text()).append('|').append(o.why()));
        canonical.append('\0').append(answer.encode()).append('\0').append(explanation);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
