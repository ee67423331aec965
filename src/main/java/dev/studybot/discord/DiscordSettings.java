package dev.studybot.discord;

import org.springframework.core.env.Environment;

/**
 * Discord's settings. The token comes only from the environment ({@code DISCORD_BOT_TOKEN}); {@link #toString()}
 * never shows it.
 *
 * @param apiUrl REST base URL, for proxies and tests
 * @param gatewayUrl gateway URL, or null for the one Discord names
 * @param guildId register commands in this guild only (instant updates while developing), or null for global
 * @param shards total shards; more than one runs a ShardManager
 */
record DiscordSettings(String token, String apiUrl, String gatewayUrl, String guildId, int shards) {

    static DiscordSettings from(Environment env) {
        String api = env.getProperty("studybot.discord.api-url", "https://discord.com/api/v10/");
        return new DiscordSettings(env.getProperty("DISCORD_BOT_TOKEN"), api.endsWith("/") ? api : api + "/",
                env.getProperty("studybot.discord.gateway-url"), env.getProperty("studybot.discord.guild-id"),
                env.getProperty("studybot.discord.shards", Integer.class, 1));
    }

    boolean enabled() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "DiscordSettings[apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", guildId=" + guildId + ", shards="
                + shards + ", token=" + (enabled() ? "set" : "unset") + "]";
    }
}
