package dev.studybot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.MessageView.AnswerFlow;
import dev.studybot.chat.MessageView.CardOption;
import dev.studybot.chat.MessageView.Explanation;
import dev.studybot.chat.MessageView.LeaderboardTable;
import dev.studybot.chat.MessageView.Notice;
import dev.studybot.chat.MessageView.QuestionCard;
import dev.studybot.chat.MessageView.ResultCard;
import dev.studybot.chat.MessageView.Streaks;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders every platform-neutral view as Block Kit, within Slack's limits (section text 3,000 characters,
 * button and option labels 75, header 150). Action ids carry the post id, so buttons keep working after a
 * restart.
 */
final class BlockKit {

    static final String ANSWER = "studybot_answer_";
    static final String PICK = "studybot_pick";
    static final String SUBMIT = "studybot_submit";
    static final String EXPLAIN = "studybot_explain";
    static final String OPEN_FLOW = "studybot_open_flow";
    static final String FLOW_CALLBACK = "studybot_answer_flow";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private BlockKit() {}

    /** A rendered message: blocks, and the plain text shown in notifications and where blocks cannot be. */
    record Message(List<LayoutBlock> blocks, String text) {}

    static Message render(MessageView view) {
        if (view instanceof QuestionCard card) {
            return card(card);
        }
        if (view instanceof ResultCard result) {
            return result(result);
        }
        if (view instanceof Explanation explanation) {
            return explanation(explanation);
        }
        if (view instanceof LeaderboardTable table) {
            return leaderboard(table);
        }
        if (view instanceof Streaks streaks) {
            String text = "*Your streaks here*\nAnswered in a row: *" + streaks.participation() + "* (best "
                    + streaks.bestParticipation() + ")\nCorrect in a row: *" + streaks.correct() + "* (best "
                    + streaks.bestCorrect() + ")";
            return new Message(List.of(section(s -> s.text(markdownText(text)))), plain(text));
        }
        if (view instanceof MessageView.Stats stats) {
            String text = statsText(stats);
            return new Message(List.of(section(s -> s.text(markdownText(clip(text, 3000))))), plain(text));
        }
        if (view instanceof AnswerFlow flow) {
            return new Message(List.of(section(s -> s.text(markdownText(escape(flow.stem()))))), flow.stem());
        }
        if (view instanceof MessageView.Image image) {
            // an image block needs a public URL; pictures go through SlackPlatform.uploadImage instead
            return new Message(List.of(section(s -> s.text(markdownText(clip(escape(image.altText()), 3000))))),
                    image.altText());
        }
        Notice notice = (Notice) view;
        String icon = switch (notice.tone()) {
            case ERROR -> ":warning: ";
            case SUCCESS -> ":white_check_mark: ";
            case INFO -> "";
        };
        String text = icon + (notice.title() == null ? "" : "*" + escape(notice.title()) + "*\n") + escape(notice.text());
        return new Message(List.of(section(s -> s.text(markdownText(clip(text, 3000))))), plain(text));
    }

    private static Message card(QuestionCard card) {
        List<LayoutBlock> blocks = new ArrayList<>(question(card, null));
        String pick = switch (card.style()) {
            case BUTTONS -> "Pick one";
            case MULTI_SELECT -> "Pick " + card.pickCount();
            case PRIVATE_FLOW -> "Answer privately with the Answer button";
        };
        blocks.add(context(c -> c.elements(List.of(markdownText(pick + " · closes "
                + WHEN.format(card.closesAt().atZone(card.zone())) + " " + card.zone().getId()
                + " · one answer per person, change it any time before then")))));
        List<BlockElement> elements = new ArrayList<>();
        String postId = String.valueOf(card.postId());
        switch (card.style()) {
            case BUTTONS -> card.options().forEach(o -> elements.add(button(b -> b.actionId(ANSWER + o.key())
                    .text(plainText(o.label())).value(postId + ":" + o.key()))));
            case MULTI_SELECT -> {
                blocks.add(actions(a -> a.blockId("pick-" + postId).elements(List.of(checkboxes(c -> c.actionId(PICK)
                        .options(card.options().stream().map(o -> option(plainText(o.label()), o.key())).toList()))))));
                elements.add(button(b -> b.actionId(SUBMIT).text(plainText("Submit " + card.pickCount()))
                        .style("primary").value(postId)));
            }
            case PRIVATE_FLOW -> elements.add(button(b -> b.actionId(OPEN_FLOW).text(plainText("Answer"))
                    .style("primary").value(postId)));
        }
        elements.add(button(b -> b.actionId(EXPLAIN).text(plainText("Explain")).value(postId)));
        blocks.add(actions(a -> a.blockId("card-" + postId).elements(elements)));
        return new Message(blocks, "Question of the day: " + clip(card.stem(), 200));
    }

    private static Message result(ResultCard result) {
        QuestionCard card = result.card();
        List<LayoutBlock> blocks = new ArrayList<>(question(card, result));
        blocks.add(section(s -> s.text(markdownText("*Answer: " + escape(result.correctAnswer()) + "* · "
                + result.participants() + " answered, " + result.correct() + " correct"))));
        blocks.add(actions(a -> a.blockId("result-" + card.postId()).elements(List.of(button(b -> b.actionId(EXPLAIN)
                .text(plainText("Explain")).value(String.valueOf(card.postId())))))));
        return new Message(blocks, "Closed: the answer was " + result.correctAnswer());
    }

