package dev.studybot.bench;

import static dev.studybot.support.Players.admin;

import dev.studybot.bank.AnswerKey;
import dev.studybot.bank.QuestionBank;
import dev.studybot.chat.Actor;
import dev.studybot.chat.ChannelId;
import dev.studybot.chat.Inbound;
import dev.studybot.chat.InboundHandler;
import dev.studybot.quiz.Post;
import dev.studybot.quiz.PostStore;
import dev.studybot.scoring.Leaderboard;
import dev.studybot.scoring.Period;
import dev.studybot.support.Concurrently;
import dev.studybot.support.EngineTest;
import dev.studybot.support.MutableClock;
import dev.studybot.support.Players;
import dev.studybot.users.UserRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's two hot paths, printed with a raw JDBC baseline of the same rows:
 * 1,000 concurrent answers to one post through the whole inbound path (five rounds), and the leaderboard query of one channel
 * when the database holds 1,000,000 answers (200 channels × 100 posts × 50 users).
 */
@EngineTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class GameBenchmark {

    private static final int ANSWERS = 1_000;
    private static final int ROUNDS = 5;
    private static final int THREADS = 16;
    private static final int CHANNELS = 200;
    private static final int POSTS_PER_CHANNEL = 100;
    private static final int USERS_PER_CHANNEL = 50;
    private static final int QUERIES = 300;

    @Autowired InboundHandler game;
    @Autowired PostStore posts;
    @Autowired QuestionBank bank;
    @Autowired Leaderboard leaderboard;
    @Autowired MutableClock clock;
    @Autowired DataSource dataSource;

    @Test
    @org.junit.jupiter.api.Order(1)
    void concurrentAnswersToOnePost() throws Exception {
        clock.set("2026-11-23T09:00:00Z");
        Players chat = new Players(game);
        chat.command(admin("lead"), "/studybot setup");
        chat.command(admin("lead"), "/studybot focus 1");
        chat.command(admin("lead"), "/studybot post-now");
        Post warmPost = posts.latest(chat.channel).orElseThrow();
        AnswerKey warmAnswer = bank.find(warmPost.questionId()).orElseThrow().answer();
        // warm-up on yesterday's post, by other users: JIT, connection pool, H2 caches
        runConcurrently(THREADS, ANSWERS, i -> chat.answer(actor("warm", i), warmPost.id(), warmAnswer));
        for (int i = 0; i < ANSWERS; i++) {
            chat.answer(actor("warm", i), warmPost.id(), i % 2 == 0 ? warmAnswer : wrongOr(warmAnswer,
                    bank.find(warmPost.questionId()).orElseThrow()));
        }
        measureAnswers(chat, 2, "2026-11-24");
        measureAnswers(chat, THREADS, "2026-11-25");
    }

    /**
     * Several rounds, each measuring the engine and then the baseline on fresh posts, pooled: a pause of the
     * machine (GC, another process) lands on both sides instead of skewing one single run.
     */
    private void measureAnswers(Players chat, int threads, String day) throws Exception {
        Timings engine = new Timings(ROUNDS * ANSWERS);
        Timings raw = new Timings(ROUNDS * ANSWERS);
        for (int round = 0; round < ROUNDS; round++) {
            clock.set(Instant.parse(day + "T09:00:00Z").plusSeconds(600L * round));
            chat.command(admin("lead"), "/studybot post-now");
            Post post = posts.latest(chat.channel).orElseThrow();
            var question = bank.find(post.questionId()).orElseThrow();
            AnswerKey right = question.answer();
            // the group that answered the warm-up post: a daily quiz is answered by people the bot already knows
            String prefix = "warm";
            runConcurrently(threads, ANSWERS, i -> {
                long start = System.nanoTime();
                game.handle(new Inbound.Answer(chat.channel, actor(prefix, i), post.id(), i % 3 == 0
                        ? wrongOr(right, question) : right));
                engine.add(System.nanoTime() - start);
            });
            chat.command(admin("lead"), "/studybot close-now");
            measureBaseline(chat, post, threads + "-" + round, threads, raw);
        }
        report("1,000 people answer one post at once (" + threads + " threads, full inbound path: user, checks, "
                + "answer row, confirmation; known users; " + ROUNDS + " rounds pooled)", engine, raw);
    }

    /**
     * The same rows written with plain JDBC into the same table (same keys and foreign keys), for another post, with
     * the users already known: the least any answer path can cost here.
     */
    private void measureBaseline(Players chat, Post post, String name, int threads, Timings raw) throws Exception {
        long baselinePost = posts.insert(new PostStore.NewPost(chat.channel, "baseline-" + name, post.questionId(),
                post.contentHash(), post.exam(), post.domain(), post.task(), post.displayOrder(), clock.instant(),
                clock.instant().plusSeconds(3600))).orElseThrow().id();
        long[] userIds = new long[ANSWERS];
        try (Connection c = dataSource.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select a.user_id from answers a where a.post_id = " + post.id()
                        + " order by a.user_id")) {
            for (int i = 0; rs.next(); i++) {
                userIds[i] = rs.getLong(1);
            }
        }
        runConcurrently(threads, ANSWERS, i -> {
            long start = System.nanoTime();
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("insert into answers (post_id, user_id, answer, correct, "
                            + "answered_at) values (?, ?, ?, ?, ?)")) {
                s.setLong(1, baselinePost);
                s.setLong(2, userIds[i]);
                s.setString(3, "A");
                s.setBoolean(4, true);
                s.setTimestamp(5, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            raw.add(System.nanoTime() - start);
        });
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void leaderboardOverAMillionAnswers() throws Exception {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        ChannelId target = loadMillionAnswers(now);

        Timings week = new Timings(QUERIES);
        Timings all = new Timings(QUERIES);
        Timings raw = new Timings(QUERIES);
        for (int i = 0; i < QUERIES + 50; i++) {
            long a = System.nanoTime();
            leaderboard.table(target, Period.WEEK, ZoneId.of("UTC"), now, 7L);
            long b = System.nanoTime();
            leaderboard.table(target, Period.ALL, ZoneId.of("UTC"), now, 7L);
            long c = System.nanoTime();
            rawSelect(target);
            long d = System.nanoTime();
            if (i >= 50) {
                week.add(b - a);
                all.add(c - b);
                raw.add(d - c);
            }
        }
        report("Leaderboard, this week, one channel of 200 (1,000,000 answers stored)", week, raw);
        report("Leaderboard, all time, one channel of 200 (1,000,000 answers stored)", all, raw);
    }

    private ChannelId loadMillionAnswers(Instant now) throws Exception {
        execute("delete from answers");
        long start = System.nanoTime();
        ChannelId first = null;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement user = c.prepareStatement(
                    "insert into users (platform, workspace_id, user_id, display_name, created_at) values ('bench', 'W', ?, ?, ?)")) {
                for (int u = 0; u < USERS_PER_CHANNEL * CHANNELS; u++) {
                    user.setString(1, "u" + u);
                    user.setString(2, "User " + u);
                    user.setTimestamp(3, Timestamp.from(now));
                    user.addBatch();
                }
                user.executeBatch();
            }
            long firstUser = single(c, "select min(id) from users where platform = 'bench'");
            for (int ch = 0; ch < CHANNELS; ch++) {
                String id = "bench:W:C" + ch;
                first = first == null ? ChannelId.of(id) : first;
                try (PreparedStatement s = c.prepareStatement("insert into channels (id, exam, post_time, time_zone, "
                        + "days, weights_since, paused, created_at) values (?, 'MLA-C01', '09:00', 'UTC', 'daily', ?, true, ?)")) {
                    s.setString(1, id);
                    s.setTimestamp(2, Timestamp.from(now));
                    s.setTimestamp(3, Timestamp.from(now));
                    s.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement("insert into posts (channel_id, slot, question_id, "
                        + "content_hash, exam, domain, task, display_order, created_at, closes_at, announced_at, closed_at) "
                        + "values (?, ?, 'q', 'h', 'MLA-C01', 1, '1.1', 'A,B,C,D', ?, ?, ?, ?)")) {
                    for (int n = 0; n < POSTS_PER_CHANNEL; n++) {
                        Instant at = now.minusSeconds(86_400L * n);
                        p.setString(1, id);
                        p.setString(2, "s" + n);
                        p.setTimestamp(3, Timestamp.from(at));
                        p.setTimestamp(4, Timestamp.from(at.plusSeconds(3600)));
                        p.setTimestamp(5, Timestamp.from(at));
                        p.setTimestamp(6, Timestamp.from(at.plusSeconds(3600)));
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                long firstPost = single(c, "select min(id) from posts where channel_id = '" + id + "'");
                try (PreparedStatement a = c.prepareStatement("insert into answers (post_id, user_id, answer, correct, "
                        + "points, answered_at) values (?, ?, 'A', ?, ?, ?)")) {
                    for (int n = 0; n < POSTS_PER_CHANNEL; n++) {
                        for (int u = 0; u < USERS_PER_CHANNEL; u++) {
                            boolean correct = (u + n) % 3 != 0;
                            a.setLong(1, firstPost + n);
                            a.setLong(2, firstUser + (long) ch * USERS_PER_CHANNEL + u);
                            a.setBoolean(3, correct);
                            a.setInt(4, correct ? 10 : 0);
                            a.setTimestamp(5, Timestamp.from(now));
                            a.addBatch();
                        }
                    }
                    a.executeBatch();
                }
            }
            c.commit();
        }
        try (Connection c = dataSource.getConnection()) {
            System.out.printf("%nLoaded %,d answers in %.1f s%n", single(c, "select count(*) from answers"),
                    (System.nanoTime() - start) / 1e9);
        }
        return first;
    }

    private long rawSelect(ChannelId channel) throws Exception {
        long sum = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select a.user_id, a.points from posts p join answers a "
                        + "on a.post_id = p.id where p.channel_id = ?")) {
            s.setString(1, channel.value());
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    sum += rs.getLong(2);
                }
            }
        }
        return sum;
    }

    private static Actor actor(String prefix, int i) {
        return new Actor(new UserRef("test", "T1", prefix + i), prefix + " " + i, false, null);
    }

    private static AnswerKey wrongOr(AnswerKey right, dev.studybot.bank.Question question) {
        if (right instanceof AnswerKey.Choice choice) {
            return AnswerKey.Choice.of(question.options().stream().map(o -> o.key())
                    .filter(k -> !choice.keys().contains(k)).limit(choice.keys().size()).toList());
        }
        return right;
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long single(Connection c, String sql) throws Exception {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A task that may throw, indexed. */
    interface Task {
        void run(int i) throws Exception;
    }

    private static void runConcurrently(int threads, int count, Task task) throws Exception {
        Concurrently.run(threads, count, i -> () -> {
            task.run(i);
            return null;
        });
    }

    private static void report(String what, Timings engine, Timings baseline) {
        System.out.printf("%n== %s%n   StudyBot:  %s%n   raw JDBC:  %s%n   ratio p99: %.1f× the raw JDBC baseline%n",
                what, engine.summary(), baseline.summary(),
                engine.percentileMillis(99) / Math.max(1e-6, baseline.percentileMillis(99)));
    }
}
