package dev.studybot.slack;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Slack is on when its tokens for the chosen mode are present. */
class SlackEnabled extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String missing = SlackSettings.from(context.getEnvironment()).missing();
        return missing == null ? ConditionOutcome.match("Slack tokens present") : ConditionOutcome.noMatch(missing);
    }
}
