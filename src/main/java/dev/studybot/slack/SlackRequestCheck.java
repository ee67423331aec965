package dev.studybot.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

/**
 * Slack's request signing, checked on the raw body before anything parses it: {@code v0=HMAC-SHA256} over
 * {@code v0:timestamp:body}, and a timestamp within five minutes of now in <em>both</em> directions (Bolt's own
 * check only rejects old ones, so a request dated in the future would pass it).
 */
final class SlackRequestCheck {

    static final long WINDOW_SECONDS = 5 * 60;

    private final SlackSignature.Generator generator;
    private final Clock clock;

    SlackRequestCheck(String signingSecret, Clock clock) {
        this.generator = new SlackSignature.Generator(signingSecret);
        this.clock = clock;
    }

    /** Null when the request is Slack's, else why not. */
    String problem(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null) {
            return "unsigned request";
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "malformed timestamp";
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > WINDOW_SECONDS) {
            return "timestamp outside the five-minute window";
        }
        String expected = generator.generate(timestamp.strip(), body);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
            return "bad signature";
        }
        return null;
    }
}
