package dev.studybot.quiz;

import dev.studybot.chat.ChannelId;
import dev.studybot.chat.ChatException;
import dev.studybot.chat.ChatPlatforms;
import dev.studybot.chat.MessageView;
import dev.studybot.users.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a platform call for a channel and applies the failure policy: a transient failure is logged and left for
 * the scheduler's next pass (the post stays stored, so nothing is lost); a permanent one pauses the channel and
 * tells its organisers by DM.
 */
@Component
public class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final ChannelStore channels;
    private final ChatPlatforms platforms;

    public Delivery(ChannelStore channels, ChatPlatforms platforms) {
        this.channels = channels;
        this.platforms = platforms;
    }

    /** Runs {@code call}; true when it succeeded. */
    public boolean attempt(ChannelId channel, String what, Runnable call) {
        try {
            call.run();
            return true;
        } catch (ChatException e) {
            if (!e.isPermanent()) {
                log.warn("{} in {} failed for now, will retry: {}", what, channel, e.getMessage());
                return false;
            }
            boolean alreadyPaused = channels.find(channel).map(Channel::paused).orElse(true);
            if (alreadyPaused) {
                log.info("{} in {} failed for good; the channel is already paused: {}", what, channel, e.getMessage());
                return false;
            }
            log.warn("{} in {} failed for good, pausing the channel: {}", what, channel, e.getMessage());
            channels.pause(channel, e.getMessage());
            tellOrganisers(channel, "StudyBot paused the question of the day in " + channel + " because it could not "
                    + what + ": " + e.getMessage() + ". Fix the cause (invite the bot back, unarchive the channel), "
                    + "then run /studybot resume there.");
            return false;
        }
    }

    private void tellOrganisers(ChannelId channel, String text) {
        for (String organiser : channels.organisers(channel)) {
            try {
                UserRef user = UserRef.parse(organiser);
                platforms.of(channel).sendDirect(user, MessageView.Notice.error(text));
            } catch (RuntimeException e) {
                log.warn("Could not tell organiser {} that {} is paused: {}", organiser, channel, e.getMessage());
            }
        }
    }
}
