package dev.studybot.chat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The enabled platforms, found by the prefix of a channel id. */
@Component
public class ChatPlatforms {

    private final Map<String, ChatPlatform> byName;

    public ChatPlatforms(List<ChatPlatform> platforms) {
        this.byName = platforms.stream().collect(Collectors.toMap(ChatPlatform::name, Function.identity()));
    }

    /** The platform owning a channel; a permanent failure when that platform is not enabled in this run. */
    public ChatPlatform of(ChannelId channel) {
        ChatPlatform platform = byName.get(channel.platform());
        if (platform == null) {
            throw ChatException.permanentFailure("platform '" + channel.platform() + "' is not enabled");
        }
        return platform;
    }

    public boolean isEnabled(String platform) {
        return byName.containsKey(platform);
    }
}
