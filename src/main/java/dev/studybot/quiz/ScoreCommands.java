package dev.studybot.quiz;

import dev.studybot.chat.Inbound;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.Reply;
import dev.studybot.scoring.Leaderboard;
import dev.studybot.scoring.Period;
import dev.studybot.scoring.PersonalStats;
import dev.studybot.scoring.StreakStore;
import dev.studybot.users.UserDirectory;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The commands about scores: {@code /leaderboard}, {@code /streak} and {@code /stats}. */
@Component
class ScoreCommands {

    private final ChannelStore channels;
    private final UserDirectory users;
    private final Access access;
    private final Leaderboard leaderboard;
    private final StreakStore streaks;
    private final PersonalStats personalStats;
    private final Clock clock;

    ScoreCommands(ChannelStore channels, UserDirectory users, Access access, Leaderboard leaderboard,
            StreakStore streaks, PersonalStats personalStats, Clock clock) {
        this.channels = channels;
        this.users = users;
        this.access = access;
        this.leaderboard = leaderboard;
        this.streaks = streaks;
        this.personalStats = personalStats;
        this.clock = clock;
    }

    Reply leaderboard(Inbound.Command event) {
        Optional<Channel> channel = channels.find(event.channel());
        if (channel.isEmpty()) {
            return Reply.error("This channel is not set up yet. An admin can run /studybot setup here.");
        }
        Period period = Period.parse(event.options().get("period"));
        var user = users.find(event.actor().user());
        var table = leaderboard.table(event.channel(), period, channel.get().zone(), clock.instant(),
                user.map(UserDirectory.User::id).orElse(null));
        boolean wantsPublic = "public".equals(event.options().get("visibility"));
        if (wantsPublic && !access.isAdmin(event.actor(), event.channel())) {
            return Reply.error("Only admins and organisers can post the leaderboard for everyone. "
                    + "Leave out 'public' to see it yourself.");
        }
        return wantsPublic ? Reply.publicly(table) : Reply.privately(table);
    }

    Reply streak(Inbound.Command event) {
        var user = users.find(event.actor().user());
        var streak = user.map(u -> streaks.find(event.channel(), u.id())).orElse(StreakStore.Streak.NONE);
        return Reply.privately(new MessageView.Streaks(event.actor().displayName(), streak.participation(),
                streak.bestParticipation(), streak.correct(), streak.bestCorrect()));
    }

    Reply stats(Inbound.Command event) {
        return Reply.privately(personalStats.of(event.actor().user()).view(event.actor().displayName()));
    }
}
