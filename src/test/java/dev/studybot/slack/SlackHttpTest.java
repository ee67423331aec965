package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.ChannelId;
import dev.studybot.chat.MessageView;
import dev.studybot.quiz.ChannelStore;
import dev.studybot.quiz.Post;
import dev.studybot.quiz.PostStore;
import dev.studybot.quiz.QuizScheduler;
import dev.studybot.scoring.LeaderboardChart;
import dev.studybot.support.MutableClock;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SlackHttpTest extends SlackHttpTestBase {

    @Autowired QuizScheduler.GameClock gameClock;
    @Autowired MutableClock clock;
    @Autowired PostStore posts;
    @Autowired ChannelStore channels;
    @Autowired QuestionBank bank;
    @Autowired JdbcClient jdbc;
    @Autowired SlackPlatform slackPlatform;

    String channel;

    @BeforeEach
    void fresh() {
        SlackFake.reset();
        SlackFake.admin("UADMIN");
        jdbc.sql("update channels set paused = true").update();
        channel = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        clock.set(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private ChannelId id() {
        return ChannelId.of("slack:T111:" + channel);
    }

    private String ackText(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("blocks").toString();
    }

    private void enrol() throws Exception {
        assertThat(ackText(command("UADMIN", channel, "/studybot", "setup"))).contains("Set up: MLA-C01, 09:00 Europe/Berlin");
        assertThat(ackText(command("UADMIN", channel, "/studybot", "schedule 09:00 UTC mon-fri"))).contains("Schedule: 09:00 UTC");
    }

    private Post postAt(String instant) {
        clock.set(instant);
        gameClock.tick();
        return posts.latest(id()).orElseThrow();
    }

    @Test
    void verifiesSlacksDocumentedSigningExample() throws Exception {
        JsonNode vector = JSON.readTree(resource("slack/signing_vector.json"));
        long ts = vector.path("x_slack_request_timestamp").asLong();
        Clock then = Clock.fixed(Instant.ofEpochSecond(ts), ZoneOffset.UTC);
        SlackRequestCheck check = new SlackRequestCheck(vector.path("signing_secret").asText(), then);
        String body = vector.path("body").asText();
        String signature = vector.path("expected_x_slack_signature").asText();

        assertThat(check.problem(String.valueOf(ts), signature, body)).isNull();
        assertThat(check.problem(String.valueOf(ts), signature, body.replace("roadrunner", "coyote"))).isEqualTo("bad signature");
        assertThat(new SlackRequestCheck(vector.path("signing_secret").asText(), Clock.offset(then, java.time.Duration.ofSeconds(301)))
                .problem(String.valueOf(ts), signature, body)).isEqualTo("timestamp outside the five-minute window");
        assertThat(new SlackRequestCheck(vector.path("signing_secret").asText(), Clock.offset(then, java.time.Duration.ofSeconds(-301)))
                .problem(String.valueOf(ts), signature, body)).isEqualTo("timestamp outside the five-minute window");
    }

    @Test
    void rejectsForgedStaleFutureAndUnsignedRequestsWithoutChangingAnything() throws Exception {
        String body = "team_id=T111&channel_id=" + channel + "&user_id=UADMIN&command=%2Fstudybot&text=setup";
        String form = "application/x-www-form-urlencoded";

        assertThat(send(body, form, 0, "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(send(body, form, -301, SECRET).statusCode()).isEqualTo(401);
        assertThat(send(body, form, 301, SECRET).statusCode()).isEqualTo(401);
        assertThat(send(body, form, 0, null).statusCode()).isEqualTo(401);

        assertThat(channels.find(id())).isEmpty();
        assertThat(SlackFake.calls()).isEmpty();
    }

    @Test
    void answersMalformedPayloadsWith400() throws Exception {
        assertThat(send("payload=%7Bnot-json", "application/x-www-form-urlencoded").statusCode()).isEqualTo(400);
        assertThat(send("{\"type\":", "application/json").statusCode()).isEqualTo(400);
        assertThat(channels.find(id())).isEmpty();
    }

    @Test
    void answersUrlVerificationWithTheChallenge() throws Exception {
        String body = resource("slack/url_verification_docs.json");
        String challenge = JSON.readTree(body).path("challenge").asText();

        HttpResponse<String> response = send(body, "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(challenge);
    }

    @Test
    void playsAFullDayInAChannel() throws Exception {
        enrol();
        Post post = postAt("2026-11-23T09:00:00Z");

        var posted = SlackFake.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel")))
                .toList();
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).params().get("blocks")).contains("Question of the day").contains(BlockKit.EXPLAIN);
        assertThat(posted.get(0).params().get("metadata")).contains("studybot_post").contains(id() + "/2026-11-23T09:00");

        var question = bank.find(post.questionId()).orElseThrow();
        AnswerKey right = question.answer();
        List<String> keys = question.options().stream().map(o -> o.key()).toList();
        String rightKey = ((AnswerKey.Choice) right).keys().first();
        String wrongKey = keys.stream().filter(k -> !((AnswerKey.Choice) right).keys().contains(k)).findFirst().orElseThrow();
        boolean multi = ((AnswerKey.Choice) right).keys().size() > 1;

        answer("UANA", post, right, rightKey);
        answer("UBEN", post, right, rightKey);
        answer("UBEN", post, right, rightKey); // a double click
        answer("UCAT", post, AnswerKey.Choice.of(keys.stream().filter(k -> !((AnswerKey.Choice) right).keys().contains(k))
                .limit(((AnswerKey.Choice) right).keys().size()).toList()), wrongKey);
        answer("UCAT", post, right, rightKey); // changes their mind

        assertThat(jdbc.sql("select count(*) from answers where post_id = :p").param("p", post.id()).query(Long.class)
                .single()).isEqualTo(3);
        var confirmations = SlackFake.calls("chat.postEphemeral");
        assertThat(confirmations).hasSize(multi ? 5 : 5);
        assertThat(confirmations.get(0).params().get("text") + confirmations.get(0).params().get("blocks"))
                .contains("Recorded your answer");

        postAt("2026-11-24T08:30:00Z");
        var update = SlackFake.calls("chat.update").stream().filter(c -> channel.equals(c.params().get("channel"))).toList();
        assertThat(update).hasSize(1);
        assertThat(update.get(0).params().get("ts")).isEqualTo(posts.find(post.id()).orElseThrow().messageRef().value());
        assertThat(update.get(0).params().get("blocks")).contains(":white_check_mark:").contains("3 answered, 3 correct");
        assertThat(SlackFake.calls("chat.postMessage")).anySatisfy(c -> assertThat(c.params())
                .containsEntry("channel", channel).containsKey("thread_ts"));

        String board = ackText(command("UANA", channel, "/leaderboard", "week"));
        assertThat(board).contains("UANA").contains("UBEN").contains("UCAT");
        assertThat(ackText(command("UANA", channel, "/stats", ""))).contains("Your study record")
                .contains("MLA-C01 domain 1: Data Preparation for Machine Learning: 100%");

        assertThat(click("UANA", channel, BlockKit.EXPLAIN, String.valueOf(post.id()), null).statusCode()).isEqualTo(200);
        var dm = SlackFake.calls("chat.postMessage").stream().filter(c -> "DUANA".equals(c.params().get("channel"))).toList();
        assertThat(dm).hasSize(1);
        assertThat(dm.get(0).params().get("blocks")).contains("Explanation");
        assertThat(SlackFake.calls("conversations.open")).hasSize(1);

        SlackSpec.assertConforms(SlackFake.calls());
    }

    private void answer(String user, Post post, AnswerKey answer, String key) throws Exception {
        AnswerKey.Choice choice = (AnswerKey.Choice) answer;
        HttpResponse<String> response = choice.keys().size() == 1
                ? click(user, channel, BlockKit.ANSWER + key, post.id() + ":" + key, null)
                : click(user, channel, BlockKit.SUBMIT, String.valueOf(post.id()),
                        checked(post.id(), choice.keys().toArray(String[]::new)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void losesNoPostThroughA429And500Storm() throws Exception {
        enrol();
        SlackFake.failNext("chat.postMessage", 6);

        postAt("2026-11-23T09:00:00Z");
        Post post = postAt("2026-11-23T09:00:20Z");

        assertThat(posts.find(post.id()).orElseThrow().announcedAt()).isNotNull();
        assertThat(SlackFake.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel"))))
                .hasSizeGreaterThanOrEqualTo(7);
        assertThat(channels.find(id()).orElseThrow().paused()).isFalse();
    }

    @Test
    void uploadsPicturesThroughSlacksExternalUploadFlow() throws Exception {
        SlackFake.ok("files.getUploadURLExternal", "\"upload_url\":\"http://localhost:" + SlackFake.SERVER.port()
                + "/upload/v1/abc\",\"file_id\":\"F123\"");
        SlackFake.SERVER.stubFor(WireMock.post(WireMock.urlPathEqualTo("/upload/v1/abc")).willReturn(WireMock.ok("OK - 4")));
        SlackFake.ok("files.completeUploadExternal", "\"files\":[{\"id\":\"F123\",\"name\":\"chart.png\"}]");
        var table = new MessageView.LeaderboardTable("Leaderboard",
                List.of(new MessageView.LeaderboardRow(1, "Ana", 10, 100, 1, 1)), null);

        var ref = slackPlatform.uploadImage(id(), LeaderboardChart.of(table, "chart.png"));

        assertThat(ref.value()).isEqualTo("F123");
        assertThat(SlackFake.calls("files.getUploadURLExternal")).singleElement()
                .satisfies(c -> assertThat(c.params()).containsEntry("filename", "chart.png").containsKey("length"));
        assertThat(SlackFake.calls("files.completeUploadExternal")).singleElement()
                .satisfies(c -> assertThat(c.params()).containsEntry("channel_id", channel));
        assertThat(SlackFake.SERVER.findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo("/upload/v1/abc"))))
                .hasSize(1);
        SlackSpec.assertConforms(SlackFake.calls());
    }

    @Test
    void keepsAnAnswerWhenTheConfirmationCannotBeDelivered() throws Exception {
        enrol();
        Post post = postAt("2026-11-23T09:00:00Z");
        String key = ((AnswerKey.Choice) bank.find(post.questionId()).orElseThrow().answer()).keys().first();
        SlackFake.failNext("chat.postEphemeral", 8);

        HttpResponse<String> response = bank.find(post.questionId()).orElseThrow().pickCount() == 1
                ? click("UANA", channel, BlockKit.ANSWER + key, post.id() + ":" + key, null)
                : click("UANA", channel, BlockKit.SUBMIT, String.valueOf(post.id()), checked(post.id(),
                        ((AnswerKey.Choice) bank.find(post.questionId()).orElseThrow().answer()).keys().toArray(String[]::new)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from answers where post_id = :p").param("p", post.id()).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void losesNoPostWhenTheWebApiTimesOut() throws Exception {
        enrol();
        SlackFake.slowOnce("chat.postMessage", 2_500);

        Post post = postAt("2026-11-23T09:00:00Z");
        postAt("2026-11-23T09:00:20Z");

        assertThat(posts.find(post.id()).orElseThrow().announcedAt()).isNotNull();
        assertThat(channels.find(id()).orElseThrow().paused()).isFalse();
    }

    @Test
    void findsAPostAlreadyMadeBeforeACrashInsteadOfPostingAgain() throws Exception {
        enrol();
        SlackFake.historyHas(id() + "/2026-11-23T09:00", "1700000000.424242");

        Post post = postAt("2026-11-23T09:00:00Z");

        assertThat(SlackFake.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel"))))
                .isEmpty();
        assertThat(posts.find(post.id()).orElseThrow().messageRef().value()).isEqualTo("1700000000.424242");
    }

    @Test
    void pausesTheChannelAndTellsItsOrganisersWhenTheBotWasRemoved() throws Exception {
        enrol();
        SlackFake.error("conversations.history", "not_in_channel");

        postAt("2026-11-23T09:00:00Z");

        assertThat(channels.find(id()).orElseThrow().paused()).isTrue();
        assertThat(SlackFake.calls("chat.postMessage")).anySatisfy(c -> {
            assertThat(c.params().get("channel")).isEqualTo("DUADMIN");
            assertThat(c.params().get("blocks")).contains("paused");
        });
    }

    @Test
    void refusesSetupWhereTheBotIsNotAMember() throws Exception {
        SlackFake.ok("conversations.info", "\"channel\":{\"id\":\"" + channel + "\",\"is_member\":false,\"is_archived\":false}");

        assertThat(ackText(command("UADMIN", channel, "/studybot", "setup"))).contains("I cannot post in this channel");
        assertThat(channels.find(id())).isEmpty();
    }

    @Test
    void refusesAdminCommandsFromMembersAndExplainsBadInput() throws Exception {
        enrol();

        assertThat(ackText(command("UMEMBER", channel, "/studybot", "pause"))).contains("Only workspace admins");
        assertThat(ackText(command("UADMIN", channel, "/studybot", "schedule 9am Mars/Base"))).contains("is not a time");
        assertThat(channels.find(id()).orElseThrow().paused()).isFalse();
    }

    @Test
    void handlesARetriedEventDeliveryOnce() throws Exception {
        String body = "{\"token\":\"x\",\"team_id\":\"T111\",\"api_app_id\":\"A111\",\"type\":\"event_callback\","
                + "\"event_id\":\"Ev" + UUID.randomUUID().toString().substring(0, 8) + "\",\"event_time\":1700000000,"
                + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"UANA\",\"channel\":\"D1\",\"tab\":\"home\"}}";

        assertThat(send(body, "application/json").statusCode()).isEqualTo(200);
        assertThat(send(body, "application/json").statusCode()).isEqualTo(200); // Slack's retry, X-Slack-Retry-Num: 1

        var published = SlackFake.calls("views.publish");
        assertThat(published).hasSize(1);
        assertThat(published.get(0).params().get("view")).contains("StudyBot").contains("\"type\":\"home\"")
                .contains("Your study record");
    }

    @Test
    void opensAModalForOrderingQuestionsAndRecordsTheSubmission() throws Exception {
        enrol();
        command("UADMIN", channel, "/studybot", "focus 3");
        Post post = null;
        for (int day = 23; day <= 27; day++) {
            clock.set("2026-11-" + day + "T12:00:00Z");
            command("UADMIN", channel, "/studybot", "post-now");
            post = posts.latest(id()).orElseThrow();
            if (post.questionId().equals("test-ordering")) {
                break;
            }
        }
        assertThat(post.questionId()).isEqualTo("test-ordering");

        click("UANA", channel, BlockKit.OPEN_FLOW, String.valueOf(post.id()), null);
        var opened = SlackFake.calls("views.open");
        assertThat(opened).hasSize(1);
        JsonNode view = JSON.readTree(opened.get(0).params().get("view"));
        assertThat(view.path("callback_id").asText()).isEqualTo(BlockKit.FLOW_CALLBACK);

        String payload = viewSubmission(view.path("private_metadata").asText(), List.of("B", "A", "C"));
        HttpResponse<String> submitted = send("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");

        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select answer from answers where post_id = :p").param("p", post.id()).query(String.class)
                .single()).isEqualTo("B>A>C");
    }

    private String viewSubmission(String metadata, List<String> order) throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(resource("slack/view_submission_modal.json"));
        payload.putObject("team").put("id", "T111").put("domain", "studybot-test");
        payload.putObject("user").put("id", "UANA").put("username", "uana").put("name", "uana").put("team_id", "T111");
        var view = (com.fasterxml.jackson.databind.node.ObjectNode) payload.path("view");
        view.put("callback_id", BlockKit.FLOW_CALLBACK).put("private_metadata", metadata);
        var values = view.putObject("state").putObject("values");
        for (int i = 0; i < order.size(); i++) {
            values.putObject("position" + (i + 1)).putObject("choice").put("type", "static_select")
                    .putObject("selected_option").put("value", order.get(i)).putObject("text").put("type", "plain_text")
                    .put("text", order.get(i));
        }
        return JSON.writeValueAsString(payload);
    }
}
