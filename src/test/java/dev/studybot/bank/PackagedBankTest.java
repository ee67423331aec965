package dev.studybot.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.exam.Blueprint;
import dev.studybot.exam.BlueprintCatalog;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bank that ships in the jar: valid, and big and varied enough that it cannot silently shrink. */
class PackagedBankTest {

    private static final BlueprintCatalog BLUEPRINTS = BlueprintCatalog.load(null);
    private static final LoadedBank LOADED = new BankLoader(BLUEPRINTS).load(true, List.of());
    private static final List<Question> MLA = LOADED.bank().forExam("MLA-C01");

    private static Map<String, Long> count(List<Question> questions, Function<Question, String> key) {
        return questions.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    @Test
    void everyPackagedQuestionIsValid() {
        assertThat(LOADED.problems()).map(Problem::toString).isEmpty();
    }

    @Test
    void mapsEveryQuestionToTheSpecialtyExamOnlyWithItsQuestionTypes() {
        assertThat(LOADED.bank().forExam("MLS-C01")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.type().label()).isIn("single", "multiple"));
    }

    @Test
    void coversAllTwelveMlaTaskStatements() {
        Blueprint mla = BLUEPRINTS.get("MLA-C01");

        assertThat(MLA.size()).isGreaterThanOrEqualTo(30);
        assertThat(count(MLA, q -> q.task("MLA-C01").orElseThrow()).keySet())
                .containsExactlyInAnyOrderElementsOf(mla.taskIds());
    }

    @Test
    void spreadsCorrectKeysEvenlyOverPositions() {
        List<Question> singles = MLA.stream().filter(q -> q.type() == QuestionType.SINGLE).toList();
        Map<String, Long> keys = count(singles, q -> ((AnswerKey.Choice) q.answer()).keys().first());
        double fair = singles.size() / 4.0;

        for (String key : List.of("A", "B", "C", "D")) {
            assertThat(keys.getOrDefault(key, 0L)).as("single questions keyed %s of %d (%s)", key, singles.size(), keys)
                    .isBetween(Math.round(fair * 0.6), Math.round(fair * 1.4));
        }
        List<Question> orderings = MLA.stream().filter(q -> q.type() == QuestionType.ORDERING).toList();
        assertThat(orderings).as("ordering answers are not always the options in file order")
                .anyMatch(q -> !((AnswerKey.Sequence) q.answer()).keys()
                        .equals(q.options().stream().map(Option::key).toList()));
    }
}
