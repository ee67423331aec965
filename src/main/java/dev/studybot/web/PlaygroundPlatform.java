package dev.studybot.web;

import dev.studybot.chat.Capabilities;
import dev.studybot.chat.ChannelId;
import dev.studybot.chat.ChatPlatform;
import dev.studybot.chat.MessageRef;
import dev.studybot.chat.MessageView;
import dev.studybot.users.UserRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The playground as a chat platform: messages live in memory and the page renders them. The channel feed keeps
 * the newest 30 messages; each visitor's private panel (replies and direct messages) the newest 20.
 */
@Component
@Conditional(PlaygroundEnabled.class)
public class PlaygroundPlatform implements ChatPlatform {

    /** The playground's only workspace and channel. */
    public static final String WORKSPACE = "main";
    public static final ChannelId CHANNEL = ChannelId.of("web:main");

    private static final int FEED = 30;
    private static final int PRIVATE = 20;

    /** A message in the feed, with its thread. */
    public record FeedMessage(MessageRef ref, MessageView view, List<MessageView> thread) {}

    /** A private message: a reply only its user sees, or a direct message. */
    public record PrivateMessage(boolean direct, MessageView view) {}

    private final Map<String, FeedMessage> feed = new LinkedHashMap<>();
    private final Map<String, MessageRef> byIdempotencyKey = new HashMap<>();
    private final Map<String, Deque<PrivateMessage>> privateMessages = new HashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong version = new AtomicLong();

    @Override
    public String name() {
        return "web";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(true, true, true);
    }

    @Override
    public synchronized MessageRef post(ChannelId channel, MessageView view, String idempotencyKey) {
        MessageRef existing = byIdempotencyKey.get(idempotencyKey);
        if (existing != null) {
            return existing;
        }
        MessageRef ref = new MessageRef("m" + ids.incrementAndGet());
        feed.put(ref.value(), new FeedMessage(ref, view, new ArrayList<>()));
        byIdempotencyKey.put(idempotencyKey, ref);
        while (feed.size() > FEED) {
            feed.remove(feed.keySet().iterator().next());
        }
        version.incrementAndGet();
        return ref;
    }

    @Override
    public MessageRef uploadImage(ChannelId channel, MessageView.Image image) {
        return post(channel, image, "image-" + ids.incrementAndGet());
    }

    @Override
    public synchronized void update(ChannelId channel, MessageRef message, MessageView view) {
        FeedMessage old = feed.get(message.value());
        if (old != null) {
            feed.put(message.value(), new FeedMessage(message, view, old.thread()));
            version.incrementAndGet();
        }
    }

    @Override
    public synchronized void postInThread(ChannelId channel, MessageRef parent, MessageView view) {
        FeedMessage message = feed.get(parent.value());
        if (message != null) {
            message.thread().add(view);
            version.incrementAndGet();
        }
    }

    @Override
    public void sendPrivately(ChannelId channel, UserRef user, MessageView view) {
        addPrivate(user, new PrivateMessage(false, view));
    }

    @Override
    public void sendDirect(UserRef user, MessageView view) {
        addPrivate(user, new PrivateMessage(true, view));
    }

    @Override
    public void checkCanPost(ChannelId channel) {
        if (!channel.equals(CHANNEL)) {
            throw dev.studybot.chat.ChatException.permanentFailure("the playground has one channel, " + CHANNEL);
        }
    }

    synchronized void addPrivate(UserRef user, PrivateMessage message) {
        Deque<PrivateMessage> messages = privateMessages.computeIfAbsent(user.userId(), u -> new ArrayDeque<>());
        messages.addFirst(message);
        while (messages.size() > PRIVATE) {
            messages.removeLast();
        }
        version.incrementAndGet();
    }

    /** Newest first. */
    public synchronized List<FeedMessage> feed() {
        List<FeedMessage> messages = new ArrayList<>();
        feed.values().forEach(m -> messages.add(0, new FeedMessage(m.ref(), m.view(), List.copyOf(m.thread()))));
        return messages;
    }

    public synchronized List<PrivateMessage> privateMessages(String userId) {
        return List.copyOf(privateMessages.getOrDefault(userId, new ArrayDeque<>()));
    }

    public long version() {
        return version.get();
    }
}
