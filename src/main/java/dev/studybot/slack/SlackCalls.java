package dev.studybot.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.studybot.chat.ChatException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Web API calls the way Slack asks: at most one message per second per channel, and on HTTP 429 waiting the
 * {@code Retry-After} it names before trying again. After a few attempts the failure is handed to the game as
 * transient, which keeps the post stored and retries it on the scheduler's next pass: a post is never dropped.
 */
final class SlackCalls {

    private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);
    private static final int ATTEMPTS = 4;
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final long PER_CHANNEL_MILLIS = 1_000;

    /** A Web API call. */
    interface Call<T> {
        T run() throws Exception;
    }

    private final Map<String, Long> lastPost = new ConcurrentHashMap<>();

    <T extends SlackApiTextResponse> T call(String method, String channel, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            if (channel != null) {
                pace(channel);
            }
            try {
                return SlackErrors.check(method, call.run());
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                boolean retryable = status == 429 || status >= 500;
                if (!retryable || attempt >= ATTEMPTS) {
                    throw SlackErrors.of(method, e);
                }
                long wait = status == 429 ? retryAfterMillis(e.getResponse().header("Retry-After")) : 200L * attempt;
                log.info("Slack answered {} to {}; retrying in {} ms", status, method, wait);
                sleep(wait);
            } catch (ChatException e) {
                throw e;
            } catch (Exception e) {
                if (attempt >= ATTEMPTS) {
                    throw SlackErrors.of(method, e);
                }
                sleep(200L * attempt);
            }
        }
    }

    /** Slack allows about one message per second per channel; bursts beyond that are rate-limited. */
    private void pace(String channel) {
        while (true) {
            long now = System.currentTimeMillis();
            Long last = lastPost.get(channel);
            long wait = last == null ? 0 : last + PER_CHANNEL_MILLIS - now;
            if (wait <= 0) {
                if (last == null ? lastPost.putIfAbsent(channel, now) == null : lastPost.replace(channel, last, now)) {
                    return;
                }
                continue;
            }
            sleep(wait);
        }
    }

    static long retryAfterMillis(String header) {
        try {
            long seconds = header == null ? 1 : Long.parseLong(header.strip());
            return Math.min(Math.max(seconds, 0) * 1_000, MAX_WAIT.toMillis());
        } catch (NumberFormatException e) {
            return 1_000;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ChatException.transientFailure("interrupted", e);
        }
    }
}
