package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * Checks the bot's Web API calls against Slack's OpenAPI spec: the method exists and every required parameter is
 * sent. The spec froze in 2020, so methods newer than that are known exceptions, and the token travels as a
 * header (Bolt's way), so it is not looked for among the parameters.
 */
final class SlackSpec {

    private static final Set<String> NEWER_THAN_SPEC = Set.of("apps.connections.open", "files.getUploadURLExternal",
            "files.completeUploadExternal");
    private static final JsonNode SPEC = load();

    private SlackSpec() {}

    static void assertConforms(List<SlackFake.Call> calls) {
        assertThat(calls).isNotEmpty();
        for (SlackFake.Call call : calls) {
            assertThat(call.authorization()).as("token header of %s", call.method()).startsWith("Bearer ");
            if (NEWER_THAN_SPEC.contains(call.method())) {
                continue;
            }
            JsonNode path = SPEC.path("paths").path("/" + call.method());
            assertThat(path.isMissingNode()).as("%s is a Slack Web API method", call.method()).isFalse();
            path.fields().forEachRemaining(verb -> verb.getValue().path("parameters").forEach(p -> {
                String name = p.path("name").asText();
                if (p.path("required").asBoolean() && !name.equals("token")) {
                    assertThat(call.params()).as("%s requires %s", call.method(), name).containsKey(name);
                }
            }));
        }
    }

    private static JsonNode load() {
        try (InputStream in = SlackSpec.class.getClassLoader()
                .getResourceAsStream("slack/web-api-spec/slack_web_openapi_v2_without_examples.json")) {
            return new ObjectMapper().readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
