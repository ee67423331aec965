package dev.studybot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;
import dev.studybot.chat.Capabilities;
import dev.studybot.chat.ChannelId;
import dev.studybot.chat.ChatException;
import dev.studybot.chat.ChatPlatform;
import dev.studybot.chat.MessageRef;
import dev.studybot.chat.MessageView;
import dev.studybot.users.UserRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The game's outbound calls on Slack's Web API. Every post carries its idempotency key in message metadata; before
 * posting, the channel's recent history is searched for that key, so a post retried after a crash or a lost
 * response is found instead of posted twice.
 */
final class SlackPlatform implements ChatPlatform {

    static final String METADATA_EVENT = "studybot_post";

    private final MethodsClient client;
    private final SlackCalls calls;

    SlackPlatform(MethodsClient client, SlackCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(true, true, true);
    }

    /** The Slack channel id inside {@code slack:TEAM:CHANNEL}. */
    static String channel(ChannelId id) {
        String[] parts = id.value().split(":", 3);
        if (parts.length != 3 || !parts[0].equals("slack")) {
            throw ChatException.permanentFailure("not a Slack channel: " + id);
        }
        return parts[2];
    }

    @Override
    public MessageRef post(ChannelId id, MessageView view, String idempotencyKey) {
        String channel = channel(id);
        Optional<String> existing = findPosted(channel, idempotencyKey);
        if (existing.isPresent()) {
            return new MessageRef(existing.get());
        }
        BlockKit.Message message = BlockKit.render(view);
        var response = calls.call("chat.postMessage", channel, () -> client.chatPostMessage(r -> r.channel(channel)
                .blocks(message.blocks()).text(message.text()).unfurlLinks(false)
                .metadata(Message.Metadata.builder().eventType(METADATA_EVENT)
                        .eventPayload(Map.of("key", idempotencyKey)).build())));
        return new MessageRef(response.getTs());
    }

    private Optional<String> findPosted(String channel, String key) {
        var history = calls.call("conversations.history", null, () -> client.conversationsHistory(r -> r
                .channel(channel).limit(50).includeAllMetadata(true)));
        if (history.getMessages() == null) {
            return Optional.empty();
        }
        return history.getMessages().stream()
                .filter(m -> m.getMetadata() != null && METADATA_EVENT.equals(m.getMetadata().getEventType())
                        && m.getMetadata().getEventPayload() != null
                        && key.equals(m.getMetadata().getEventPayload().get("key")))
                .map(Message::getTs).findFirst();
    }

    @Override
    public MessageRef uploadImage(ChannelId id, MessageView.Image image) {
        String channel = channel(id);
        var response = calls.call("files.uploadV2", channel, () -> client.filesUploadV2(r -> r.channel(channel)
                .fileData(image.png()).filename(image.fileName()).title(image.fileName()).altTxt(image.altText())));
        return new MessageRef(response.getFile() == null ? image.fileName() : response.getFile().getId());
    }

    @Override
    public void update(ChannelId id, MessageRef message, MessageView view) {
        String channel = channel(id);
        BlockKit.Message rendered = BlockKit.render(view);
        calls.call("chat.update", null, () -> client.chatUpdate(r -> r.channel(channel).ts(message.value())
                .blocks(rendered.blocks()).text(rendered.text())));
    }

    @Override
    public void postInThread(ChannelId id, MessageRef parent, MessageView view) {
        String channel = channel(id);
        BlockKit.Message rendered = BlockKit.render(view);
        calls.call("chat.postMessage", channel, () -> client.chatPostMessage(r -> r.channel(channel)
                .threadTs(parent.value()).blocks(rendered.blocks()).text(rendered.text()).unfurlLinks(false)));
    }

    @Override
    public void sendPrivately(ChannelId id, UserRef user, MessageView view) {
        String channel = channel(id);
        BlockKit.Message rendered = BlockKit.render(view);
        calls.call("chat.postEphemeral", null, () -> client.chatPostEphemeral(r -> r.channel(channel)
                .user(user.userId()).blocks(rendered.blocks()).text(rendered.text())));
    }

    @Override
    public void sendDirect(UserRef user, MessageView view) {
        var im = calls.call("conversations.open", null, () -> client.conversationsOpen(r -> r
                .users(List.of(user.userId()))));
        String channel = im.getChannel().getId();
        BlockKit.Message rendered = BlockKit.render(view);
        calls.call("chat.postMessage", channel, () -> client.chatPostMessage(r -> r.channel(channel)
                .blocks(rendered.blocks()).text(rendered.text()).unfurlLinks(false)));
    }

    @Override
    public void checkCanPost(ChannelId id) {
        String channel = channel(id);
        var info = calls.call("conversations.info", null, () -> client.conversationsInfo(r -> r.channel(channel)));
        if (info.getChannel().isArchived()) {
            throw ChatException.permanentFailure("is_archived");
        }
        if (!info.getChannel().isMember()) {
            throw ChatException.permanentFailure("not_in_channel (invite me with /invite @StudyBot)");
        }
    }
}
