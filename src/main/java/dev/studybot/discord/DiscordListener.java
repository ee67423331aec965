package dev.studybot.discord;

import dev.studybot.bank.AnswerKey;
import dev.studybot.chat.Actor;
import dev.studybot.chat.ChannelId;
import dev.studybot.chat.Inbound;
import dev.studybot.chat.InboundHandler;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.Reply;
import dev.studybot.users.UserRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Discord interactions into the game's {@link Inbound} records and answers each within Discord's three
 * seconds with an ephemeral reply (or a public one for an admin's public leaderboard). Ordering and matching are
 * answered in a private flow of selects, one step per message edit; the state so far rides in the custom id.
 */
final class DiscordListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DiscordListener.class);

    private final InboundHandler game;
    private final DiscordPlatform platform;

    DiscordListener(InboundHandler game, DiscordPlatform platform) {
        this.game = game;
        this.platform = platform;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!event.isFromGuild()) {
            event.reply("StudyBot works in server channels.").setEphemeral(true).queue();
            return;
        }
        String name = event.getName() + (event.getSubcommandName() == null ? "" : " " + event.getSubcommandName());
        Map<String, String> options = new LinkedHashMap<>();
        for (OptionMapping option : event.getOptions()) {
            options.put(option.getName(), option.getType() == net.dv8tion.jda.api.interactions.commands.OptionType.USER
                    ? option.getAsUser().getId() : option.getAsString());
        }
        ChannelId channel = channel(event);
        platform.remember(channel, event.getUser().getId(), event.getHook());
        Reply reply = game.handle(new Inbound.Command(channel, actor(event), name, options));
        event.reply(DiscordViews.create(reply.view())).setEphemeral(!reply.isPublic()).queue(null, failure(event));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        if (!event.isFromGuild() || !id.startsWith("sb:")) {
            return;
        }
        ChannelId channel = channel(event);
        platform.remember(channel, event.getUser().getId(), event.getHook());
        String[] parts = id.split(":");
        Long postId = parse(parts.length > 2 ? parts[2] : null);
        Reply reply;
        if (postId == null) {
            reply = Reply.error("That button is out of date.");
        } else if (id.startsWith(DiscordViews.ANSWER) && parts.length == 4) {
            reply = game.handle(new Inbound.Answer(channel, actor(event), postId, AnswerKey.Choice.of(List.of(parts[3]))));
        } else if (id.startsWith(DiscordViews.EXPLAIN)) {
            reply = game.handle(new Inbound.Button(channel, actor(event), postId, Inbound.Action.EXPLAIN));
        } else if (id.startsWith(DiscordViews.FLOW)) {
            reply = game.handle(new Inbound.Button(channel, actor(event), postId, Inbound.Action.ANSWER));
        } else {
            reply = Reply.error("That button is out of date.");
        }
        event.reply(DiscordViews.create(reply.view())).setEphemeral(true).queue(null, failure(event));
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        String id = event.getComponentId();
        if (!event.isFromGuild() || !id.startsWith("sb:")) {
            return;
        }
        ChannelId channel = channel(event);
        platform.remember(channel, event.getUser().getId(), event.getHook());
        String[] parts = id.split(":", 4);
        Long postId = parse(parts.length > 2 ? parts[2] : null);
        if (postId == null) {
            event.reply(DiscordViews.create(MessageView.Notice.error("That menu is out of date."))).setEphemeral(true).queue();
            return;
        }
        if (id.startsWith(DiscordViews.PICK)) {
            Reply reply = game.handle(new Inbound.Answer(channel, actor(event), postId, AnswerKey.Choice.of(event.getValues())));
            event.reply(DiscordViews.create(reply.view())).setEphemeral(true).queue(null, failure(event));
            return;
        }
        boolean ordering = id.startsWith(DiscordViews.ORDER_STEP);
        String sofar = parts.length > 3 ? parts[3] : "";
        String chosen = event.getValues().isEmpty() ? "" : event.getValues().get(0);
        List<String> steps = new ArrayList<>(sofar.isEmpty() ? List.of() : List.of(sofar.split(",")));
        steps.add(ordering ? chosen : (steps.size() + 1) + "=" + chosen);
        // the flow for this post, to know how many steps remain and to render the next one
        Reply flowReply = game.handle(new Inbound.Button(channel, actor(event), postId, Inbound.Action.ANSWER));
        if (!(flowReply.view() instanceof MessageView.AnswerFlow flow)) {
            event.editMessage(MessageEditBuilder.fromCreateData(DiscordViews.create(flowReply.view())).build()).queue();
            return;
        }
        int total = ordering ? flow.options().size() : flow.prompts().size();
        if (steps.size() < total) {
            String next = String.join(",", steps);
            event.editComponents(DiscordViews.orderingOrMatchingStep(flow, next)).queue(null, failure(event));
            return;
        }
        AnswerKey answer;
        if (ordering) {
            answer = new AnswerKey.Sequence(steps);
        } else {
            Map<String, String> pairs = new LinkedHashMap<>();
            steps.forEach(s -> pairs.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1)));
            answer = AnswerKey.Pairs.of(pairs);
        }
        Reply reply = game.handle(new Inbound.Answer(channel, actor(event), postId, answer));
        event.editMessage(MessageEditBuilder.fromCreateData(DiscordViews.create(reply.view())).setComponents(List.of())
                .build()).queue(null, failure(event));
    }

    private static ChannelId channel(Interaction interaction) {
        return ChannelId.of("discord:" + interaction.getGuild().getId() + ":" + interaction.getChannelId());
    }

    private static Actor actor(Interaction interaction) {
        Member member = interaction.getMember();
        boolean admin = member != null && member.hasPermission(Permission.MANAGE_SERVER);
        String name = member != null ? member.getEffectiveName() : interaction.getUser().getEffectiveName();
        return new Actor(new UserRef("discord", interaction.getGuild().getId(), interaction.getUser().getId()), name,
                admin, null);
    }

    private static Long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static Consumer<Throwable> failure(Interaction interaction) {
        return e -> log.warn("Could not answer interaction {}: {}", interaction.getId(), e.getMessage());
    }
}
