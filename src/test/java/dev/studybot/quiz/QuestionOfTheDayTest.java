package dev.studybot.quiz;

import static dev.studybot.support.Players.admin;
import static dev.studybot.support.Players.member;
import static dev.studybot.support.Players.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.Question;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.Actor;
import dev.studybot.chat.Inbound;
import dev.studybot.chat.InboundHandler;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.Reply;
import dev.studybot.support.Concurrently;
import dev.studybot.support.EngineTest;
import dev.studybot.support.FakePlatform;
import dev.studybot.support.MutableClock;
import dev.studybot.support.Players;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@EngineTest
class QuestionOfTheDayTest {

    @Autowired InboundHandler game;
    @Autowired QuizScheduler.GameClock gameClock;
    @Autowired MutableClock clock;
    @Autowired FakePlatform platform;
    @Autowired PostStore posts;
    @Autowired ChannelStore channels;
    @Autowired QuestionBank bank;
    @Autowired JdbcClient jdbc;
    @Autowired Posting posting;

    Players chat;

    @BeforeEach
    void freshChannel() {
        jdbc.sql("update channels set paused = true").update(); // other tests' channels stay quiet
        platform.reset();
        clock.set("2026-11-23T07:00:00Z"); // a Monday
        chat = new Players(game);
    }

    private void enrol(String zone) {
        assertThat(text(chat.command(admin("lead"), "/studybot setup"))).startsWith("Set up: MLA-C01, 09:00 UTC");
        assertThat(text(chat.command(admin("lead"), "/studybot schedule 09:00 " + zone + " mon-fri")))
                .startsWith("Schedule: 09:00 " + zone);
    }

    private Post tickAt(String instant) {
        clock.set(instant);
        gameClock.tick();
        return posts.latest(chat.channel).orElse(null);
    }

    private long postCount() {
        return jdbc.sql("select count(*) from posts where channel_id = :c").param("c", chat.channel.value())
                .query(Long.class).single();
    }

    private Question question(Post post) {
        return bank.find(post.questionId()).orElseThrow();
    }

    private String[] rightKeys(Post post) {
        return ((AnswerKey.Choice) question(post).answer()).keys().toArray(String[]::new);
    }

    private String[] wrongKeys(Post post) {
        Question q = question(post);
        List<String> right = List.of(rightKeys(post));
        return q.options().stream().map(o -> o.key()).filter(k -> !right.contains(k)).limit(right.size())
                .toArray(String[]::new);
    }

