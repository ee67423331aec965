package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.ChannelId;
import dev.studybot.quiz.ChannelStore;
import dev.studybot.quiz.Post;
import dev.studybot.quiz.PostStore;
import dev.studybot.quiz.QuizScheduler;
import dev.studybot.support.EngineTestConfig;
import dev.studybot.support.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole bot through real JDA against a loopback Discord: gateway, REST, and the official spec. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "DISCORD_BOT_TOKEN=fake.discord.token",
        "studybot.bank.packaged=false",
        "studybot.bank.paths=src/test/resources/test-bank",
        "studybot.scheduler.enabled=false"
})
@ActiveProfiles("test")
@Import(EngineTestConfig.class)
class DiscordTest {

    static final String ADMIN = "100000000000000001";
    static final String ANA = "200000000000000002";
    static final String BEN = "300000000000000003";
    static final String CAT = "400000000000000004";
    static final ChannelId CHANNEL = ChannelId.of("discord:" + FakeDiscord.GUILD + ":" + FakeDiscord.CHANNEL);

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        registry.add("studybot.discord.api-url", FakeDiscord::apiUrl);
        registry.add("studybot.discord.gateway-url", FakeDiscord.GATEWAY::url);
    }

    @Autowired QuizScheduler.GameClock gameClock;
    @Autowired MutableClock clock;
    @Autowired PostStore posts;
    @Autowired ChannelStore channels;
    @Autowired QuestionBank bank;
    @Autowired JdbcClient jdbc;

    /** What the bot sent while starting (the command registration), kept before the first reset. */
    static List<LoggedRequest> startup;

    @BeforeEach
    void fresh() throws InterruptedException {
        if (startup == null) {
            await("commands registered", () -> !requests("PUT", "/applications/" + FakeDiscord.APP + "/commands").isEmpty());
            startup = FakeDiscord.requests();
        }
        FakeDiscord.reset();
        jdbc.sql("delete from answers where post_id in (select id from posts where channel_id = :c)")
                .param("c", CHANNEL.value()).update();
        jdbc.sql("delete from streaks where channel_id = :c").param("c", CHANNEL.value()).update();
        jdbc.sql("delete from channel_digests where channel_id = :c").param("c", CHANNEL.value()).update();
        jdbc.sql("delete from posts where channel_id = :c").param("c", CHANNEL.value()).update();
        jdbc.sql("delete from channel_organisers where channel_id = :c").param("c", CHANNEL.value()).update();
        jdbc.sql("delete from channels where id = :c").param("c", CHANNEL.value()).update();
        jdbc.sql("update channels set paused = true").update();
        clock.set("2026-11-23T07:00:00Z");
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        FakeDiscord.await(what, condition);
    }

    private static List<LoggedRequest> requests(String method, String pathRegex) {
        return FakeDiscord.requests(method, pathRegex);
    }

    private JsonNode interact(String interaction) throws Exception {
        return FakeDiscord.interact(interaction);
    }

    private String reply(JsonNode callback) {
        return callback.path("data").toString();
    }

    private void enrol() throws Exception {
        assertThat(reply(interact(FakeDiscord.slashCommand(ADMIN, true, "studybot", "setup")))).contains("Set up: MLA-C01");
        assertThat(reply(interact(FakeDiscord.slashCommand(ADMIN, true, "studybot", "schedule",
                FakeDiscord.option("time", "09:00"), FakeDiscord.option("zone", "UTC"),
                FakeDiscord.option("days", "mon-fri"))))).contains("Schedule: 09:00 UTC");
    }

    private Post postAt(String instant) {
        clock.set(instant);
        gameClock.tick();
        return posts.latest(CHANNEL).orElseThrow();
    }

    @Test
    void playsAFullDay() throws Exception {
        var registration = startup.stream().filter(r -> r.getMethod().getName().equals("PUT")).toList();
        assertThat(registration).hasSize(1);
        assertThat(DiscordSpec.problems(registration)).isEmpty();
        JsonNode commands = FakeDiscord.JSON.readTree(registration.get(0).getBodyAsString());
        assertThat(commands).extracting(c -> c.path("name").asText())
                .containsExactlyInAnyOrder("studybot", "leaderboard", "streak", "stats", "explain");
        assertThat(commands).allSatisfy(c -> assertThat(c.has("default_member_permissions")
                && !c.path("default_member_permissions").isNull()).isFalse());

        enrol();
        Post post = postAt("2026-11-23T09:00:00Z");
        var sent = requests("POST", "/channels/" + FakeDiscord.CHANNEL + "/messages");
        assertThat(sent).hasSize(1);
        JsonNode card = FakeDiscord.JSON.readTree(sent.get(0).getBodyAsString());
        assertThat(card.path("enforce_nonce").asBoolean()).isTrue();
        assertThat(card.path("nonce").asText()).hasSizeLessThanOrEqualTo(25)
                .isEqualTo(DiscordPlatform.nonce(CHANNEL + "/2026-11-23T09:00"));
        assertThat(card.path("embeds").get(0).path("title").asText()).isEqualTo("Question of the day · MLA-C01");
        assertThat(card.path("components").toString()).contains(DiscordViews.EXPLAIN + post.id());

        var question = bank.find(post.questionId()).orElseThrow();
        var right = (AnswerKey.Choice) question.answer();
        List<String> wrong = question.options().stream().map(o -> o.key()).filter(k -> !right.keys().contains(k))
                .limit(right.keys().size()).toList();
        String messageId = post.messageRef() == null ? posts.find(post.id()).orElseThrow().messageRef().value()
                : post.messageRef().value();
        assertThat(reply(answer(ANA, messageId, post, List.copyOf(right.keys())))).contains("Recorded your answer");
        answer(BEN, messageId, post, List.copyOf(right.keys()));
        assertThat(reply(answer(BEN, messageId, post, List.copyOf(right.keys())))).contains("You already answered");
        answer(CAT, messageId, post, wrong);
        assertThat(reply(answer(CAT, messageId, post, List.copyOf(right.keys())))).contains("Changed your answer");
        assertThat(jdbc.sql("select count(*) from answers where post_id = :p").param("p", post.id()).query(Long.class)
                .single()).isEqualTo(3);

        postAt("2026-11-24T08:30:00Z");
        var edits = requests("PATCH", "/channels/" + FakeDiscord.CHANNEL + "/messages/" + messageId);
        assertThat(edits).hasSize(1);
        assertThat(edits.get(0).getBodyAsString()).contains("Closed · MLA-C01").contains("3 (3 correct)");
        assertThat(requests("POST", "/channels/" + FakeDiscord.CHANNEL + "/messages/" + messageId + "/threads")).hasSize(1);

        String board = reply(interact(FakeDiscord.slashCommand(ANA, false, "leaderboard", null,
                FakeDiscord.option("period", "week"))));
        assertThat(board).contains("User 002").contains("User 003").contains("User 004");
        assertThat(reply(interact(FakeDiscord.slashCommand(ANA, false, "stats", null)))).contains("Your study record")
                .contains("Points: 10");

        assertThat(reply(interact(FakeDiscord.component(ANA, messageId, 2, DiscordViews.EXPLAIN + post.id()))))
                .contains("direct message");
        await("the explanation DM", () -> requests("POST", "/channels/8[0-9]+/messages").size() == 1);
        assertThat(requests("POST", "/channels/8[0-9]+/messages").get(0).getBodyAsString()).contains("Explanation");

        assertThat(DiscordSpec.problems(FakeDiscord.requests())).isEmpty();
    }

    private JsonNode answer(String user, String messageId, Post post, List<String> keys) throws Exception {
        return keys.size() == 1
                ? interact(FakeDiscord.component(user, messageId, 2, DiscordViews.ANSWER + post.id() + ":" + keys.get(0)))
                : interact(FakeDiscord.component(user, messageId, 3, DiscordViews.PICK + post.id(),
                        keys.toArray(String[]::new)));
    }

    @Test
    void postsLastWeeksLeaderboardWithItsChartAsAnAttachment() throws Exception {
        enrol();
        Post post = postAt("2026-11-23T09:00:00Z");
        var right = (AnswerKey.Choice) bank.find(post.questionId()).orElseThrow().answer();
        answer(ANA, posts.find(post.id()).orElseThrow().messageRef().value(), post, List.copyOf(right.keys()));

        postAt("2026-11-30T08:00:00Z");

        var uploads = requests("POST", "/channels/" + FakeDiscord.CHANNEL + "/messages").stream()
                .filter(LoggedRequest::isMultipart).toList();
        assertThat(uploads).hasSize(1);
        var file = uploads.get(0).getPart("files[0]");
        assertThat(file).isNotNull();
        byte[] png = file.getBody().asBytes();
        assertThat(java.util.Arrays.copyOf(png, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        JsonNode payload = FakeDiscord.JSON.readTree(DiscordSpec.jsonBody(uploads.get(0)));
        assertThat(payload.path("attachments").get(0).path("filename").asText()).isEqualTo("leaderboard-2026-W48.png");
        assertThat(payload.path("attachments").get(0).path("description").asText()).contains("User 002");
        assertThat(DiscordSpec.problems(FakeDiscord.requests())).isEmpty();
    }

    @Test
    void losesNoPostThrough429sAnd5xxs() throws Exception {
        enrol();
        FakeDiscord.failPosts(4);

        Post post = postAt("2026-11-23T09:00:00Z");
        for (int i = 1; i <= 3 && posts.find(post.id()).orElseThrow().announcedAt() == null; i++) {
            postAt("2026-11-23T09:0" + i + ":00Z");
        }

        assertThat(posts.find(post.id()).orElseThrow().announcedAt()).isNotNull();
        assertThat(channels.find(CHANNEL).orElseThrow().paused()).isFalse();
        var bodies = requests("POST", "/channels/" + FakeDiscord.CHANNEL + "/messages").stream()
                .map(LoggedRequest::getBodyAsString).distinct().toList();
        assertThat(bodies).hasSize(1); // every retry carried the same nonce: Discord keeps one message
    }

    @Test
    void pausesTheChannelAndTellsTheOrganiserOnMissingAccess() throws Exception {
        enrol();
        FakeDiscord.missingAccess();

        postAt("2026-11-23T09:00:00Z");

        assertThat(channels.find(CHANNEL).orElseThrow().paused()).isTrue();
        assertThat(channels.find(CHANNEL).orElseThrow().pausedReason()).isEqualTo("Missing Access");
        await("the organiser's DM", () -> !requests("POST", "/users/@me/channels").isEmpty());
        assertThat(requests("POST", "/users/@me/channels").get(0).getBodyAsString()).contains(ADMIN);
    }

    @Test
    void sendsTheExplanationAsAnEphemeralFollowUpWhenDirectMessagesAreClosed() throws Exception {
        enrol();
        Post post = postAt("2026-11-23T09:00:00Z");
        postAt("2026-11-24T08:30:00Z");
        FakeDiscord.REST.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/v10/channels/8[0-9]+/messages"))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Cannot send messages to this user\",\"code\":50007}")));
        String messageId = posts.find(post.id()).orElseThrow().messageRef().value();

        interact(FakeDiscord.component(ANA, messageId, 2, DiscordViews.EXPLAIN + post.id()));

        await("the ephemeral follow-up", () -> !requests("POST", "/webhooks/" + FakeDiscord.APP + "/.*").isEmpty());
        JsonNode followUp = FakeDiscord.JSON.readTree(requests("POST", "/webhooks/" + FakeDiscord.APP + "/.*").get(0)
                .getBodyAsString());
        assertThat(followUp.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(followUp.path("embeds").toString()).contains("Explanation");
    }

    @Test
    void refusesAdminSubcommandsToMembersWithoutManageServer() throws Exception {
        enrol();

        String refused = reply(interact(FakeDiscord.slashCommand(ANA, false, "studybot", "pause")));

        assertThat(refused).contains("Only workspace admins and this channel");
        assertThat(channels.find(CHANNEL).orElseThrow().paused()).isFalse();
    }

    @Test
    void answersOrderingQuestionsInAPrivateFlowOfSelects() throws Exception {
        enrol();
        interact(FakeDiscord.slashCommand(ADMIN, true, "studybot", "focus", FakeDiscord.option("domain", "3")));
        Post post = null;
        for (int day = 23; day <= 27; day++) {
            clock.set("2026-11-" + day + "T12:00:00Z");
            interact(FakeDiscord.slashCommand(ADMIN, true, "studybot", "post-now"));
            post = posts.latest(CHANNEL).orElseThrow();
            if (post.questionId().equals("test-ordering")) {
                break;
            }
        }
        assertThat(post.questionId()).isEqualTo("test-ordering");
        String messageId = posts.find(post.id()).orElseThrow().messageRef().value();

        JsonNode flow = interact(FakeDiscord.component(ANA, messageId, 2, DiscordViews.FLOW + post.id()));
        assertThat(flow.path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(flow.path("data").path("components").toString()).contains(DiscordViews.ORDER_STEP + post.id() + ":");
        interact(FakeDiscord.component(ANA, messageId, 3, DiscordViews.ORDER_STEP + post.id() + ":", "B"));
        interact(FakeDiscord.component(ANA, messageId, 3, DiscordViews.ORDER_STEP + post.id() + ":B", "A"));
        JsonNode last = interact(FakeDiscord.component(ANA, messageId, 3, DiscordViews.ORDER_STEP + post.id() + ":B,A", "C"));

        assertThat(last.path("type").asInt()).isEqualTo(7); // UPDATE_MESSAGE: the private flow becomes the confirmation
        assertThat(last.path("data").toString()).contains("Recorded your answer");
        assertThat(jdbc.sql("select answer from answers where post_id = :p").param("p", post.id()).query(String.class)
                .single()).isEqualTo("B>A>C");
    }

    @Test
    void specValidationCatchesABodyDiscordWouldReject() throws Exception {
        assertThat(DiscordSpec.problems("post", "/channels/{channel_id}/messages",
                "{\"embeds\":[{\"title\":42}],\"nonce\":\"x\",\"enforce_nonce\":\"yes\"}")).isNotEmpty();
        assertThat(DiscordSpec.problems("post", "/channels/{channel_id}/messages",
                "{\"content\":\"hi\",\"nonce\":\"abc\",\"enforce_nonce\":true}")).isEmpty();
    }
}
