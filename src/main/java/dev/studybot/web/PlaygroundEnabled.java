package dev.studybot.web;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The playground runs when {@code studybot.playground.enabled} says so, and by default only when neither Slack nor
 * Discord is configured.
 */
class PlaygroundEnabled extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        String explicit = env.getProperty("studybot.playground.enabled");
        if (explicit != null) {
            return Boolean.parseBoolean(explicit) ? ConditionOutcome.match("studybot.playground.enabled=true")
                    : ConditionOutcome.noMatch("studybot.playground.enabled=false");
        }
        boolean platform = isSet(env, "SLACK_BOT_TOKEN") || isSet(env, "DISCORD_BOT_TOKEN");
        return platform ? ConditionOutcome.noMatch("a chat platform is configured")
                : ConditionOutcome.match("no chat platform is configured");
    }

    private static boolean isSet(Environment env, String name) {
        String value = env.getProperty(name);
        return value != null && !value.isBlank();
    }
}