    @Test
    void postsOnceAtTheScheduledMinuteAndAnnouncesTheShuffledCard() {
        enrol("UTC");

        assertThat(tickAt("2026-11-23T08:59:59Z")).isNull();
        Post post = tickAt("2026-11-23T09:00:05Z");
        tickAt("2026-11-23T09:00:20Z");
        tickAt("2026-11-23T09:01:00Z");

        assertThat(postCount()).isEqualTo(1);
        assertThat(post.slot()).isEqualTo("2026-11-23T09:00");
        assertThat(post.closesAt()).isEqualTo(Instant.parse("2026-11-24T08:30:00Z"));
        assertThat(post.contentHash()).isEqualTo(question(post).contentHash());
        var announced = platform.calls("post", chat.channel);
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).key()).isEqualTo(chat.channel + "/2026-11-23T09:00");
        var card = (MessageView.QuestionCard) announced.get(0).view();
        assertThat(card.options()).extracting(MessageView.CardOption::key).containsExactlyElementsOf(post.displayOrder());
        assertThat(card.options()).extracting(MessageView.CardOption::label).startsWith("A", "B", "C");
        assertThat(card.domain()).startsWith("Domain ");
        assertThat(card.task()).matches("\\d\\.\\d .+");
        assertThat(posts.find(post.id()).orElseThrow().announcedAt()).isNotNull();
    }

    @Test
    void makesOnePostPerSlotWhenTwoInstancesRaceForIt() throws Exception {
        enrol("UTC");
        clock.set("2026-11-23T09:00:00Z");
        Channel channel = channels.find(chat.channel).orElseThrow();
        Concurrently.run(4, 8, i -> () -> posting.post(channel, "2026-11-23T09:00", clock.instant()));

        assertThat(postCount()).isEqualTo(1);
        assertThat(platform.calls("post", chat.channel)).hasSize(1);
    }

    @Test
    void announcesAPostStoredBeforeACrashExactlyOnceAfterRestart() {
        enrol("UTC");
        clock.set("2026-11-23T09:00:00Z");
        Question q = bank.forExam("MLA-C01").get(0);
        // the crash: the post was stored, the process died before the platform call
        posts.insert(new PostStore.NewPost(chat.channel, "2026-11-23T09:00", q.id(), q.contentHash(), "MLA-C01",
                q.domain("MLA-C01").orElseThrow(), q.task("MLA-C01").orElseThrow(), List.of("B", "A", "C", "D"),
                clock.instant(), Instant.parse("2026-11-24T08:30:00Z")));

        tickAt("2026-11-23T09:00:30Z");
        tickAt("2026-11-23T09:00:45Z");

        assertThat(postCount()).isEqualTo(1);
        var announced = platform.calls("post", chat.channel);
        assertThat(announced).hasSize(1);
        assertThat(((MessageView.QuestionCard) announced.get(0).view()).options())
                .extracting(MessageView.CardOption::key).containsExactly("B", "A", "C", "D");
    }

    @Test
    void postsAMissedSlotLateOnceWithinTheCatchUpWindowAndNeverTwice() {
        enrol("UTC");

        Post late = tickAt("2026-11-23T10:30:00Z"); // the bot was down at 09:00
        tickAt("2026-11-23T10:45:00Z");

        assertThat(late.slot()).isEqualTo("2026-11-23T09:00");
        assertThat(postCount()).isEqualTo(1);
    }

    @Test
    void skipsASlotMissedByMoreThanTheCatchUpWindow() {
        enrol("UTC");

        assertThat(tickAt("2026-11-23T11:30:00Z")).isNull();
    }

    @Test
    void keepsPostingAtNineLocalTimeAcrossTheAutumnClockChange() {
        assertThat(text(chat.command(admin("lead"), "/studybot setup"))).startsWith("Set up");
        chat.command(admin("lead"), "/studybot schedule 09:00 Europe/Berlin daily");
        List<Instant> announcedAt = new ArrayList<>();
        clock.set("2026-10-24T06:00:00Z");
        for (int i = 0; i < 4 * 30; i++) {
            clock.advance(Duration.ofMinutes(15));
            gameClock.tick();
        }
        for (var call : platform.calls("post", chat.channel)) {
            if (call.view() instanceof MessageView.QuestionCard) {
                announcedAt.add(posts.bySlot(chat.channel, call.key().substring(call.key().indexOf('/') + 1))
                        .orElseThrow().createdAt());
            }
        }

        assertThat(announcedAt).containsExactly(Instant.parse("2026-10-24T07:00:00Z"),
                Instant.parse("2026-10-25T08:00:00Z"));
    }

    @Test
    void neverLosesAPostThroughAStormOfTransientFailures() {
        enrol("UTC");
        platform.failNext(5);

        Post post = tickAt("2026-11-23T09:00:00Z");
        for (int i = 1; i <= 5; i++) {
            tickAt("2026-11-23T09:0" + i + ":00Z");
        }

        assertThat(post).isNotNull();
        assertThat(platform.calls("post", chat.channel)).hasSize(1);
        assertThat(posts.find(post.id()).orElseThrow().announcedAt()).isNotNull();
        assertThat(channels.find(chat.channel).orElseThrow().paused()).isFalse();
    }

    @Test
    void pausesTheChannelAndTellsItsOrganisersWhenTheBotIsRemoved() {
        enrol("UTC");
        platform.failPermanently("not_in_channel");

        tickAt("2026-11-23T09:00:00Z");
        tickAt("2026-11-23T09:15:00Z");

        Channel channel = channels.find(chat.channel).orElseThrow();
        assertThat(channel.paused()).isTrue();
        assertThat(channel.pausedReason()).isEqualTo("not_in_channel");
        assertThat(platform.calls()).filteredOn(c -> c.method().equals("dm") && c.target().equals("test:T1:lead"))
                .hasSize(1);
        assertThat(postCount()).isEqualTo(1);
    }

    @Test
    void keepsOneAnswerRowPerUserUnderConcurrentClicks() throws Exception {
        enrol("UTC");
        Post post = tickAt("2026-11-23T09:00:00Z");
        String[] right = rightKeys(post);
        List<Reply> replies = Concurrently.run(8, 32, i -> () -> chat.answer(member("clicker"), post.id(), right));

        assertThat(replies).allSatisfy(reply -> assertThat(reply.view()).isInstanceOf(MessageView.Notice.class));

        assertThat(jdbc.sql("select count(*) from answers where post_id = :p").param("p", post.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void countsTheLastAnswerBeforeCloseWithoutRevealingCorrectnessEarly() {
        enrol("UTC");
        Post post = tickAt("2026-11-23T09:00:00Z");

        Reply first = chat.answer(member("ana"), post.id(), wrongKeys(post));
        Reply again = chat.answer(member("ana"), post.id(), wrongKeys(post));
        Reply changed = chat.answer(member("ana"), post.id(), rightKeys(post));

        assertThat(text(first)).startsWith("Recorded your answer: ").contains("revealed when the question closes")
                .doesNotContain("Correct").doesNotContain("Not quite");
        assertThat(text(again)).startsWith("You already answered");
        assertThat(text(changed)).startsWith("Changed your answer to ");
        tickAt("2026-11-24T08:30:00Z");
        assertThat(jdbc.sql("select points from answers where post_id = :p").param("p", post.id())
                .query(Integer.class).single()).isEqualTo(10);
    }

    @Test
    void revealsTheAnswerSharesAndParticipantsAtClose() {
        enrol("UTC");
        Post post = tickAt("2026-11-23T09:00:00Z");
        chat.answer(member("a"), post.id(), rightKeys(post));
        chat.answer(member("b"), post.id(), rightKeys(post));
        chat.answer(member("c"), post.id(), wrongKeys(post));

        tickAt("2026-11-24T08:30:00Z");

        var update = platform.calls("update", chat.channel);
        assertThat(update).hasSize(1);
        var result = (MessageView.ResultCard) update.get(0).view();
        assertThat(result.participants()).isEqualTo(3);
        assertThat(result.correct()).isEqualTo(2);
        assertThat(result.correctKeys()).containsExactly(rightKeys(post));
        assertThat(result.picks().get(rightKeys(post)[0])).isEqualTo(2);
        assertThat(result.correctAnswer()).isEqualTo(java.util.Arrays.stream(rightKeys(post)).map(post::label).sorted()
                .collect(java.util.stream.Collectors.joining(", ")));
        var thread = platform.calls("thread", chat.channel);
        assertThat(thread).hasSize(1);
        assertThat(((MessageView.Notice) thread.get(0).view()).text()).contains(question(post).explanation());
    }

    @Test
    void answersAfterCloseGetAPracticeNoteAndScoreNothing() {
        enrol("UTC");
        Post post = tickAt("2026-11-23T09:00:00Z");
        tickAt("2026-11-24T08:30:00Z");

        Reply late = chat.answer(member("late"), post.id(), rightKeys(post));

        assertThat(text(late)).startsWith("This question has closed, so your answer is not scored.").contains("correct");
        assertThat(jdbc.sql("select count(*) from answers where post_id = :p").param("p", post.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void rejectsHostileAnswersAndChangesNothing() {
        enrol("UTC");
        Post post = tickAt("2026-11-23T09:00:00Z");
        Players other = new Players(game);

        assertThat(text(chat.answer(member("x"), 987654321L, "A"))).isEqualTo("That question is not in this channel.");
        assertThat(text(other.answer(member("x"), post.id(), "A"))).isEqualTo("That question is not in this channel.");
        assertThat(text(chat.answer(member("x"), post.id(), "Z"))).startsWith("That option is not on this card.");
        int picks = question(post).pickCount();
        String[] tooMany = question(post).options().stream().map(o -> o.key()).limit(picks + 1).toArray(String[]::new);
        assertThat(text(chat.answer(member("x"), post.id(), tooMany)))
                .startsWith("Pick exactly " + picks + (picks == 1 ? " option." : " options."));
        assertThat(text(chat.answer(member("x"), post.id(), new AnswerKey.Sequence(List.of("A")))))
                .startsWith("That answer does not fit this question.");
        assertThat(text(chat.answer(member("x"), post.id(), "A".repeat(5000)))).startsWith("That option is not on this card.");

        assertThat(jdbc.sql("select count(*) from answers where post_id = :p").param("p", post.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void explainsOnlyAfterAnsweringAndThenByDirectMessageOptionByOption() {
        enrol("UTC");
        Post post = tickAt("2026-11-23T09:00:00Z");

        Reply early = chat.press(member("kim"), post.id(), Inbound.Action.EXPLAIN);
        chat.answer(member("kim"), post.id(), wrongKeys(post));
        Reply after = chat.press(member("kim"), post.id(), Inbound.Action.EXPLAIN);

        assertThat(text(early)).startsWith("Answer first");
        assertThat(text(after)).contains("direct message");
        var dms = platform.calls().stream().filter(c -> c.method().equals("dm")).toList();
        assertThat(dms).hasSize(1);
        var explanation = (MessageView.Explanation) dms.get(0).view();
        assertThat(explanation.options()).hasSize(question(post).options().size())
                .allSatisfy(o -> assertThat(o.why()).isNotBlank());
        assertThat(explanation.options()).extracting(MessageView.ExplainedOption::label).startsWith("A", "B");
        assertThat(explanation.yourAnswer()).isEqualTo(java.util.Arrays.stream(wrongKeys(post)).map(post::label)
                .sorted().collect(java.util.stream.Collectors.joining(", ")));
        assertThat(explanation.references()).allSatisfy(r -> assertThat(r).startsWith("https://"));
    }

    @Test
    void explainCommandFallsBackToAPrivateReplyWhenDirectMessagesAreClosed() {
        enrol("UTC");
        Post post = tickAt("2026-11-23T09:00:00Z");
        tickAt("2026-11-24T08:30:00Z");
        platform.closeDms(true);

        Reply reply = chat.command(member("lee"), "/explain " + post.questionId());

        assertThat(text(reply)).contains("direct message");
        assertThat(platform.calls()).filteredOn(c -> c.method().equals("private") && c.target().equals("test:T1:lee"))
                .singleElement().extracting(FakePlatform.Call::view).isInstanceOf(MessageView.Explanation.class);
        assertThat(text(chat.command(member("lee"), "/explain no-such-question")))
                .isEqualTo("Question 'no-such-question' has not been posted in this channel.");
    }

    @Test
    void postNowClosesTheOpenQuestionAndCountsLikeAScheduledPost() {
        enrol("UTC");
        Post first = tickAt("2026-11-23T09:00:00Z");
        clock.set("2026-11-23T12:00:00Z");

        assertThat(text(chat.command(admin("lead"), "/studybot post-now"))).startsWith("Closing the open question");

        Post second = posts.latest(chat.channel).orElseThrow();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.slot()).isEqualTo("manual:2026-11-23T12:00:00Z");
        assertThat(posts.find(first.id()).orElseThrow().closedAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
        assertThat(second.questionId()).isNotEqualTo(first.questionId());
        assertThat(platform.calls("update", chat.channel)).hasSize(1);
    }

    @Test
    void opensAPrivateFlowForOrderingAndScoresTheWholeSequence() {
        enrol("UTC");
        chat.command(admin("lead"), "/studybot focus 3");
        Post post = null;
        for (int day = 23; day <= 27 && (post == null || !post.questionId().equals("test-ordering")); day++) {
            clock.set("2026-11-" + day + "T12:00:00Z");
            chat.command(admin("lead"), "/studybot post-now");
            post = posts.latest(chat.channel).orElseThrow();
        }
        assertThat(post.questionId()).isEqualTo("test-ordering");

        Reply flow = chat.press(member("ord"), post.id(), Inbound.Action.ANSWER);
        Reply partial = chat.answer(member("ord"), post.id(), new AnswerKey.Sequence(List.of("B", "A")));
        Reply whole = chat.answer(member("ord"), post.id(), new AnswerKey.Sequence(List.of("B", "A", "C")));

        assertThat(flow.view()).isInstanceOf(MessageView.AnswerFlow.class);
        assertThat(((MessageView.AnswerFlow) flow.view()).ordering()).isTrue();
        assertThat(text(partial)).startsWith("Place every step exactly once.");
        assertThat(text(whole)).startsWith("Recorded your answer: ").contains("→");
    }

    @Test
    void refusesAdminCommandsFromMembersAndChangesNothing() {
        enrol("UTC");
        Actor member = member("nobody");

        for (String command : List.of("/studybot schedule 10:00 UTC", "/studybot exam MLS-C01", "/studybot pause",
                "/studybot post-now", "/studybot close-now", "/studybot focus 2", "/studybot organiser add <@U9>",
                "/leaderboard week public")) {
            assertThat(text(chat.command(member, command))).as(command).startsWith("Only ");
        }

        Channel channel = channels.find(chat.channel).orElseThrow();
        assertThat(channel.postTime()).hasToString("09:00");
        assertThat(channel.exam()).isEqualTo("MLA-C01");
        assertThat(channel.paused()).isFalse();
        assertThat(channel.focusDomain()).isNull();
        assertThat(postCount()).isZero();
    }

    @Test
    void letsAnOrganiserRunAdminCommandsInTheirChannelOnly() {
        enrol("UTC");
        chat.command(admin("lead"), "/studybot organiser add <@helper>");

        assertThat(text(chat.command(member("helper"), "/studybot exam MLS-C01"))).startsWith("This channel now studies MLS-C01");
        Players elsewhere = new Players(game);
        elsewhere.command(admin("lead"), "/studybot setup");
        assertThat(text(elsewhere.command(member("helper"), "/studybot pause"))).startsWith("Only ");
    }

    @Test
    void letsConfiguredAdminsRunAdminCommandsEverywhere() {
        enrol("UTC");

        assertThat(text(chat.command(member("boss"), "/studybot pause"))).startsWith("Paused.");
    }

    @Test
    void refusesSetupWhereTheBotCannotPost() {
        Reply reply = game.handle(new Inbound.Command(dev.studybot.chat.ChannelId.of("test:T1:forbidden"),
                admin("lead"), "studybot setup", java.util.Map.of()));

        assertThat(text(reply)).startsWith("I cannot post in this channel: not_in_channel");
        assertThat(channels.find(dev.studybot.chat.ChannelId.of("test:T1:forbidden"))).isEmpty();
    }

    @Test
    void usesTheAdminsOwnTimeZoneForSetupWhenThePlatformTellsIt() {
        Actor traveller = new Actor(new dev.studybot.users.UserRef("test", "T1", "tz"), "Tz", true,
                java.time.ZoneId.of("Asia/Tokyo"));

        assertThat(text(chat.command(traveller, "/studybot setup"))).startsWith("Set up: MLA-C01, 09:00 Asia/Tokyo");
    }

    @Test
    void rejectsCommandsWithHostileOptionValuesDeliveredByAnAdapter() {
        enrol("UTC");

        Reply reply = game.handle(new Inbound.Command(chat.channel, admin("lead"), "studybot schedule",
                java.util.Map.of("time", "09:00'; drop table posts; --", "zone", "UTC")));
        Reply unknown = game.handle(new Inbound.Command(chat.channel, admin("lead"), "studybot exam",
                java.util.Map.of("code", "MLA-C01", "extra", "1")));

        assertThat(text(reply)).contains("is not a time");
        assertThat(text(unknown)).isEqualTo("Unknown option 'extra'.");
        assertThat(channels.find(chat.channel).orElseThrow().postTime()).hasToString("09:00");
    }

    @Test
    void statusShowsTheScheduleAndTheOpenQuestion() {
        enrol("America/New_York");
        tickAt("2026-11-23T14:00:00Z");

        String status = text(chat.command(admin("lead"), "/studybot status"));

        assertThat(status).contains("Exam: MLA-C01").contains("Schedule: 09:00 America/New_York, mon-fri")
                .contains("Open question: ").contains("Next question: Tue 24 Nov 09:00 America/New_York");
    }
}
