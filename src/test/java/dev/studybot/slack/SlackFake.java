package dev.studybot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack's Web API on loopback (WireMock), shared by every Slack test: sensible answers for each method the bot
 * calls, helpers to make a method fail (429 with a short Retry-After, 500, permanent errors), and the requests
 * the bot sent, decoded.
 */
final class SlackFake {

    static final WireMockServer SERVER = new WireMockServer(options().dynamicPort().globalTemplating(true));

    static {
        SERVER.start();
        reset();
    }

    private SlackFake() {}

    static String apiUrl() {
        return "http://localhost:" + SERVER.port() + "/api/";
    }

    static void reset() {
        SERVER.resetAll();
        ok("auth.test", "\"url\":\"https://studybot-test.slack.com/\",\"team\":\"Test\",\"user\":\"studybot\","
                + "\"team_id\":\"T111\",\"user_id\":\"UBOT\",\"bot_id\":\"B111\"");
        ok("chat.postMessage", "\"channel\":\"{{formData request.body 'form'}}{{form.channel}}\","
                + "\"ts\":\"1700000000.{{randomValue length=6 type='NUMERIC'}}\"");
        ok("chat.update", "\"channel\":\"C111\",\"ts\":\"1700000000.000001\"");
        ok("chat.postEphemeral", "\"message_ts\":\"1700000000.000002\"");
        ok("conversations.history", "\"messages\":[],\"has_more\":false");
        ok("conversations.open", "\"channel\":{\"id\":\"D{{formData request.body 'form'}}{{form.users}}\"}");
        ok("conversations.info", "\"channel\":{\"id\":\"C111\",\"name\":\"study\",\"is_member\":true,\"is_archived\":false}");
        ok("users.info", "\"user\":{\"id\":\"{{formData request.body 'form'}}{{form.user}}\",\"name\":\"u\","
                + "\"real_name\":\"Real {{form.user}}\",\"tz\":\"Europe/Berlin\",\"is_admin\":false,\"is_owner\":false,"
                + "\"profile\":{\"display_name\":\"{{form.user}}\"}}");
        ok("views.open", "\"view\":{\"id\":\"V1\"}");
        ok("views.publish", "\"view\":{\"id\":\"V2\"}");
    }

    static void ok(String method, String fields) {
        SERVER.stubFor(any(urlPathEqualTo("/api/" + method)).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true," + fields + "}")));
    }

    /** Makes a user a workspace admin in users.info. */
    static void admin(String userId) {
        SERVER.stubFor(any(urlPathEqualTo("/api/users.info")).atPriority(5)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("user=" + userId))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"name\":\"admin\",\"real_name\":\"Admin\","
                                + "\"tz\":\"Europe/Berlin\",\"is_admin\":true,\"is_owner\":false,"
                                + "\"profile\":{\"display_name\":\"" + userId + "\"}}}")));
    }

    /** The next {@code times} calls of a method fail (429 with Retry-After: 0, then 500, alternating), then it works. */
    static void failNext(String method, int times) {
        String scenario = "fail-" + method;
        for (int i = 0; i < times; i++) {
            var response = i % 2 == 0
                    ? aResponse().withStatus(429).withHeader("Retry-After", "0")
                            .withHeader("Content-Type", "application/json").withBody("{\"ok\":false,\"error\":\"ratelimited\"}")
                    : aResponse().withStatus(500).withBody("upstream error");
            SERVER.stubFor(any(urlPathEqualTo("/api/" + method)).atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed-" + i)
                    .willSetStateTo("failed-" + (i + 1)).willReturn(response));
        }
    }

    /** The next call of a method answers only after {@code millis}, longer than the bot waits. */
    static void slowOnce(String method, int millis) {
        SERVER.stubFor(any(urlPathEqualTo("/api/" + method)).atPriority(1).inScenario("slow-" + method)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .willReturn(aResponse().withFixedDelay(millis).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true,\"channel\":\"C0\",\"ts\":\"1700000000.999999\"}")));
    }

    /** Every call of a method answers with a Slack error (HTTP 200, ok:false). */
    static void error(String method, String error) {
        SERVER.stubFor(any(urlPathEqualTo("/api/" + method)).atPriority(2).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":false,\"error\":\"" + error + "\"}")));
    }

    /** conversations.history holds a message the bot posted earlier with this idempotency key. */
    static void historyHas(String key, String ts) {
        SERVER.stubFor(any(urlPathEqualTo("/api/conversations.history")).atPriority(3).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"messages\":[{\"type\":\"message\","
                        + "\"ts\":\"" + ts + "\",\"text\":\"Question\",\"metadata\":{\"event_type\":\"studybot_post\","
                        + "\"event_payload\":{\"key\":\"" + key + "\"}}}]}")));
    }

    /** One Web API call as the bot sent it. */
    record Call(String method, Map<String, String> params, String authorization) {}

    static List<Call> calls() {
        return SERVER.findAll(anyRequestedFor(urlPathMatching("/api/.*"))).stream().map(SlackFake::call).toList();
    }

    static List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    private static Call call(LoggedRequest request) {
        String method = request.getUrl().replaceFirst("^/api/", "").replaceFirst("\\?.*$", "");
        Map<String, String> params = new LinkedHashMap<>();
        String query = request.getUrl().contains("?") ? request.getUrl().substring(request.getUrl().indexOf('?') + 1) : "";
        for (String source : List.of(query, request.getBodyAsString())) {
            if (source.isBlank() || source.startsWith("{")) {
                continue;
            }
            for (String pair : source.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return new Call(method, params, request.getHeader("Authorization"));
    }
}
