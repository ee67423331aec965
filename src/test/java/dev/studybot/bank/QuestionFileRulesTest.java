package dev.studybot.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.exam.BlueprintCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionFileRulesTest {

    private static final BlueprintCatalog BLUEPRINTS = BlueprintCatalog.load(null);
    private final QuestionFileReader reader = new QuestionFileReader(BLUEPRINTS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax                   | syntax.yaml:13: -: YAML syntax error: expected ',' or ']', but got :
            format-version           | format-version.yaml:1: -: unknown format version '2' (supported: 1)
            missing-id               | missing-id.yaml:3: -: missing id
            unknown-exam             | unknown-exam.yaml:4: broken-sample: unknown exam 'MLA-C02' (known: MLA-C01, MLS-C01)
            unknown-task             | unknown-task.yaml:4: broken-sample: unknown task statement '5.1' for MLA-C01 (valid: 1.1, 1.2, 1.3, 2.1, 2.2, 2.3, 3.1, 3.2, 3.3, 4.1, 4.2, 4.3)
            type-not-allowed         | type-not-allowed.yaml:5: broken-sample: type 'ordering' is not allowed by MLS-C01 (allowed: multiple, single)
            unknown-type             | unknown-type.yaml:5: broken-sample: unknown type 'truefalse' (valid: single, multiple, ordering, matching)
            bad-difficulty           | bad-difficulty.yaml:6: broken-sample: difficulty must be 1, 2 or 3
            unknown-field            | unknown-field.yaml:12: broken-sample: unknown field 'answr'
            option-count             | option-count.yaml:8: broken-sample: single needs 3 to 6 options, found 2
            answer-not-option        | answer-not-option.yaml:12: broken-sample: answer key 'D' is not an option (options: A, B, C)
            single-several-keys      | single-several-keys.yaml:12: broken-sample: single takes exactly one answer key, found 2
            multiple-pick-phrase     | multiple-pick-phrase.yaml:7: broken-sample: multiple stem must end with "(Select TWO.)" to match its 2 answer keys
            ordering-not-permutation | ordering-not-permutation.yaml:12: broken-sample: ordering answer must list every option exactly once (missing: C)
            matching-uncovered       | matching-uncovered.yaml:13: broken-sample: matching answer must cover every prompt (missing: 3)
            missing-stem             | missing-stem.yaml:3: broken-sample: missing stem
            missing-explanation      | missing-explanation.yaml:3: broken-sample: missing explanation
            missing-why              | missing-why.yaml:9: broken-sample: option A has no why
            missing-reference        | missing-reference.yaml:3: broken-sample: missing references (at least one https link)
            http-reference           | http-reference.yaml:14: broken-sample: reference 'http://docs.aws.amazon.com/sagemaker/latest/dg/model-access-training-data.html' is not an https link
            letter-reference         | letter-reference.yaml:9: broken-sample: option A's why refers to an option by letter ('option B'); options are shuffled when shown
            long-stem                | long-stem.yaml:7: broken-sample: stem is 1,501 characters (at most 1,500)
            long-option              | long-option.yaml:9: broken-sample: option A text is 301 characters (at most 300)
            long-card                | long-card.yaml:3: broken-sample: card (stem, prompts and options) is 3,240 characters (at most 3,000)
            discontinued-service     | discontinued-service.yaml:3: broken-sample: the answer names Amazon Elastic Inference (no longer available), which is never the right answer for a present-day scenario
            closed-service-without-status | closed-service-without-status.yaml:3: broken-sample: the answer names SageMaker Clarify, which is closed to new customers: the explanation must say so
            """)
    void reportsEachBrokenRuleAsFileLineIdAndReason(String name, String expected) throws IOException {
        QuestionFileReader.Result result = reader.read(name + ".yaml", resource("broken-questions/" + name + ".yaml"));

        assertThat(result.problems()).map(Problem::toString).contains(expected);
        assertThat(result.questions()).isEmpty();
    }

    @Test
    void rejectsAnIdDefinedTwiceAcrossTheBankKeepingTheFirst(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("a.yaml"), resource("valid-question.yaml"));
        Path second = Files.writeString(dir.resolve("b.yaml"), resource("valid-question.yaml"));

        LoadedBank loaded = new BankLoader(BLUEPRINTS).load(false, List.of(first, second));

        assertThat(loaded.problems()).map(Problem::toString)
                .containsExactly(second + ":3: broken-sample: duplicate id (first defined at " + first + ":3)");
        assertThat(loaded.bank().size()).isEqualTo(1);
        assertThat(loaded.bank().find("broken-sample").orElseThrow().source()).isEqualTo(first + ":3");
    }

    @Test
    void rejectsAnIdDefinedTwiceInOneFile() throws IOException {
        Path file = Path.of("src/test/resources/broken-questions/duplicate-id.yaml");

        LoadedBank loaded = new BankLoader(BLUEPRINTS).load(false, List.of(file));

        assertThat(loaded.problems()).map(Problem::toString)
                .containsExactly(file + ":15: broken-sample: duplicate id (first defined at " + file + ":3)");
    }

    @Test
    void readsAValidQuestionWithEveryField() throws IOException {
        QuestionFileReader.Result result = reader.read("valid.yaml", resource("valid-question.yaml"));

        assertThat(result.problems()).isEmpty();
        Question question = result.questions().get(0);
        assertThat(question.id()).isEqualTo("broken-sample");
        assertThat(question.exams()).containsEntry("MLA-C01", "1.1");
        assertThat(question.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(question.options()).extracting(Option::key).containsExactly("A", "B", "C");
        assertThat(question.answer()).isEqualTo(AnswerKey.Choice.of(List.of("A")));
        assertThat(question.source()).isEqualTo("valid.yaml:3");
        assertThat(question.contentHash()).hasSize(32);
    }

    @Test
    void changesTheContentHashWhenTheAnswerChanges() throws IOException {
        String original = resource("valid-question.yaml");
        String changed = original.replace("answer: [A]", "answer: [B]");

        String before = reader.read("x.yaml", original).questions().get(0).contentHash();
        String after = reader.read("x.yaml", changed).questions().get(0).contentHash();

        assertThat(after).isNotEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Compare it with A/B testing on production variants.", "An answer about the data.",
            "Option pricing differs.", "the choice Amazon S3 makes sense"})
    void acceptsTextThatMentionsLettersWithoutNamingAnOption(String why) throws IOException {
        String yaml = resource("valid-question.yaml").replace("Durable object storage that training jobs read directly.",
                "\"" + why + "\"");

        assertThat(reader.read("x.yaml", yaml).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Better than answer C here.", "Options A and B both fail.", "Choice (D) is slower."})
    void rejectsTextThatNamesAnOptionByLetter(String why) throws IOException {
        String yaml = resource("valid-question.yaml").replace("Durable object storage that training jobs read directly.",
                "\"" + why + "\"");

        assertThat(reader.read("x.yaml", yaml).problems()).map(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("refers to an option by letter"));
    }

    @Test
    void reportsEveryProblemOfAQuestionNotOnlyTheFirst() throws IOException {
        String yaml = resource("valid-question.yaml").replace("difficulty: 2", "difficulty: 9")
                .replace("answer: [A]", "answer: [Z]");

        assertThat(reader.read("x.yaml", yaml).problems()).map(Problem::message)
                .contains("difficulty must be 1, 2 or 3", "answer key 'Z' is not an option (options: A, B, C)");
    }

    @Test
    void acceptsAClosedServiceAsTheAnswerWhenTheExplanationStatesItsStatus() throws IOException {
        String yaml = resource("broken-questions/closed-service-without-status.yaml").replace(
                "explanation: SHAP values explain each feature's contribution to a prediction.",
                "explanation: SHAP values explain each feature. Clarify is closed to new customers; existing ones keep it.");

        assertThat(reader.read("closed.yaml", yaml).problems()).isEmpty();
    }

    @Test
    void acceptsADiscontinuedServiceAmongTheWrongOptions() throws IOException {
        String yaml = resource("broken-questions/discontinued-service.yaml").replace("answer: [A]", "answer: [B]");

        assertThat(reader.read("distractor.yaml", yaml).problems()).isEmpty();
    }

    @Test
    void checksTheChoicesMatchedToPromptsForDiscontinuedServices() {
        String yaml = """
                format: 1
                questions:
                  - id: broken-sample
                    exams: {MLA-C01: "2.1"}
                    type: matching
                    difficulty: 2
                    stem: Match each need to the service that meets it.
                    prompts:
                      "1": Forecast weekly demand per store.
                      "2": Transcribe support calls.
                      "3": Translate product pages.
                    options:
                      A: {text: Amazon Forecast, why: Time-series forecasting as a managed service.}
                      B: {text: Amazon Transcribe, why: Speech to text.}
                      C: {text: Amazon Translate, why: Machine translation.}
                    answer: {"1": A, "2": B, "3": C}
                    explanation: Each need has its own managed service.
                    references: [https://docs.aws.amazon.com/transcribe/latest/dg/what-is.html]
                """;

        assertThat(reader.read("matching.yaml", yaml).problems()).map(Problem::toString).containsExactly(
                "matching.yaml:3: broken-sample: the answer names Amazon Forecast (no longer available to new "
                        + "customers), which is never the right answer for a present-day scenario");
    }

    static String resource(String path) throws IOException {
        try (InputStream in = QuestionFileRulesTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
