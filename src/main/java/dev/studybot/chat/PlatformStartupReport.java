package dev.studybot.chat;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which chat platforms are enabled and, for each one that is not, which environment variables
 * would enable it. Never prints a secret, only whether it is set.
 */
@Component
class PlatformStartupReport {

    private static final Logger log = LoggerFactory.getLogger(PlatformStartupReport.class);

    private final Environment environment;

    PlatformStartupReport(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        lines().forEach(log::info);
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        boolean http = "http".equalsIgnoreCase(environment.getProperty("studybot.slack.mode"));
        boolean slack = isSet("SLACK_BOT_TOKEN") && (http ? isSet("SLACK_SIGNING_SECRET") : isSet("SLACK_APP_TOKEN"));
        boolean discord = isSet("DISCORD_BOT_TOKEN");
        String mode = "http".equalsIgnoreCase(environment.getProperty("studybot.slack.mode")) ? "HTTP mode, POST /slack/events"
                : "Socket Mode";
        lines.add(slack ? "Slack: enabled (" + mode + ")"
                : "Slack: disabled, because SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET"
                        + " (HTTP mode) is not set");
        lines.add(discord ? "Discord: enabled" : "Discord: disabled, because DISCORD_BOT_TOKEN is not set");
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        lines.add("HTTP on port " + port + ": health at /actuator/health"
                + (slack || discord ? "" : "; no chat platform is configured, so the playground is on: http://localhost:" + port + "/"));
        return lines;
    }

    private boolean isSet(String name) {
        String value = environment.getProperty(name);
        return value != null && !value.isBlank();
    }
}
