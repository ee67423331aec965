package dev.studybot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code POST /slack/events} in HTTP mode: events, slash commands and interactivity. The raw body is verified
 * first (401 when forged, stale, future-dated or unsigned), then parsed (400 when malformed), then run through
 * Bolt. Present only in HTTP mode.
 */
@Controller
@ResponseBody
@Conditional({SlackEnabled.class, SlackConfiguration.SlackHttpMode.class})
class SlackHttpEndpoint {

    private static final Logger log = LoggerFactory.getLogger(SlackHttpEndpoint.class);

    private final App app;
    private final SlackRequestParser parser;
    private final SlackRequestCheck check;

    SlackHttpEndpoint(App slackApp, SlackSettings settings) {
        this.app = slackApp;
        this.parser = new SlackRequestParser(slackApp.config());
        // The system clock, not the game's: Bolt checks the same timestamp again with the system clock.
        this.check = new SlackRequestCheck(settings.signingSecret(), Clock.systemUTC());
    }

    @PostMapping(path = "/slack/events")
    ResponseEntity<String> events(@RequestBody(required = false) byte[] raw, HttpServletRequest http) {
        String body = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        String problem = check.problem(http.getHeader("X-Slack-Request-Timestamp"), http.getHeader("X-Slack-Signature"),
                body);
        if (problem != null) {
            log.warn("Rejected a request to /slack/events: {}", problem);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_PLAIN).body(problem);
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(http.getRequestURI())
                    .queryString(Map.of()).requestBody(body).headers(new RequestHeaders(headers(http)))
                    .remoteAddress(http.getRemoteAddr()).build());
        } catch (RuntimeException e) {
            request = null;
        }
        if (request == null) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("malformed payload");
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            log.error("Slack request failed", e);
            return ResponseEntity.internalServerError().build();
        }
        var builder = ResponseEntity.status(response.getStatusCode());
        if (response.getContentType() != null) {
            builder.contentType(MediaType.parseMediaType(response.getContentType()));
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
        }
        return builder.body(response.getBody());
    }

    private static Map<String, List<String>> headers(HttpServletRequest http) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(http.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(Collections.list(http.getHeaders(name))));
        }
        return headers;
    }
}
