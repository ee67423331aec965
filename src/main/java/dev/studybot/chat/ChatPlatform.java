package dev.studybot.chat;

import dev.studybot.users.UserRef;

/**
 * The outbound half of the chat port: what the game asks of a chat platform. One implementation per platform
 * (Slack, Discord, the browser playground), registered as a Spring bean.
 *
 * <p>Every method may throw {@link ChatException}; transient failures are retried by the caller, permanent ones
 * pause the channel.
 */
public interface ChatPlatform {

    /** The id prefix this platform owns: {@code slack}, {@code discord}, {@code web}. */
    String name();

    Capabilities capabilities();

    /**
     * Posts a message. Posting twice with the same {@code idempotencyKey} (channel and slot) must leave one
     * message: Discord's {@code nonce} with {@code enforce_nonce}, Slack's message metadata checked against the
     * channel's history.
     */
    MessageRef post(ChannelId channel, MessageView view, String idempotencyKey);

    /** Replaces a message the bot posted, such as a card with its result. */
    void update(ChannelId channel, MessageRef message, MessageView view);

    /** Replies under a message where the platform has threads, else posts in the channel. */
    void postInThread(ChannelId channel, MessageRef parent, MessageView view);

    /** Uploads a picture to a channel as a file, with its alt text. */
    MessageRef uploadImage(ChannelId channel, MessageView.Image image);

    /** Shows a message to one user in a channel, outside an interaction. */
    void sendPrivately(ChannelId channel, UserRef user, MessageView view);

    /** Sends a direct message; throws a permanent {@link ChatException} when the user's DMs are closed. */
    void sendDirect(UserRef user, MessageView view);

    /** Throws a permanent {@link ChatException} saying why, when the bot cannot post in the channel. */
    void checkCanPost(ChannelId channel);
}
