package dev.studybot.slack;

import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Slack re-delivers an event it thinks was not acknowledged ({@code X-Slack-Retry-Num}); this middleware handles
 * each {@code event_id} once and acknowledges the repeats without running them again.
 */
final class EventRetries {

    private static final int REMEMBERED = 10_000;

    private final Set<String> seen = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    Middleware middleware() {
        return (req, resp, chain) -> {
            if (req.getRequestType() != RequestType.Event) {
                return chain.next(req);
            }
            String eventId = eventId(req.getRequestBodyAsString());
            if (eventId != null && !seen.add(eventId)) {
                return Response.ok();
            }
            return chain.next(req);
        };
    }

    private static String eventId(String body) {
        try {
            var json = JsonParser.parseString(body).getAsJsonObject();
            return json.has("event_id") ? json.get("event_id").getAsString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
