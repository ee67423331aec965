package dev.studybot.support;

import dev.studybot.chat.Capabilities;
import dev.studybot.chat.ChannelId;
import dev.studybot.chat.ChatException;
import dev.studybot.chat.ChatPlatform;
import dev.studybot.chat.MessageRef;
import dev.studybot.chat.MessageView;
import dev.studybot.users.UserRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat platform for engine tests ({@code test:...} channel ids) that records every call and can be told to
 * fail: a number of transient failures (an outage, a 429 storm), or a permanent one.
 */
public final class FakePlatform implements ChatPlatform {

    /** One outbound call. */
    public record Call(String method, String channel, String target, MessageView view, String key) {}

    private final List<Call> calls = new ArrayList<>();
    private final Map<String, MessageRef> byKey = new HashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private int transientFailures;
    private String permanentFailure;
    private boolean dmsClosed;
    private String imagesRefused;

    @Override
    public String name() {
        return "test";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(true, true, true);
    }

    public synchronized void failNext(int times) {
        transientFailures = times;
    }

    public synchronized void failPermanently(String reason) {
        permanentFailure = reason;
    }

    /** Uploads fail for good from now on, as in a workspace that does not grant file uploads. */
    public synchronized void refuseImages(String reason) {
        imagesRefused = reason;
    }

    public synchronized void closeDms(boolean closed) {
        dmsClosed = closed;
    }

    public synchronized void reset() {
        calls.clear();
        byKey.clear();
        transientFailures = 0;
        permanentFailure = null;
        dmsClosed = false;
        imagesRefused = null;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method, ChannelId channel) {
        return calls.stream().filter(c -> c.method().equals(method) && channel.value().equals(c.channel())).toList();
    }

    private synchronized void maybeFail() {
        if (permanentFailure != null) {
            throw ChatException.permanentFailure(permanentFailure);
        }
        if (transientFailures > 0) {
            transientFailures--;
            throw ChatException.transientFailure("429 Too Many Requests (Retry-After: 0)", null);
        }
    }

    @Override
    public synchronized MessageRef post(ChannelId channel, MessageView view, String idempotencyKey) {
        maybeFail();
        MessageRef existing = byKey.get(idempotencyKey);
        if (existing != null) {
            return existing;
        }
        MessageRef ref = new MessageRef("msg-" + ids.incrementAndGet());
        byKey.put(idempotencyKey, ref);
        calls.add(new Call("post", channel.value(), ref.value(), view, idempotencyKey));
        return ref;
    }

    @Override
    public synchronized MessageRef uploadImage(ChannelId channel, MessageView.Image image) {
        maybeFail();
        if (imagesRefused != null) {
            throw ChatException.permanentFailure(imagesRefused);
        }
        MessageRef ref = new MessageRef("file-" + ids.incrementAndGet());
        calls.add(new Call("image", channel.value(), ref.value(), image, image.fileName()));
        return ref;
    }

    @Override
    public synchronized void update(ChannelId channel, MessageRef message, MessageView view) {
        maybeFail();
        calls.add(new Call("update", channel.value(), message.value(), view, null));
    }

    @Override
    public synchronized void postInThread(ChannelId channel, MessageRef parent, MessageView view) {
        maybeFail();
        calls.add(new Call("thread", channel.value(), parent.value(), view, null));
    }

    @Override
    public synchronized void sendPrivately(ChannelId channel, UserRef user, MessageView view) {
        calls.add(new Call("private", channel.value(), user.toString(), view, null));
    }

    @Override
    public synchronized void sendDirect(UserRef user, MessageView view) {
        if (dmsClosed) {
            throw ChatException.permanentFailure("cannot send messages to this user");
        }
        calls.add(new Call("dm", null, user.toString(), view, null));
    }

    @Override
    public synchronized void checkCanPost(ChannelId channel) {
        if (channel.value().contains("forbidden")) {
            throw ChatException.permanentFailure("not_in_channel");
        }
    }
}
