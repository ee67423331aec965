package dev.studybot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import dev.studybot.support.EngineTestConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Slack test layer: the whole bot in HTTP mode against {@link SlackFake}, one shared Spring context. Requests
 * are built from Slack's real payloads (test resources) and signed like Slack signs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SLACK_BOT_TOKEN=xoxb-test-token",
        "SLACK_SIGNING_SECRET=" + SlackHttpTestBase.SECRET,
        "studybot.slack.mode=http",
        "studybot.slack.timeout=1s",
        "studybot.bank.packaged=false",
        "studybot.bank.paths=src/test/resources/test-bank",
        "studybot.scheduler.enabled=false"
})
@ActiveProfiles("test")
@Import(EngineTestConfig.class)
abstract class SlackHttpTestBase {

    static final String SECRET = "test-signing-secret";
    static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("studybot.slack.api-url", SlackFake::apiUrl);
    }

    @Value("${local.server.port}")
    int port;

    /** A signed POST to /slack/events, timestamped {@code skewSeconds} from now. */
    HttpResponse<String> send(String body, String contentType, long skewSeconds, String secret) throws Exception {
        String ts = String.valueOf(System.currentTimeMillis() / 1000 + skewSeconds);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Slack-Request-Timestamp", ts)
                    .header("X-Slack-Signature", new SlackSignature.Generator(secret).generate(ts, body));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String body, String contentType) throws Exception {
        return send(body, contentType, 0, SECRET);
    }

    /** A slash command, from Slack's documented form payload with this command, text, user and channel. */
    HttpResponse<String> command(String user, String channel, String command, String text) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : resource("slack/slash_command_weather.form").strip().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        form.put("team_id", "T111");
        form.remove("enterprise_id");
        form.remove("enterprise_name");
        form.put("channel_id", channel);
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase());
        form.put("command", command);
        form.put("text", text);
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(body, "application/x-www-form-urlencoded");
    }

    /** A button click on a message, from the real block_actions payload with the bot's action. */
    HttpResponse<String> click(String user, String channel, String actionId, String value, ObjectNode state)
            throws Exception {
        ObjectNode payload = (ObjectNode) JSON.readTree(resource("slack/block_actions_home_tab.json"));
        payload.putObject("team").put("id", "T111").put("domain", "studybot-test");
        payload.putObject("user").put("id", user).put("username", user.toLowerCase()).put("team_id", "T111");
        payload.putObject("channel").put("id", channel).put("name", "study");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", channel).put("is_ephemeral", false);
        payload.remove("view");
        payload.put("response_url", "http://localhost:" + SlackFake.SERVER.port() + "/response");
        ObjectNode action = (ObjectNode) payload.withArray("actions").get(0);
        action.put("action_id", actionId).put("block_id", "card").put("value", value);
        if (state != null) {
            payload.set("state", state);
        }
        return send("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
    }

    /** A checkbox group's state as Slack sends it with the Submit click. */
    static ObjectNode checked(long postId, String... keys) {
        ObjectNode state = JSON.createObjectNode();
        ArrayNode selected = state.putObject("values").putObject("pick-" + postId).putObject(BlockKit.PICK)
                .put("type", "checkboxes").putArray("selected_options");
        for (String key : keys) {
            ObjectNode option = selected.addObject();
            option.putObject("text").put("type", "plain_text").put("text", key);
            option.put("value", key);
        }
        return state;
    }

    static String resource(String path) throws IOException {
        try (InputStream in = SlackHttpTestBase.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
