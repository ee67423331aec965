package dev.studybot.scoring;

import static dev.studybot.support.Players.admin;
import static dev.studybot.support.Players.member;
import static dev.studybot.support.Players.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.Actor;
import dev.studybot.chat.InboundHandler;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.MessageView.LeaderboardRow;
import dev.studybot.chat.Reply;
import dev.studybot.quiz.ChannelStore;
import dev.studybot.quiz.Post;
import dev.studybot.quiz.PostStore;
import dev.studybot.quiz.QuizScheduler;
import dev.studybot.support.EngineTest;
import dev.studybot.support.FakePlatform;
import dev.studybot.support.MutableClock;
import dev.studybot.support.Players;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@EngineTest
class LeaderboardAndStreaksTest {

    @Autowired InboundHandler game;
    @Autowired QuizScheduler.GameClock gameClock;
    @Autowired MutableClock clock;
    @Autowired FakePlatform platform;
    @Autowired PostStore posts;
    @Autowired ChannelStore channels;
    @Autowired QuestionBank bank;
    @Autowired JdbcClient jdbc;

    Players chat;

    @BeforeEach
    void freshChannel() {
        jdbc.sql("update channels set paused = true").update();
        platform.reset();
        clock.set("2026-11-23T07:00:00Z");
        chat = new Players(game).setUpWeekdaysAtNineUtc();
    }

    /** Posts the day's question at 09:00, lets each player answer right or wrong, and closes it. */
    private Post day(String date, Map<Actor, Boolean> answers) {
        clock.set(date + "T09:00:00Z");
        gameClock.tick();
        Post post = posts.latest(chat.channel).orElseThrow();
        var question = bank.find(post.questionId()).orElseThrow();
        AnswerKey right = question.answer();
        AnswerKey wrong = wrong(right, question.options().stream().map(o -> o.key()).toList());
        answers.forEach((actor, correct) -> chat.answer(actor, post.id(), correct ? right : wrong));
        clock.set(date + "T23:59:00Z");
        chat.command(admin("lead"), "/studybot close-now");
        return post;
    }

    private static AnswerKey wrong(AnswerKey right, List<String> keys) {
        if (right instanceof AnswerKey.Choice choice) {
            return AnswerKey.Choice.of(keys.stream().filter(k -> !choice.keys().contains(k)).limit(choice.keys().size())
                    .toList());
        }
        if (right instanceof AnswerKey.Sequence sequence) {
            List<String> reversed = new java.util.ArrayList<>(sequence.keys());
            java.util.Collections.reverse(reversed);
            return new AnswerKey.Sequence(reversed);
        }
        var pairs = new java.util.TreeMap<>(((AnswerKey.Pairs) right).pairs());
        String first = pairs.firstEntry().getValue();
        pairs.replaceAll((prompt, key) -> key.equals(first) ? keys.get((keys.indexOf(key) + 1) % keys.size()) : key);
        return AnswerKey.Pairs.of(pairs);
    }

    private MessageView.LeaderboardTable board(Actor actor, String line) {
        return (MessageView.LeaderboardTable) chat.command(actor, line).view();
    }

    @Test
    void ranksByPointsThenAccuracyWithTiesBrokenByName() {
        day("2026-11-23", Map.of(member("zoe"), true, member("amy"), true, member("bob"), false));
        day("2026-11-24", Map.of(member("zoe"), true, member("amy"), true, member("bob"), true));

        var table = board(member("amy"), "/leaderboard week");

        assertThat(table.rows()).extracting(LeaderboardRow::name)
                .containsExactly("Name amy", "Name zoe", "Name bob");
        assertThat(table.rows().get(0)).isEqualTo(new LeaderboardRow(1, "Name amy", 20, 100, 2, 2));
        assertThat(table.rows().get(2)).isEqualTo(new LeaderboardRow(3, "Name bob", 10, 50, 2, 2));
    }

    @Test
    void countsWeeksInTheChannelsTimeZoneAndKeepsAllTime() {
        day("2026-11-20", Map.of(member("old"), true)); // the Friday before
        day("2026-11-23", Map.of(member("new"), true));
        clock.set("2026-11-25T12:00:00Z");

        assertThat(board(member("new"), "/leaderboard week").rows()).extracting(LeaderboardRow::name)
                .containsExactly("Name new");
        assertThat(board(member("new"), "/leaderboard month").rows()).hasSize(2);
        assertThat(board(member("new"), "/leaderboard all").rows()).hasSize(2);
    }

    @Test
    void showsTheTopTenPlusTheCallersOwnRow() {
        java.util.Map<Actor, Boolean> answers = new java.util.HashMap<>();
        for (int i = 0; i < 11; i++) {
            answers.put(member("p" + i), true);
        }
        answers.put(member("last"), false);
        day("2026-11-23", answers);

        var table = board(member("last"), "/leaderboard");

        assertThat(table.rows()).hasSize(10);
        assertThat(table.caller()).isEqualTo(new LeaderboardRow(12, "Name last", 0, 0, 1, 1));
        assertThat(board(member("p0"), "/leaderboard").caller()).isNull();
    }

