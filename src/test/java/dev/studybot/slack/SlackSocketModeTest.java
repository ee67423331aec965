package dev.studybot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studybot.chat.ChannelId;
import dev.studybot.quiz.ChannelStore;
import dev.studybot.support.EngineTestConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Socket Mode end to end: Bolt asks the fake Web API for a connection ({@code apps.connections.open}), connects
 * to a loopback WebSocket server, receives Slack's real slash-command envelope and acknowledges it with the reply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_APP_TOKEN=xapp-test-token",
        "studybot.bank.packaged=false",
        "studybot.bank.paths=src/test/resources/test-bank",
        "studybot.scheduler.enabled=false"
})
@ActiveProfiles("test")
@Import(EngineTestConfig.class)
class SlackSocketModeTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final FakeSocketModeServer SOCKET;

    static {
        try {
            SOCKET = new FakeSocketModeServer(SlackHttpTestBase.resource("slack/socket_mode_hello.json"));
            SOCKET.start();
            Thread.sleep(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        SlackFake.reset();
        SlackFake.admin("U111");
        SlackFake.SERVER.stubFor(any(urlPathEqualTo("/api/apps.connections.open")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"url\":\"" + SOCKET.url() + "\"}")));
        registry.add("studybot.slack.api-url", SlackFake::apiUrl);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        SOCKET.stop(1000);
    }

    @Autowired ChannelStore channels;

    @Test
    void acknowledgesASlashCommandEnvelopeWithTheReply() throws Exception {
        assertThat(SOCKET.awaitClient(20)).as("Bolt connected over Socket Mode").isTrue();
        ObjectNode envelope = (ObjectNode) JSON.readTree(SlackHttpTestBase.resource("slack/socket_mode_slash_commands.json"));
        ((ObjectNode) envelope.path("payload")).put("command", "/studybot").put("text", "setup")
                .put("channel_id", "CSOCK").put("user_id", "U111");

        SOCKET.push(JSON.writeValueAsString(envelope));
        String ack = SOCKET.next(20);

        assertThat(ack).isNotNull();
        JsonNode reply = JSON.readTree(ack);
        assertThat(reply.path("envelope_id").asText()).isEqualTo(envelope.path("envelope_id").asText());
        assertThat(reply.path("payload").toString()).contains("Set up: MLA-C01");
        assertThat(channels.find(ChannelId.of("slack:T111:CSOCK"))).isPresent();
        assertThat(SlackFake.calls("apps.connections.open")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.authorization()).isEqualTo("Bearer xapp-test-token"));
        SlackSpec.assertConforms(SlackFake.calls());
    }
}
