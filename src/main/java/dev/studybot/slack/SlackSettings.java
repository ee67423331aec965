package dev.studybot.slack;

import java.time.Duration;
import org.springframework.core.env.Environment;

/**
 * Slack's settings. Tokens come only from the environment ({@code SLACK_BOT_TOKEN}, {@code SLACK_APP_TOKEN},
 * {@code SLACK_SIGNING_SECRET}); {@link #toString()} never shows them.
 *
 * @param mode {@code socket} (default: no public URL needed) or {@code http} ({@code POST /slack/events})
 * @param apiUrl the Web API base URL, for proxies and tests
 * @param timeout how long one Web API call may take before it counts as a transient failure
 */
record SlackSettings(String botToken, String appToken, String signingSecret, String mode, String apiUrl,
        Duration timeout) {

    static SlackSettings from(Environment env) {
        String apiUrl = env.getProperty("studybot.slack.api-url", "https://slack.com/api/");
        return new SlackSettings(env.getProperty("SLACK_BOT_TOKEN"), env.getProperty("SLACK_APP_TOKEN"),
                env.getProperty("SLACK_SIGNING_SECRET"), env.getProperty("studybot.slack.mode", "socket"),
                apiUrl.endsWith("/") ? apiUrl : apiUrl + "/",
                env.getProperty("studybot.slack.timeout", Duration.class, Duration.ofSeconds(10)));
    }

    boolean httpMode() {
        return "http".equalsIgnoreCase(mode);
    }

    /** Why Slack cannot start with these settings, or null when it can. */
    String missing() {
        if (isBlank(botToken)) {
            return "SLACK_BOT_TOKEN is not set";
        }
        if (httpMode()) {
            return isBlank(signingSecret) ? "HTTP mode needs SLACK_SIGNING_SECRET" : null;
        }
        return isBlank(appToken) ? "Socket Mode needs SLACK_APP_TOKEN (or set studybot.slack.mode=http)" : null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + mode + ", apiUrl=" + apiUrl + ", timeout=" + timeout + ", botToken=" + (isBlank(botToken) ? "unset" : "set")
                + ", appToken=" + (isBlank(appToken) ? "unset" : "set") + ", signingSecret="
                + (isBlank(signingSecret) ? "unset" : "set") + "]";
    }
}
