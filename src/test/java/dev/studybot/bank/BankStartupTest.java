package dev.studybot.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.exam.BlueprintCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What start-up does with a broken question file: leave it out and start, or refuse in strict mode. */
class BankStartupTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(BlueprintCatalog.class, () -> BlueprintCatalog.load(null))
            .withUserConfiguration(BankConfiguration.class)
            .withPropertyValues("studybot.bank.packaged=false",
                    "studybot.bank.paths=src/test/resources/valid-question.yaml,src/test/resources/broken-questions/answer-not-option.yaml");

    @Test
    void leavesInvalidQuestionsOutAndStillStarts() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(QuestionBank.class).all()).extracting(Question::source)
                    .containsExactly("src/test/resources/valid-question.yaml:3");
        });
    }

    @Test
    void refusesToStartInStrictModeNamingTheFirstProblem() {
        runner.withPropertyValues("studybot.bank.strict=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(
                    "answer-not-option.yaml:12: broken-sample: answer key 'D' is not an option");
        });
    }
}