    @Test
    void repliesPrivatelyByDefaultAndPublicOnlyForAdmins() {
        day("2026-11-23", Map.of(member("ana"), true));

        Reply mine = chat.command(member("ana"), "/leaderboard week");
        Reply everyone = chat.command(admin("lead"), "/leaderboard week public");
        Reply refused = chat.command(member("ana"), "/leaderboard week public");

        assertThat(mine.isPublic()).isFalse();
        assertThat(everyone.isPublic()).isTrue();
        assertThat(text(refused)).startsWith("Only admins and organisers can post the leaderboard");
    }

    @Test
    void postsLastWeeksLeaderboardOnceWhenTheWeekEnds() {
        day("2026-11-23", Map.of(member("ana"), true));

        for (String at : List.of("2026-11-30T00:00:30Z", "2026-11-30T00:15:00Z", "2026-11-30T08:00:00Z")) {
            clock.set(at);
            gameClock.tick();
        }

        var weekly = platform.calls("post", chat.channel).stream()
                .filter(c -> c.view() instanceof MessageView.LeaderboardTable).toList();
        assertThat(weekly).hasSize(1);
        var table = (MessageView.LeaderboardTable) weekly.get(0).view();
        assertThat(table.title()).isEqualTo("Last week's leaderboard");
        assertThat(table.rows()).extracting(LeaderboardRow::name).containsExactly("Name ana");
        var charts = platform.calls("image", chat.channel);
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).key()).isEqualTo("leaderboard-2026-W48.png");
        assertThat(((MessageView.Image) charts.get(0).view()).altText()).contains("1. Name ana 10 points");
    }

    @Test
    void showsAPersonalRecordWithAccuracyPerDomainAndTheWeakestDomain() {
        Actor kim = new Actor(new dev.studybot.users.UserRef("test", "T1", "kim-" + chat.channel.value()), "Kim", false,
                null);
        var empty = (MessageView.Stats) chat.command(kim, "/stats").view();
        assertThat(empty.lines()).singleElement().asString().startsWith("No scored answers yet");

        Post first = day("2026-11-23", Map.of(kim, true));
        Post second = day("2026-11-24", Map.of(kim, false));

        var stats = (MessageView.Stats) chat.command(kim, "/stats").view();
        assertThat(stats.points()).isEqualTo(10);
        assertThat(stats.answered()).isEqualTo(2);
        assertThat(stats.accuracy()).isEqualTo(50);
        assertThat(stats.domains()).extracting(MessageView.DomainStat::accuracy).containsExactlyInAnyOrder(100, 0);
        assertThat(first.domain()).isNotEqualTo(second.domain());
        assertThat(stats.weakest()).get().extracting(MessageView.DomainStat::domain).asString()
                .startsWith("MLA-C01 domain " + second.domain() + ": ");
        assertThat(stats.lines()).last().asString().startsWith("Weakest: MLA-C01 domain " + second.domain() + ": ");
        assertThat(chat.command(kim, "/stats").isPublic()).isFalse();
    }

    @Test
    void keepsTheWeeklyTableAndTheChannelRunningWhenThePictureIsRefused() {
        day("2026-11-23", Map.of(member("ana"), true));
        platform.refuseImages("missing_scope");

        clock.set("2026-11-30T08:00:00Z");
        gameClock.tick();
        clock.set("2026-11-30T08:30:00Z");
        gameClock.tick();

        assertThat(platform.calls("post", chat.channel).stream()
                .filter(c -> c.view() instanceof MessageView.LeaderboardTable)).hasSize(1);
        assertThat(platform.calls("image", chat.channel)).isEmpty();
        assertThat(channels.find(chat.channel).orElseThrow().paused()).isFalse();
    }

    @Test
    void countsStreaksInPostsSoWeekendsDoNotBreakThemButASkippedPostDoes() {
        day("2026-11-26", Map.of(member("sam"), true, member("kit"), true)); // Thursday
        day("2026-11-27", Map.of(member("sam"), true, member("kit"), false)); // Friday
        day("2026-11-30", Map.of(member("sam"), true)); // Monday: the weekend had no posts

        var sam = (MessageView.Streaks) chat.command(member("sam"), "/streak").view();
        var kit = (MessageView.Streaks) chat.command(member("kit"), "/streak").view();

        assertThat(sam).isEqualTo(new MessageView.Streaks("Name sam", 3, 3, 3, 3));
        assertThat(kit).isEqualTo(new MessageView.Streaks("Name kit", 0, 2, 0, 1));
    }

    @Test
    void keepsStreaksWhileTheChannelIsPaused() {
        day("2026-11-23", Map.of(member("pat"), true));
        chat.command(admin("lead"), "/studybot pause");
        for (String at : List.of("2026-11-24T09:00:00Z", "2026-11-25T09:00:00Z")) {
            clock.set(at);
            gameClock.tick();
        }
        chat.command(admin("lead"), "/studybot resume");
        day("2026-11-26", Map.of(member("pat"), true));

        var pat = (MessageView.Streaks) chat.command(member("pat"), "/streak").view();
        assertThat(pat.participation()).isEqualTo(2);
        assertThat(pat.correct()).isEqualTo(2);
    }
}
