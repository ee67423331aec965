package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.StudyBotApplication;
import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.ChannelId;
import dev.studybot.quiz.Post;
import dev.studybot.quiz.PostStore;
import dev.studybot.quiz.QuizScheduler;
import dev.studybot.support.EngineTestConfig;
import dev.studybot.support.MutableClock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Stops the whole bot after it posted a card, starts a new one on the same database, and presses a button on the
 * old card: the custom id carries everything needed, so it still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "DISCORD_BOT_TOKEN=fake.discord.token",
        "studybot.bank.packaged=false",
        "studybot.bank.paths=src/test/resources/test-bank",
        "studybot.scheduler.enabled=false",
        "spring.datasource.url=" + DiscordRestartTest.DATABASE
})
@ActiveProfiles("test")
@Import(EngineTestConfig.class)
@DirtiesContext // its Discord connection is shut down by the test
class DiscordRestartTest {

    static final String DATABASE = "jdbc:h2:mem:discord-restart;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    static final ChannelId CHANNEL = ChannelId.of("discord:" + FakeDiscord.GUILD + ":" + FakeDiscord.CHANNEL);

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        registry.add("studybot.discord.api-url", FakeDiscord::apiUrl);
        registry.add("studybot.discord.gateway-url", FakeDiscord.GATEWAY::url);
    }

    @Autowired ConfigurableApplicationContext firstRun;
    @Autowired QuizScheduler.GameClock gameClock;
    @Autowired MutableClock clock;
    @Autowired PostStore posts;
    @Autowired QuestionBank bank;
    @Autowired JdbcClient jdbc;

    @Test
    void buttonsOnYesterdaysCardStillWorkAfterTheBotRestarts() throws Exception {
        FakeDiscord.reset();
        jdbc.sql("update channels set paused = true").update();
        clock.set("2026-11-23T07:00:00Z");
        FakeDiscord.interact(FakeDiscord.slashCommand(DiscordTest.ADMIN, true, "studybot", "setup"));
        clock.set("2026-11-23T09:00:00Z");
        gameClock.tick();
        Post post = posts.latest(CHANNEL).orElseThrow();
        String messageId = post.messageRef() == null ? posts.find(post.id()).orElseThrow().messageRef().value()
                : post.messageRef().value();
        String key = ((AnswerKey.Choice) bank.find(post.questionId()).orElseThrow().answer()).keys().first();
        boolean single = bank.find(post.questionId()).orElseThrow().pickCount() == 1;

        firstRun.getBean(net.dv8tion.jda.api.sharding.ShardManager.class).shutdown(); // the first bot is gone
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("DISCORD_BOT_TOKEN", "fake.discord.token");
        properties.put("studybot.bank.packaged", "false");
        properties.put("studybot.bank.paths", "src/test/resources/test-bank");
        properties.put("studybot.scheduler.enabled", "false");
        properties.put("spring.datasource.url", DATABASE);
        properties.put("spring.main.web-application-type", "none");
        properties.put("studybot.discord.api-url", FakeDiscord.apiUrl());
        properties.put("studybot.discord.gateway-url", FakeDiscord.GATEWAY.url());
        FakeDiscord.GATEWAY.expectNewIdentify();
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext secondRun = new SpringApplicationBuilder(StudyBotApplication.class,
                EngineTestConfig.class).profiles("test").run(args)) {
            assertThat(FakeDiscord.GATEWAY.awaitIdentified(30)).isTrue();
            secondRun.getBean(MutableClock.class).set("2026-11-23T12:00:00Z");
            assertThat(secondRun.getBean(PostStore.class).find(post.id())).as("the second run sees the first run's post")
                    .isPresent();

            var reply = FakeDiscord.interact(single
                    ? FakeDiscord.component(DiscordTest.BEN, messageId, 2, DiscordViews.ANSWER + post.id() + ":" + key)
                    : FakeDiscord.component(DiscordTest.BEN, messageId, 2, DiscordViews.EXPLAIN + post.id()));

            assertThat(reply.path("data").toString()).contains(single ? "Recorded your answer" : "Answer first");
            assertThat(DiscordSpec.problems(FakeDiscord.requests())).isEmpty();
        }
    }
}
