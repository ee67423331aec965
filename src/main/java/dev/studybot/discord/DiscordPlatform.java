package dev.studybot.discord;

import dev.studybot.chat.Capabilities;
import dev.studybot.chat.ChannelId;
import dev.studybot.chat.ChatException;
import dev.studybot.chat.ChatPlatform;
import dev.studybot.chat.MessageRef;
import dev.studybot.chat.MessageView;
import dev.studybot.users.UserRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.internal.requests.RestActionImpl;

/**
 * The game's outbound calls on Discord through JDA, whose rate-limit buckets pace every request and wait out 429s.
 * Posts are exactly-once: each carries a nonce derived from its idempotency key with {@code enforce_nonce}, so
 * Discord returns the first message instead of creating a second when a post is retried.
 */
final class DiscordPlatform implements ChatPlatform {

    private static final Duration HOOK_LIFETIME = Duration.ofMinutes(14);

    private record Hook(InteractionHook hook, long until) {}

    private final ShardManager shards;
    private final Map<String, Hook> hooks = new ConcurrentHashMap<>();

    DiscordPlatform(ShardManager shards) {
        this.shards = shards;
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(true, true, true);
    }

    /** Remembers a user's latest interaction in a channel: its hook can send them ephemeral follow-ups for 15 minutes. */
    void remember(ChannelId channel, String userId, InteractionHook hook) {
        hooks.put(channel + "|" + userId, new Hook(hook, System.currentTimeMillis() + HOOK_LIFETIME.toMillis()));
        hooks.values().removeIf(h -> h.until() < System.currentTimeMillis());
    }

    static String[] parts(ChannelId id) {
        String[] parts = id.value().split(":", 3);
        if (parts.length != 3 || !parts[0].equals("discord")) {
            throw ChatException.permanentFailure("not a Discord channel: " + id);
        }
        return parts;
    }

    private GuildMessageChannel channel(ChannelId id) {
        GuildMessageChannel channel = shards.getChannelById(GuildMessageChannel.class, parts(id)[2]);
        if (channel == null) {
            throw ChatException.permanentFailure(net.dv8tion.jda.api.requests.ErrorResponse.UNKNOWN_CHANNEL.getMeaning());
        }
        return channel;
    }

    /** A nonce of at most 25 characters, the same for the same key. */
    static String nonce(String idempotencyKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 25);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public MessageRef post(ChannelId id, MessageView view, String idempotencyKey) {
        GuildMessageChannel channel = channel(id);
        DataObject body = DiscordViews.create(view).toData()
                .put("nonce", nonce(idempotencyKey))
                .put("enforce_nonce", true);
        // JDA 6.1 has setNonce but no way to set enforce_nonce, so the request is built on JDA's own requester:
        // it still goes through JDA's rate-limit buckets and its retries.
        var action = new RestActionImpl<String>(channel.getJDA(),
                Route.Messages.SEND_MESSAGE.compile(channel.getId()), body,
                (response, request) -> response.getObject().getString("id"));
        try {
            return new MessageRef(action.complete());
        } catch (RuntimeException e) {
            throw DiscordErrors.of("send message", e);
        }
    }

    @Override
    public MessageRef uploadImage(ChannelId id, MessageView.Image image) {
        try {
            // Discord caps an attachment's alt text at 1,024 characters.
            var upload = FileUpload.fromData(image.png(), image.fileName())
                    .setDescription(DiscordViews.clip(image.altText(), 1024));
            return new MessageRef(channel(id).sendFiles(upload).complete().getId());
        } catch (RuntimeException e) {
            throw DiscordErrors.of("upload image", e);
        }
    }

    @Override
    public void update(ChannelId id, MessageRef message, MessageView view) {
        try {
            channel(id).editMessageById(message.value(), DiscordViews.edit(view)).complete();
        } catch (RuntimeException e) {
            throw DiscordErrors.of("edit message", e);
        }
    }

    @Override
    public void postInThread(ChannelId id, MessageRef parent, MessageView view) {
        GuildMessageChannel channel = channel(id);
        try {
            if (channel instanceof TextChannel text) {
                var thread = text.createThreadChannel("Answer and explanation", parent.value()).complete();
                thread.sendMessage(DiscordViews.create(view)).complete();
            } else {
                channel.sendMessage(DiscordViews.create(view)).setMessageReference(parent.value()).complete();
            }
        } catch (RuntimeException e) {
            throw DiscordErrors.of("post in thread", e);
        }
    }

    @Override
    public void sendPrivately(ChannelId id, UserRef user, MessageView view) {
        Hook hook = hooks.get(id + "|" + user.userId());
        if (hook == null || hook.until() < System.currentTimeMillis()) {
            throw ChatException.permanentFailure("no recent interaction to reply to privately");
        }
        // queued, not completed: a hook holds follow-ups until its interaction is acknowledged, which may not have
        // happened yet when this runs on the interaction's own thread
        hook.hook().sendMessage(DiscordViews.create(view)).setEphemeral(true).queue(null,
                e -> org.slf4j.LoggerFactory.getLogger(DiscordPlatform.class)
                        .warn("Ephemeral follow-up to {} failed: {}", user, e.getMessage()));
    }

    @Override
    public void sendDirect(UserRef user, MessageView view) {
        JDA jda = shards.getShards().get(0);
        // Built on JDA's requester rather than openPrivateChannelById, which writes recipient_id as a number where
        // Discord's spec says a snowflake string.
        var open = new RestActionImpl<String>(jda, Route.Self.CREATE_PRIVATE_CHANNEL.compile(),
                DataObject.empty().put("recipient_id", user.userId()),
                (response, request) -> response.getObject().getString("id"));
        try {
            String dm = open.complete();
            new RestActionImpl<String>(jda, Route.Messages.SEND_MESSAGE.compile(dm), DiscordViews.create(view).toData(),
                    (response, request) -> response.getObject().getString("id")).complete();
        } catch (RuntimeException e) {
            throw DiscordErrors.of("direct message", e);
        }
    }

    @Override
    public void checkCanPost(ChannelId id) {
        GuildMessageChannel channel = channel(id);
        Guild guild = channel.getGuild();
        var self = guild.getSelfMember();
        for (Permission needed : DiscordConfiguration.CHANNEL_PERMISSIONS) {
            if (!self.hasPermission(channel, needed)) {
                throw ChatException.permanentFailure("missing the " + needed.getName() + " permission here");
            }
        }
    }
}
