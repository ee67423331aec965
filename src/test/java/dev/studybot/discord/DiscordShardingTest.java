package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.Test;

class DiscordShardingTest {

    @Test
    void runsAsManyShardsAsConfigured() {
        DiscordSettings settings = new DiscordSettings("fake.token", "http://127.0.0.1:1/api/v10/", "ws://127.0.0.1:1/",
                null, 4);

        ShardManager shards = new DiscordConfiguration().discordShards(settings);
        try {
            assertThat(shards.getShardsTotal()).isEqualTo(4);
        } finally {
            shards.shutdown();
        }
    }

    @Test
    void neverShowsTheTokenInItsSettings() {
        assertThat(new DiscordSettings("secret.token.value", "u", null, null, 1).toString())
                .doesNotContain("secret").contains("token=set");
    }
}
