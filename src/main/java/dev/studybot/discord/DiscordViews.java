package dev.studybot.discord;

import dev.studybot.chat.MessageView;
import dev.studybot.chat.MessageView.AnswerFlow;
import dev.studybot.chat.MessageView.CardOption;
import dev.studybot.chat.MessageView.Explanation;
import dev.studybot.chat.MessageView.LeaderboardTable;
import dev.studybot.chat.MessageView.Notice;
import dev.studybot.chat.MessageView.QuestionCard;
import dev.studybot.chat.MessageView.ResultCard;
import dev.studybot.chat.MessageView.Streaks;
import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Renders every view as a Discord message: an embed, and up to five rows of components. Component custom ids
 * carry the post id and any state so far, so buttons on an old card work after a restart.
 */
final class DiscordViews {

    static final String ANSWER = "sb:ans:";
    static final String PICK = "sb:pick:";
    static final String FLOW = "sb:flow:";
    static final String EXPLAIN = "sb:explain:";
    static final String ORDER_STEP = "sb:ord:";
    static final String MATCH_STEP = "sb:match:";

    private static final Color BRAND = new Color(0xFF9900);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private DiscordViews() {}

    static MessageCreateData create(MessageView view) {
        MessageCreateBuilder builder = new MessageCreateBuilder();
        if (view instanceof AnswerFlow flow) {
            return builder.setContent(clip(flow.stem(), 1800)).setComponents(orderingOrMatchingStep(flow, "")).build();
        }
        builder.setEmbeds(embed(view));
        builder.setComponents(rows(view));
        return builder.build();
    }

    static MessageEditData edit(MessageView view) {
        return MessageEditData.fromCreateData(create(view));
    }

    private static MessageEmbed embed(MessageView view) {
        EmbedBuilder embed = new EmbedBuilder().setColor(BRAND);
        if (view instanceof QuestionCard card) {
            question(embed, card, null);
            String pick = switch (card.style()) {
                case BUTTONS -> "Pick one";
                case MULTI_SELECT -> "Pick " + card.pickCount();
                case PRIVATE_FLOW -> "Press Answer to answer privately";
            };
            embed.setFooter(pick + " · closes " + WHEN.format(card.closesAt().atZone(card.zone())) + " "
                    + card.zone().getId() + " · change your answer any time before then");
        } else if (view instanceof ResultCard result) {
            question(embed, result.card(), result);
            embed.addField("Answer", clip(result.correctAnswer(), 1024), true)
                    .addField("Answered", result.participants() + " (" + result.correct() + " correct)", true);
        } else if (view instanceof Explanation e) {
            embed.setTitle("Explanation").setDescription(clip(e.stem(), 4000));
            for (var o : e.options()) {
                embed.addField(clip((o.correct() ? "✅ " : "❌ ") + o.label() + ". " + o.text(), 256), clip(o.why(), 1024),
                        false);
            }
            embed.addField("Answer", clip(e.correctAnswer() + (e.yourAnswer() == null ? "" : " · yours: "
                    + e.yourAnswer()), 1024), false);
            embed.addField("Why", clip(e.explanation(), 1024), false);
            embed.addField("Read more", clip(String.join("\n", e.references()), 1024), false);
        } else if (view instanceof LeaderboardTable table) {
            StringBuilder rows = new StringBuilder(String.format("%-4s %-18s %6s %5s %6s%n", "#", "Name", "Points",
                    "Acc.", "Streak"));
            table.rows().forEach(r -> rows.append(row(r)));
            if (table.caller() != null) {
                rows.append("…\n").append(row(table.caller()));
            }
            embed.setTitle(table.title()).setDescription(table.rows().isEmpty() ? "No scored answers in this period yet."
                    : "```\n" + clip(rows.toString(), 3900) + "```");
        } else if (view instanceof MessageView.Image image) {
            embed.setDescription(clip(image.altText(), 4000));
        } else if (view instanceof MessageView.Stats stats) {
            embed.setTitle("Your study record").setDescription(clip(String.join("\n", stats.lines()), 4000));
        } else if (view instanceof Streaks s) {
            embed.setTitle("Your streaks here").setDescription("Answered in a row: **" + s.participation() + "** (best "
                    + s.bestParticipation() + ")\nCorrect in a row: **" + s.correct() + "** (best " + s.bestCorrect() + ")");
        } else {
            Notice notice = (Notice) view;
            embed.setColor(switch (notice.tone()) {
                case ERROR -> new Color(0xB42318);
                case SUCCESS -> new Color(0x1A7F37);
                case INFO -> BRAND;
            });
            if (notice.title() != null) {
                embed.setTitle(clip(notice.title(), 256));
            }
            embed.setDescription(clip(notice.text(), 4000));
        }
        return embed.build();
    }

