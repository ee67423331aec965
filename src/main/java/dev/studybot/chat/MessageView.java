package dev.studybot.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A platform-neutral description of something the bot shows. Each adapter renders every kind natively (Block Kit,
 * embeds and components, HTML); the core never builds platform markup.
 */
public sealed interface MessageView {

    /** How a user answers a card. */
    enum AnswerStyle {
        /** One button per option; one click is a complete answer. */
        BUTTONS,
        /** A multi-select taking exactly {@code pickCount} options, then a submit. */
        MULTI_SELECT,
        /** An "Answer" button opening a private flow ({@link AnswerFlow}) for ordering and matching. */
        PRIVATE_FLOW
    }

    /**
     * One option as shown on a card: {@code label} is its position letter for this post, {@code key} the stable
     * key the adapter sends back.
     */
    record CardOption(String key, String label, String text) {}

    /** The question of the day, open for answers. */
    record QuestionCard(
            long postId,
            String questionId,
            String exam,
            String domain,
            String task,
            String stem,
            List<String> prompts,
            List<CardOption> options,
            AnswerStyle style,
            int pickCount,
            Instant closesAt,
            ZoneId zone)
            implements MessageView {
        public QuestionCard {
            prompts = List.copyOf(prompts);
            options = List.copyOf(options);
        }
    }

    /**
     * A closed card: the question with its correct answer and how the channel answered.
     *
     * @param picks option key to how many participants chose it
     * @param correctAnswer the answer in display labels, {@code B, D} or {@code C → A → B} or {@code 1: B, 2: A}
     */
    record ResultCard(QuestionCard card, List<String> correctKeys, String correctAnswer, Map<String, Integer> picks,
            int participants, int correct) implements MessageView {
        public ResultCard {
            correctKeys = List.copyOf(correctKeys);
            picks = Map.copyOf(picks);
        }
    }

    /**
     * Everything to learn from a question, option by option, in the order the post showed them.
     *
     * @param yourAnswer what the reader answered, in labels, or null
     */
    record Explanation(String questionId, String stem, List<ExplainedOption> options, String correctAnswer,
            String yourAnswer, String explanation, List<String> references) implements MessageView {
        public Explanation {
            options = List.copyOf(options);
            references = List.copyOf(references);
        }
    }

    /** One option of an explanation. */
    record ExplainedOption(String label, String text, boolean correct, String why) {}

    /** The private flow for ordering and matching: the adapter shows one select per position or prompt. */
    record AnswerFlow(long postId, String stem, boolean ordering, List<String> prompts, List<CardOption> options)
            implements MessageView {
        public AnswerFlow {
            prompts = List.copyOf(prompts);
            options = List.copyOf(options);
        }
    }

    /** A ranked table. {@code caller} is the asker's own row when it is not in {@code rows}. */
    record LeaderboardTable(String title, List<LeaderboardRow> rows, LeaderboardRow caller) implements MessageView {
        public LeaderboardTable {
            rows = List.copyOf(rows);
        }
    }

    /** One leaderboard row; accuracy in percent. */
    record LeaderboardRow(int rank, String name, int points, int accuracy, int answered, int streak) {}

    /**
     * A PNG picture, uploaded as a file through {@link ChatPlatform#uploadImage}.
     *
     * @param altText what the picture shows, for screen readers and notifications
     */
    record Image(String fileName, byte[] png, String altText) implements MessageView {

        /** The picture as a {@code data:} URI, for platforms that show it inline. */
        public String dataUri() {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        }
    }

    /**
     * One person's study record across the workspace: points over closed posts, the longest current streak and the
     * scored answers per exam domain; totals, accuracy and the weakest domain follow from the domains.
     */
    record Stats(String name, int points, int streak, int bestStreak, List<DomainStat> domains) implements MessageView {

        public Stats {
            domains = List.copyOf(domains);
        }

        public int answered() {
            return domains.stream().mapToInt(DomainStat::answered).sum();
        }

        public int correct() {
            return domains.stream().mapToInt(DomainStat::correct).sum();
        }

        /** Correct answers in percent, 0 before any. */
        public int accuracy() {
            return DomainStat.percent(correct(), answered());
        }

        /** The domain with the lowest accuracy, the first listed on a tie; empty while all domains are level. */
        public Optional<DomainStat> weakest() {
            Comparator<DomainStat> byAccuracy = Comparator.comparingDouble(DomainStat::share);
            return domains.stream().min(byAccuracy)
                    .filter(low -> byAccuracy.compare(low, domains.stream().max(byAccuracy).orElseThrow()) < 0);
        }

        /** The record as plain lines, for adapters to mark up. */
        public List<String> lines() {
            if (answered() == 0) {
                return List.of("No scored answers yet: answer a question of the day, and your record starts when it "
                        + "closes.");
            }
            List<String> lines = new ArrayList<>();
            lines.add("Points: " + points + " · answered " + answered() + " · accuracy " + accuracy() + "% · streak "
                    + streak + " (best " + bestStreak + ")");
            domains.forEach(d -> lines.add(d.domain() + ": " + d.accuracy() + "% of " + d.answered()));
            weakest().ifPresent(d -> lines.add("Weakest: " + d.domain()));
            return lines;
        }
    }

    /** Scored answers in one exam domain, named for people ("MLA-C01 domain 1: Data Preparation for ..."). */
    record DomainStat(String domain, int answered, int correct) {

        /** Correct answers in percent. */
        public int accuracy() {
            return percent(correct, answered);
        }

        double share() {
            return answered == 0 ? 0 : (double) correct / answered;
        }

        static int percent(int correct, int answered) {
            return answered == 0 ? 0 : Math.round(100f * correct / answered);
        }
    }

    /** A user's streaks in a channel, counted in posts. */
    record Streaks(String name, int participation, int bestParticipation, int correct, int bestCorrect)
            implements MessageView {}

    /** Plain text: confirmations, errors, help, status. {@code tone} lets adapters pick an icon or colour. */
    record Notice(Tone tone, String title, String text) implements MessageView {

        /** How the notice should look. */
        public enum Tone {
            INFO,
            SUCCESS,
            ERROR
        }

        public static Notice info(String text) {
            return new Notice(Tone.INFO, null, text);
        }

        public static Notice success(String text) {
            return new Notice(Tone.SUCCESS, null, text);
        }

        public static Notice error(String text) {
            return new Notice(Tone.ERROR, null, text);
        }
    }
}