    private static List<LayoutBlock> question(QuestionCard card, ResultCard result) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(clip((result == null ? "Question of the day · " : "Closed · ")
                + card.exam(), 150)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(escape(card.domain() + " · " + card.task()))))));
        blocks.add(section(s -> s.text(markdownText(clip(escape(card.stem()), 3000)))));
        if (!card.prompts().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(clip(escape(String.join("\n", card.prompts())), 3000)))));
        }
        StringBuilder options = new StringBuilder();
        for (CardOption o : card.options()) {
            boolean correct = result != null && result.correctKeys().contains(o.key());
            options.append(correct ? ":white_check_mark: " : "").append("*").append(o.label()).append(".* ")
                    .append(escape(o.text()));
            if (result != null && result.participants() > 0 && !result.correctKeys().isEmpty()) {
                int share = Math.round(100f * result.picks().getOrDefault(o.key(), 0) / result.participants());
                options.append("  _(").append(share).append("%)_");
            }
            options.append('\n');
        }
        blocks.add(section(s -> s.text(markdownText(clip(options.toString().strip(), 3000)))));
        return blocks;
    }

    private static Message explanation(Explanation e) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Explanation"))));
        blocks.add(section(s -> s.text(markdownText(clip(escape(e.stem()), 3000)))));
        for (var o : e.options()) {
            String text = (o.correct() ? ":white_check_mark: " : ":x: ") + "*" + o.label() + ".* " + escape(o.text())
                    + "\n_" + escape(o.why()) + "_";
            blocks.add(section(s -> s.text(markdownText(clip(text, 3000)))));
        }
        String answer = "*Answer:* " + escape(e.correctAnswer())
                + (e.yourAnswer() == null ? "" : " · *yours:* " + escape(e.yourAnswer()));
        blocks.add(section(s -> s.text(markdownText(answer + "\n" + clip(escape(e.explanation()), 2500)))));
        String refs = String.join("\n", e.references().stream().map(r -> "<" + r + ">").toList());
        blocks.add(context(c -> c.elements(List.of(markdownText(clip(refs, 2000))))));
        return new Message(blocks, "Explanation: the answer is " + e.correctAnswer());
    }

    private static Message leaderboard(LeaderboardTable table) {
        StringBuilder rows = new StringBuilder(String.format("%-4s %-20s %6s %5s %6s%n", "#", "Name", "Points", "Acc.",
                "Streak"));
        for (var row : table.rows()) {
            rows.append(row(row));
        }
        if (table.caller() != null) {
            rows.append("…\n").append(row(table.caller()));
        }
        String body = table.rows().isEmpty() ? "No scored answers in this period yet." : "```" + rows + "```";
        List<LayoutBlock> blocks = List.of(section(s -> s.text(markdownText("*" + escape(table.title()) + "*"))),
                section(s -> s.text(markdownText(clip(body, 3000)))));
        return new Message(blocks, table.title());
    }

    private static String row(MessageView.LeaderboardRow row) {
        return String.format("%-4d %-20s %6d %4d%% %6d%n", row.rank(), clip(row.name().replace("`", "'"), 20),
                row.points(), row.accuracy(), row.streak());
    }

    /** The private answer flow for ordering and matching, as a modal with one select per step or prompt. */
    static View flowModal(AnswerFlow flow, String channel) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(clip(escape(flow.stem()), 3000)))));
        List<OptionObject> choices = flow.options().stream()
                .map(o -> option(plainText(clip(o.label() + ". " + o.text(), 75)), o.key())).toList();
        int rows = flow.ordering() ? flow.options().size() : flow.prompts().size();
        for (int i = 1; i <= rows; i++) {
            String label = flow.ordering() ? "Step " + i : clip(flow.prompts().get(i - 1), 2000);
            String blockId = (flow.ordering() ? "position" : "prompt") + i;
            int index = i;
            blocks.add(input(in -> in.blockId(blockId).label(plainText(clip(label, 2000)))
                    .element(staticSelect(sel -> {
                        sel.actionId("choice").options(choices);
                        if (flow.ordering()) {
                            sel.initialOption(choices.get(index - 1));
                        }
                        return sel;
                    }))));
        }
        return View.builder().type("modal").callbackId(FLOW_CALLBACK)
                .privateMetadata(channel + "|" + flow.postId() + "|" + (flow.ordering() ? "ordering" : "matching"))
                .title(ViewTitle.builder().type("plain_text").text(flow.ordering() ? "Put in order" : "Match").build())
                .submit(ViewSubmit.builder().type("plain_text").text("Submit").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(blocks).build();
    }

    /** A study record as Block Kit text, for {@code /stats} and the App Home tab. */
    static String statsText(MessageView.Stats stats) {
        return "*Your study record*\n" + escape(String.join("\n", stats.lines()));
    }

    /** The App Home tab. */
    static View home(String text) {
        return View.builder().type("home").blocks(List.of(
                header(h -> h.text(plainText("StudyBot"))),
                section(s -> s.text(markdownText(clip(text, 3000)))),
                divider(),
                context(c -> c.elements(List.of(markdownText(
                        "Answer the question of the day in your study channel. `/streak`, `/stats`, `/leaderboard` "
                                + "and `/explain` work in any channel StudyBot is set up in.")))))).build();
    }

    /** Escapes Slack's control characters in user and bank text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String plain(String mrkdwn) {
        return mrkdwn.replace("*", "").replace("_", "");
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
