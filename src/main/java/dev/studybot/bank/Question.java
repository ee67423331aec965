package dev.studybot.bank;

import dev.studybot.exam.TaskStatement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A valid question of the bank. Only {@link QuestionFileReader} creates them, after every rule passed.
 *
 * @param exams exam code to task statement id, {@code MLA-C01 -> "1.1"}
 * @param prompts prompt number to text, for {@code matching} only (empty otherwise)
 * @param options in key order
 * @param source where it was defined, {@code questions/x.yaml:12}
 * @param contentHash changes whenever anything a user sees or is scored on changes
 */
public record Question(
        String id,
        Map<String, String> exams,
        QuestionType type,
        int difficulty,
        String stem,
        Map<String, String> prompts,
        List<Option> options,
        AnswerKey answer,
        String explanation,
        List<String> references,
        List<String> tags,
        String source,
        String contentHash) {

    public Question {
        exams = Map.copyOf(exams);
        prompts = Collections.unmodifiableMap(new LinkedHashMap<>(prompts));
        options = List.copyOf(options);
        references = List.copyOf(references);
        tags = List.copyOf(tags);
    }

    /** The task statement id this question covers on an exam, if it is mapped to that exam. */
    public Optional<String> task(String exam) {
        return Optional.ofNullable(exams.get(exam));
    }

    /** The domain number on an exam, if mapped. */
    public Optional<Integer> domain(String exam) {
        return task(exam).map(t -> new TaskStatement(t, "").domain());
    }

    public Optional<Option> option(String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    /** How many options a user must pick: 1 for single, 2 or 3 for multiple, every option for ordering and matching. */
    public int pickCount() {
        if (answer instanceof AnswerKey.Choice choice) {
            return choice.keys().size();
        }
        return options.size();
    }

    public boolean isCorrect(AnswerKey given) {
        return answer.equals(given);
    }
}
