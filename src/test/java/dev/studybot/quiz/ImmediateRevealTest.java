package dev.studybot.quiz;

import static dev.studybot.support.Players.admin;
import static dev.studybot.support.Players.member;
import static dev.studybot.support.Players.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.InboundHandler;
import dev.studybot.support.EngineTestConfig;
import dev.studybot.support.MutableClock;
import dev.studybot.support.Players;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** With {@code studybot.reveal=immediately}, the confirmation says at once whether the answer is right. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "studybot.reveal=immediately",
        "studybot.bank.packaged=false",
        "studybot.bank.paths=src/test/resources/test-bank",
        "studybot.scheduler.enabled=false",
        "studybot.playground.enabled=false"
})
@ActiveProfiles("test")
@Import(EngineTestConfig.class)
class ImmediateRevealTest {

    @Autowired InboundHandler game;
    @Autowired MutableClock clock;
    @Autowired PostStore posts;
    @Autowired QuestionBank bank;

    @Test
    void tellsRightAwayWhetherTheAnswerIsCorrect() {
        Players chat = new Players(game);
        clock.set("2026-11-23T10:00:00Z");
        chat.command(admin("lead"), "/studybot setup");
        chat.command(admin("lead"), "/studybot post-now");
        Post post = posts.latest(chat.channel).orElseThrow();
        AnswerKey right = bank.find(post.questionId()).orElseThrow().answer();

        assertThat(text(chat.answer(member("quick"), post.id(), right))).contains("Correct!");
    }
}
