package dev.studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole bot with every platform secret set and both platforms unreachable, so start-up, connection
 * failures and their retries all log, and checks that no secret appears anywhere in the output.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsTest {

    private static final List<String> SECRETS = List.of("xoxb-1111-secret-bot-token", "xapp-1-secret-app-token",
            "secret-signing-value-42", "secret.discord.token-77");

    @Test
    void neverLogsATokenOrSigningSecretEvenWhenThePlatformsFail(CapturedOutput output) {
        start("SLACK_BOT_TOKEN=" + SECRETS.get(0), "SLACK_APP_TOKEN=" + SECRETS.get(1),
                "SLACK_SIGNING_SECRET=" + SECRETS.get(2), "studybot.slack.api-url=http://127.0.0.1:9/api/");
        start("DISCORD_BOT_TOKEN=" + SECRETS.get(3), "studybot.discord.api-url=http://127.0.0.1:9/api/v10/",
                "studybot.discord.gateway-url=ws://127.0.0.1:9");

        assertThat(output.getAll()).contains("Slack").contains("Discord");
        SECRETS.forEach(secret -> assertThat(output.getAll()).as("the output mentions a secret").doesNotContain(secret));
        assertThat(output.getAll()).doesNotContain("secret-bot").doesNotContain("secret-app")
                .doesNotContain("secret-signing").doesNotContain("secret.discord");
    }

    /** Starts the bot with these settings, lets it run a moment and stops it; a refused start is fine here. */
    private static void start(String... settings) {
        ConfigurableApplicationContext context = null;
        try {
            context = new SpringApplicationBuilder(StudyBotApplication.class).web(WebApplicationType.NONE)
                    .profiles("test")
                    .properties("studybot.scheduler.enabled=false", "studybot.bank.packaged=false",
                            "studybot.bank.paths=src/test/resources/test-bank", "studybot.slack.timeout=1s")
                    .properties(settings)
                    .run();
            Thread.sleep(2_000); // connection attempts and their failures happen in the background
        } catch (RuntimeException startFailed) {
            // what the failed start-up logged is what the test reads
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }
}
