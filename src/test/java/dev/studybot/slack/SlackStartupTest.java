package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.App;
import dev.studybot.StudyBotApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starting the bot while Slack has a bad moment, or with a token Slack rejects. */
class SlackStartupTest {

    private ConfigurableApplicationContext context;

    @BeforeEach
    void freshSlack() {
        SlackFake.reset();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        SlackFake.reset();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StudyBotApplication.class).web(WebApplicationType.NONE).profiles("test")
                .properties("SLACK_BOT_TOKEN=xoxb-test", "SLACK_SIGNING_SECRET=test-signing", "studybot.slack.mode=http",
                        "studybot.slack.api-url=" + SlackFake.apiUrl(), "studybot.scheduler.enabled=false",
                        "studybot.bank.packaged=false", "studybot.bank.paths=src/test/resources/test-bank")
                .run();
    }

    @Test
    void ridesOutAShortSlackOutageAtStartUp() {
        SlackFake.failNext("auth.test", 2);

        context = start();

        assertThat(context.getBean(App.class)).isNotNull();
        assertThat(SlackFake.calls("auth.test")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void stopsTheStartNamingTheErrorWhenSlackRejectsTheToken() {
        SlackFake.error("auth.test", "invalid_auth");

        assertThatThrownBy(this::start).hasStackTraceContaining(
                "Slack rejected SLACK_BOT_TOKEN (auth.test: invalid_auth). Check the token, or unset it to run without Slack.");
    }
}
