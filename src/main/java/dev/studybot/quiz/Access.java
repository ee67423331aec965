package dev.studybot.quiz;

import dev.studybot.chat.Actor;
import dev.studybot.chat.ChannelId;
import org.springframework.stereotype.Component;

/** Who may run admin commands in a channel: platform admins, {@code studybot.admins}, the channel's organisers. */
@Component
public class Access {

    private final QuizProperties properties;
    private final ChannelStore channels;

    public Access(QuizProperties properties, ChannelStore channels) {
        this.properties = properties;
        this.channels = channels;
    }

    public boolean isAdmin(Actor actor, ChannelId channel) {
        String ref = actor.user().toString();
        return actor.platformAdmin() || properties.admins().contains(ref) || channels.organisers(channel).contains(ref);
    }
}
