package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.CommandCatalog;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

class SlackManifestTest {

    @ParameterizedTest
    @CsvSource({"config/slack-app-manifest.yaml, true", "config/slack-app-manifest-http.yaml, false"})
    @SuppressWarnings("unchecked")
    void declaresEveryCommandScopeEventAndInteractivityTheBotUses(String file, boolean socketMode) throws IOException {
        Map<String, Object> manifest;
        try (Reader in = Files.newBufferedReader(Path.of(file))) {
            manifest = new Yaml().load(in);
        }
        Map<String, Object> features = (Map<String, Object>) manifest.get("features");
        Map<String, Object> settings = (Map<String, Object>) manifest.get("settings");
        List<Map<String, Object>> commands = (List<Map<String, Object>>) features.get("slash_commands");
        List<String> scopes = (List<String>) ((Map<String, Object>) ((Map<String, Object>) manifest.get("oauth_config"))
                .get("scopes")).get("bot");

        assertThat(commands).extracting(c -> c.get("command"))
                .containsExactlyInAnyOrderElementsOf(CommandCatalog.all().stream().map(c -> "/" + c.name()).toList());
        assertThat(scopes).contains("commands", "chat:write", "im:write", "users:read", "channels:read",
                "channels:history", "files:write");
        assertThat(settings.get("socket_mode_enabled")).isEqualTo(socketMode);
        assertThat((Map<String, Object>) settings.get("interactivity")).containsEntry("is_enabled", true);
        assertThat(((Map<String, Object>) settings.get("event_subscriptions")).get("bot_events"))
                .isEqualTo(List.of("app_home_opened"));
        assertThat((Map<String, Object>) features.get("app_home")).containsEntry("home_tab_enabled", true);
        if (!socketMode) {
            assertThat(commands).allSatisfy(c -> assertThat((String) c.get("url")).endsWith("/slack/events"));
        }
    }
}
