package dev.studybot;

import static dev.studybot.support.Players.member;
import static dev.studybot.support.Players.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.InboundHandler;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.MessageView.LeaderboardRow;
import dev.studybot.chat.Reply;
import dev.studybot.quiz.Channel;
import dev.studybot.quiz.ChannelStore;
import dev.studybot.quiz.Post;
import dev.studybot.quiz.PostStore;
import dev.studybot.quiz.Posting;
import dev.studybot.quiz.QuizScheduler;
import dev.studybot.support.Concurrently;
import dev.studybot.support.EngineTestConfig;
import dev.studybot.support.MutableClock;
import dev.studybot.support.Players;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same Flyway scripts and SQL on a real PostgreSQL, as the {@code postgres} profile runs them. The database comes
 * from {@code STUDYBOT_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://localhost:5432/studybot_test}, user and
 * password {@code studybot}); the test works in its own schema, {@code studybot_test}, which it drops and creates
 * first, and leaves every other schema alone. Skipped with a message where no PostgreSQL
 * answers, except in CI ({@code CI=true}), where {@code .ci/run} starts one and a missing server fails the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "studybot.bank.packaged=false",
        "studybot.bank.paths=src/test/resources/test-bank",
        "studybot.scheduler.enabled=false"
})
@ActiveProfiles("test")
@Import(EngineTestConfig.class)
class PostgresTest {

    static final String URL = System.getenv().getOrDefault("STUDYBOT_TEST_POSTGRES_URL",
            "jdbc:postgresql://localhost:5432/studybot_test");
    static final String USER = System.getenv().getOrDefault("STUDYBOT_TEST_POSTGRES_USER", "studybot");
    static final String SCHEMA = "studybot_test";
    static final String PASSWORD = System.getenv().getOrDefault("STUDYBOT_TEST_POSTGRES_PASSWORD", "studybot");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    @BeforeAll
    static void emptyDatabase() {
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        } catch (SQLException e) {
            String message = "No PostgreSQL at " + URL + " (" + e.getMessage() + "); start one as .ci/run does";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " (CI=true, so the PostgreSQL tests must run)");
            }
            Assumptions.assumeTrue(false, message + " to run the PostgreSQL tests");
        }
    }

    @Autowired InboundHandler game;
    @Autowired QuizScheduler.GameClock gameClock;
    @Autowired MutableClock clock;
    @Autowired PostStore posts;
    @Autowired ChannelStore channels;
    @Autowired Posting posting;
    @Autowired QuestionBank bank;
    @Autowired JdbcClient jdbc;

    Players chat;

    @BeforeEach
    void freshChannel() {
        jdbc.sql("update channels set paused = true").update();
        clock.set("2026-11-23T07:00:00Z");
        chat = new Players(game).setUpWeekdaysAtNineUtc();
    }

    private Post postAt(String instant) {
        clock.set(instant);
        gameClock.tick();
        return posts.latest(chat.channel).orElseThrow();
    }

    private AnswerKey right(Post post) {
        return bank.find(post.questionId()).orElseThrow().answer();
    }

    private long answerRows(Post post) {
        return jdbc.sql("select count(*) from answers where post_id = :p").param("p", post.id()).query(Long.class).single();
    }

    @Test
    void migratesAnEmptyDatabaseWithTheSameScriptsAsH2() {
        List<String> applied = jdbc.sql("select script from flyway_schema_history where success order by installed_rank")
                .query(String.class).list();

        assertThat(applied).containsExactly("V1__Create_users.sql", "V2__Create_game_tables.sql");
        assertThat(jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single())
                .as("a real PostgreSQL, not H2 in PostgreSQL mode").isGreaterThan(100000);
    }

    @Test
    void playsADayWithLeaderboardAndStreaks() {
        Post post = postAt("2026-11-23T09:00:00Z");
        AnswerKey right = right(post);

        assertThat(text(chat.answer(member("ana"), post.id(), right))).startsWith("Recorded your answer");
        assertThat(text(chat.answer(member("ana"), post.id(), right))).startsWith("You already answered");
        chat.answer(member("ben"), post.id(), right);
        postAt("2026-11-24T08:30:00Z");

        var table = (MessageView.LeaderboardTable) chat.command(member("ana"), "/leaderboard week").view();
        assertThat(table.rows()).extracting(LeaderboardRow::name).containsExactly("Name ana", "Name ben");
        assertThat(table.rows().get(0)).isEqualTo(new LeaderboardRow(1, "Name ana", 10, 100, 1, 1));
        assertThat(((MessageView.LeaderboardTable) chat.command(member("ana"), "/leaderboard all").view()).rows())
                .hasSize(2);
        var streaks = (MessageView.Streaks) chat.command(member("ana"), "/streak").view();
        assertThat(streaks.participation()).isEqualTo(1);
        assertThat(streaks.correct()).isEqualTo(1);
    }

    @Test
    void keepsOneAnswerRowPerUserUnderConcurrentClicks() throws Exception {
        Post post = postAt("2026-11-23T09:00:00Z");
        AnswerKey right = right(post);
        List<Reply> replies = Concurrently.run(8, 32, i -> () -> chat.answer(member("clicker"), post.id(), right));

        assertThat(replies).allSatisfy(reply -> assertThat(text(reply)).doesNotContain("Something went wrong"));

        assertThat(answerRows(post)).isEqualTo(1);
    }

    @Test
    void makesOnePostPerSlotWhenTwoInstancesRaceForIt() throws Exception {
        clock.set("2026-11-23T09:00:00Z");
        Channel channel = channels.find(chat.channel).orElseThrow();
        Concurrently.run(4, 8, i -> () -> posting.post(channel, "2026-11-23T09:00", clock.instant()));

        assertThat(jdbc.sql("select count(*) from posts where channel_id = :c").param("c", chat.channel.value())
                .query(Long.class).single()).isEqualTo(1);
    }
}
