package dev.studybot.discord;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Discord is on when {@code DISCORD_BOT_TOKEN} is set. */
class DiscordEnabled extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DiscordSettings.from(context.getEnvironment()).enabled()
                ? ConditionOutcome.match("DISCORD_BOT_TOKEN is set") : ConditionOutcome.noMatch("no DISCORD_BOT_TOKEN");
    }
}
