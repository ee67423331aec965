package dev.studybot.discord;

import dev.studybot.chat.InboundHandler;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Starts JDA when {@code DISCORD_BOT_TOKEN} is set: no privileged intents (everything arrives as interactions),
 * one shard unless {@code studybot.discord.shards} says more, commands registered with one bulk overwrite once
 * connected, and the invite URL logged with exactly the permissions the bot uses.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabled.class)
class DiscordConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DiscordConfiguration.class);

    /** What the bot needs in a study channel: see it, post cards with embeds, thread the explanation. */
    static final List<Permission> CHANNEL_PERMISSIONS = List.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_HISTORY, Permission.CREATE_PUBLIC_THREADS,
            Permission.MESSAGE_SEND_IN_THREADS);

    /** What the invite asks for: the channel permissions plus attaching the weekly chart, which is optional. */
    static final List<Permission> INVITE_PERMISSIONS = Stream.concat(CHANNEL_PERMISSIONS.stream(),
            Stream.of(Permission.MESSAGE_ATTACH_FILES)).toList();

    @Bean
    DiscordSettings discordSettings(Environment environment) {
        return DiscordSettings.from(environment);
    }

    @Bean(destroyMethod = "shutdown")
    ShardManager discordShards(DiscordSettings settings) {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(),
                        EnumSet.noneOf(GatewayIntent.class))
                .setShardsTotal(settings.shards())
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
                .setCompression(Compression.NONE)
                .setAutoReconnect(true);
        if (settings.gatewayUrl() != null) {
            builder.setSessionController(new SessionControllerAdapter() {
                @Override
                public String getGateway() {
                    return settings.gatewayUrl();
                }
            });
        }
        return builder.build(false);
    }

    @Bean
    DiscordPlatform discordPlatform(ShardManager discordShards) {
        return new DiscordPlatform(discordShards);
    }

    @Bean
    DiscordStartup discordStartup(ShardManager discordShards, DiscordPlatform platform, InboundHandler game,
            DiscordSettings settings) {
        return new DiscordStartup(discordShards, platform, game, settings);
    }

    /** Connects once the rest of the application is ready, then registers the commands. */
    static final class DiscordStartup {

        private final ShardManager shards;
        private final DiscordPlatform platform;
        private final InboundHandler game;
        private final DiscordSettings settings;

        DiscordStartup(ShardManager shards, DiscordPlatform platform, InboundHandler game, DiscordSettings settings) {
            this.shards = shards;
            this.platform = platform;
            this.game = game;
            this.settings = settings;
        }

        @EventListener(ApplicationReadyEvent.class)
        void connect() throws InterruptedException {
            shards.addEventListener(new DiscordListener(game, platform));
            shards.login();
            JDA first = shards.getShards().get(0);
            first.awaitReady();
            var commands = DiscordCommands.all();
            if (settings.guildId() != null) {
                var guild = first.getGuildById(settings.guildId());
                if (guild == null) {
                    log.error("Discord: guild {} not found; commands not registered", settings.guildId());
                } else {
                    guild.updateCommands().addCommands(commands).queue();
                }
            } else {
                first.updateCommands().addCommands(commands).queue();
            }
            log.info("Discord: connected; invite the bot with {}", first.getInviteUrl(INVITE_PERMISSIONS));
        }
    }
}
