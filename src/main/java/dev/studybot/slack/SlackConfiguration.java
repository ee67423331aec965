package dev.studybot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.socket_mode.SocketModeClient;
import dev.studybot.chat.ChatException;
import dev.studybot.chat.InboundHandler;
import dev.studybot.scoring.PersonalStats;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/** Wires Bolt when Slack's tokens are present: the Web API client, the handlers, and Socket Mode or HTTP mode. */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackEnabled.class)
class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    @Bean
    SlackSettings slackSettings(Environment environment) {
        return SlackSettings.from(environment);
    }

    @Bean
    Slack slack(SlackSettings settings) {
        SlackConfig config = new SlackConfig(); // never SlackConfig.DEFAULT: its setters throw
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        int timeout = (int) settings.timeout().toMillis();
        config.setHttpClientReadTimeoutMillis(timeout);
        config.setHttpClientCallTimeoutMillis(timeout);
        return Slack.getInstance(config);
    }

    @Bean
    MethodsClient slackMethods(Slack slack, SlackSettings settings) {
        return slack.methods(settings.botToken());
    }

    @Bean
    SlackCalls slackCalls() {
        return new SlackCalls();
    }

    @Bean
    SlackPlatform slackPlatform(MethodsClient slackMethods, SlackCalls calls) {
        return new SlackPlatform(slackMethods, calls);
    }

    @Bean
    App slackApp(Slack slack, SlackSettings settings, InboundHandler game, SlackPlatform platform,
            MethodsClient slackMethods, SlackCalls calls, PersonalStats stats, @Qualifier("chatWork") Executor work) {
        // Bolt checks the token with auth.test while it is built and gives up at the first network error; checking
        // first through SlackCalls rides out a short outage and names a rejected token plainly.
        checkToken(slackMethods, calls, settings);
        AppConfig config = AppConfig.builder().singleTeamBotToken(settings.botToken())
                .signingSecret(settings.httpMode() ? settings.signingSecret() : null)
                .slack(slack).build();
        App app = new App(config);
        app.use(new EventRetries().middleware());
        new SlackInbound(game, new SlackUsers(slackMethods, calls), platform, slackMethods, calls, stats, work)
                .register(app);
        return app;
    }

    private static void checkToken(MethodsClient slackMethods, SlackCalls calls, SlackSettings settings) {
        try {
            calls.call("auth.test", null, () -> slackMethods.authTest(r -> r));
        } catch (ChatException e) {
            throw new IllegalStateException(e.isPermanent()
                    ? "Slack rejected SLACK_BOT_TOKEN (auth.test: " + e.getMessage() + "). Check the token, or unset it "
                            + "to run without Slack."
                    : "Slack did not answer auth.test at " + settings.apiUrl() + " (" + e.getMessage() + ").", e);
        }
    }

    @Bean
    @Conditional(SlackSocketMode.class)
    SocketModeLifecycle socketModeLifecycle(App slackApp, SlackSettings settings) {
        return new SocketModeLifecycle(slackApp, settings);
    }

    /** Connects Socket Mode once the application is ready and disconnects on shutdown. */
    static final class SocketModeLifecycle {

        private final App app;
        private final SlackSettings settings;
        private SocketModeApp socket;

        SocketModeLifecycle(App app, SlackSettings settings) {
            this.app = app;
            this.settings = settings;
        }

        @EventListener(ApplicationReadyEvent.class)
        void connect() throws Exception {
            socket = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
            socket.startAsync();
            log.info("Slack: connected in Socket Mode");
        }

        @EventListener(ContextClosedEvent.class)
        void disconnect() throws Exception {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        }
    }

    /** HTTP mode: {@code studybot.slack.mode=http}. */
    static final class SlackHttpMode extends org.springframework.boot.autoconfigure.condition.SpringBootCondition {
        @Override
        public org.springframework.boot.autoconfigure.condition.ConditionOutcome getMatchOutcome(
                org.springframework.context.annotation.ConditionContext context,
                org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            boolean http = SlackSettings.from(context.getEnvironment()).httpMode();
            return new org.springframework.boot.autoconfigure.condition.ConditionOutcome(http, "studybot.slack.mode");
        }
    }

    /** Socket Mode, the default. */
    static final class SlackSocketMode extends org.springframework.boot.autoconfigure.condition.SpringBootCondition {
        @Override
        public org.springframework.boot.autoconfigure.condition.ConditionOutcome getMatchOutcome(
                org.springframework.context.annotation.ConditionContext context,
                org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            boolean socket = !SlackSettings.from(context.getEnvironment()).httpMode();
            return new org.springframework.boot.autoconfigure.condition.ConditionOutcome(socket, "studybot.slack.mode");
        }
    }
}