    private static void question(EmbedBuilder embed, QuestionCard card, ResultCard result) {
        embed.setTitle((result == null ? "Question of the day · " : "Closed · ") + card.exam());
        embed.setAuthor(clip(card.domain() + " · " + card.task(), 256));
        StringBuilder text = new StringBuilder(card.stem()).append("\n\n");
        card.prompts().forEach(p -> text.append(p).append('\n'));
        if (!card.prompts().isEmpty()) {
            text.append('\n');
        }
        for (CardOption o : card.options()) {
            boolean correct = result != null && result.correctKeys().contains(o.key());
            text.append(correct ? "✅ " : "").append("**").append(o.label()).append(".** ").append(o.text());
            if (result != null && result.participants() > 0 && !result.correctKeys().isEmpty()) {
                text.append(" *(").append(Math.round(100f * result.picks().getOrDefault(o.key(), 0)
                        / result.participants())).append("%)*");
            }
            text.append('\n');
        }
        embed.setDescription(clip(text.toString().strip(), 4000));
    }

    private static List<ActionRow> rows(MessageView view) {
        List<ActionRow> rows = new ArrayList<>();
        if (view instanceof QuestionCard card) {
            long id = card.postId();
            switch (card.style()) {
                case BUTTONS -> {
                    List<Button> buttons = card.options().stream()
                            .map(o -> Button.primary(ANSWER + id + ":" + o.key(), o.label())).toList();
                    for (int i = 0; i < buttons.size(); i += 5) {
                        rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + 5))));
                    }
                }
                case MULTI_SELECT -> rows.add(ActionRow.of(StringSelectMenu.create(PICK + id)
                        .setPlaceholder("Pick " + card.pickCount())
                        .setRequiredRange(card.pickCount(), card.pickCount())
                        .addOptions(card.options().stream().map(o -> net.dv8tion.jda.api.components.selections.SelectOption
                                .of(clip(o.label() + ". " + o.text(), 100), o.key())).toList())
                        .build()));
                case PRIVATE_FLOW -> rows.add(ActionRow.of(Button.primary(FLOW + id, "Answer")));
            }
            rows.add(ActionRow.of(Button.secondary(EXPLAIN + id, "Explain")));
        } else if (view instanceof ResultCard result) {
            rows.add(ActionRow.of(Button.secondary(EXPLAIN + result.card().postId(), "Explain")));
        }
        return rows;
    }

    /**
     * One step of the private flow: ordering asks for the next step among the options not placed yet; matching asks
     * for the choice of the next prompt. {@code sofar} is what was chosen before ({@code B,A} or {@code 1=B,2=A}).
     */
    static List<ActionRow> orderingOrMatchingStep(AnswerFlow flow, String sofar) {
        List<String> chosen = sofar.isEmpty() ? List.of() : List.of(sofar.split(","));
        String prefix = flow.ordering() ? ORDER_STEP : MATCH_STEP;
        var menu = StringSelectMenu.create(prefix + flow.postId() + ":" + sofar);
        if (flow.ordering()) {
            menu.setPlaceholder("Step " + (chosen.size() + 1) + " of " + flow.options().size());
            flow.options().stream().filter(o -> !chosen.contains(o.key()))
                    .forEach(o -> menu.addOption(clip(o.label() + ". " + o.text(), 100), o.key()));
        } else {
            menu.setPlaceholder(clip(flow.prompts().get(chosen.size()), 150));
            flow.options().forEach(o -> menu.addOption(clip(o.label() + ". " + o.text(), 100), o.key()));
        }
        return List.of(ActionRow.of(menu.build()));
    }

    private static String row(MessageView.LeaderboardRow row) {
        return String.format("%-4d %-18s %6d %4d%% %6d%n", row.rank(), clip(row.name().replace("`", "'"), 18),
                row.points(), row.accuracy(), row.streak());
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
