package dev.studybot.web;

import dev.studybot.chat.Actor;
import dev.studybot.chat.Inbound;
import dev.studybot.chat.InboundHandler;
import dev.studybot.quiz.ChannelStore;
import dev.studybot.quiz.PostStore;
import dev.studybot.quiz.Posting;
import dev.studybot.users.UserRef;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes the playground ready to play at start-up: enrols its channel, puts the open question back on the page
 * after a restart (the feed lives in memory, the posts in the database), or posts a first question.
 */
@Component
@Conditional(PlaygroundEnabled.class)
class PlaygroundBootstrap {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundBootstrap.class);

    private final InboundHandler game;
    private final ChannelStore channels;
    private final PostStore posts;
    private final Posting posting;
    private final Environment environment;
    private final Clock clock;

    PlaygroundBootstrap(InboundHandler game, ChannelStore channels, PostStore posts, Posting posting,
            Environment environment, Clock clock) {
        this.game = game;
        this.channels = channels;
        this.posts = posts;
        this.posting = posting;
        this.environment = environment;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        var channel = PlaygroundPlatform.CHANNEL;
        if (channels.find(channel).isEmpty()) {
            Actor host = new Actor(new UserRef("web", PlaygroundPlatform.WORKSPACE, "playground"), "Playground", true,
                    null);
            game.handle(new Inbound.Command(channel, host, "studybot setup", Map.of()));
        }
        var enrolled = channels.find(channel).orElseThrow();
        var open = posts.open(channel);
        if (open.isEmpty()) {
            posting.post(enrolled, Posting.manualSlot(clock.instant()), clock.instant());
        } else {
            open.forEach(post -> posting.announce(post, enrolled));
        }
        log.info("Playground: open http://localhost:{}/ to play", environment.getProperty("local.server.port", "8080"));
    }
}
