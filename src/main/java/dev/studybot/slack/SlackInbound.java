package dev.studybot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.ViewState;
import dev.studybot.bank.AnswerKey;
import dev.studybot.chat.Actor;
import dev.studybot.chat.ChannelId;
import dev.studybot.chat.CommandCatalog;
import dev.studybot.chat.CommandParser;
import dev.studybot.chat.Inbound;
import dev.studybot.chat.InboundHandler;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.Reply;
import dev.studybot.scoring.PersonalStats;
import dev.studybot.users.UserRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what Slack sends (slash commands, button clicks, modal submissions, App Home opens) into the game's
 * {@link Inbound} records, and the game's replies into Slack responses. Every handler acknowledges within Slack's
 * three seconds; replies that need a Web API call (ephemeral messages) are sent after the acknowledgement.
 */
final class SlackInbound {

    private static final Logger log = LoggerFactory.getLogger(SlackInbound.class);
    /** Every slash command of the catalogue, the one list the manifests mirror. */
    static final Pattern COMMANDS = Pattern.compile("^/(" + CommandCatalog.all().stream().map(c -> Pattern.quote(c.name()))
            .collect(Collectors.joining("|")) + ")$");

    private final InboundHandler game;
    private final SlackUsers users;
    private final SlackPlatform platform;
    private final MethodsClient client;
    private final SlackCalls calls;
    private final PersonalStats stats;
    private final Executor work;

    SlackInbound(InboundHandler game, SlackUsers users, SlackPlatform platform, MethodsClient client,
            SlackCalls calls, PersonalStats stats, Executor work) {
        this.game = game;
        this.users = users;
        this.platform = platform;
        this.client = client;
        this.calls = calls;
        this.stats = stats;
        this.work = work;
    }

    void register(App app) {
        app.command(COMMANDS, (req, ctx) -> {
            var p = req.getPayload();
            CommandParser.Parsed parsed = CommandParser.parse(p.getCommand(), p.getText());
            Reply reply;
            if (!parsed.ok()) {
                reply = Reply.error(parsed.error());
            } else {
                Actor actor = users.actor(p.getTeamId(), p.getUserId(), p.getUserName());
                reply = game.handle(new Inbound.Command(channel(p.getTeamId(), p.getChannelId()), actor,
                        parsed.name(), parsed.options()));
            }
            BlockKit.Message message = BlockKit.render(reply.view());
            return ctx.ack(r -> r.responseType(reply.isPublic() ? "in_channel" : "ephemeral")
                    .blocks(message.blocks()).text(message.text()));
        });
        app.blockAction(Pattern.compile("^" + BlockKit.ANSWER + "[A-F]$"), (req, ctx) -> {
            var p = req.getPayload();
            String[] value = p.getActions().get(0).getValue().split(":", 2);
            return answer(p, ctx, value[0], AnswerKey.Choice.of(List.of(value.length > 1 ? value[1] : "")));
        });
        app.blockAction(BlockKit.PICK, (req, ctx) -> ctx.ack()); // ticking a box is not an answer yet
        app.blockAction(BlockKit.SUBMIT, (req, ctx) -> {
            var p = req.getPayload();
            String postId = p.getActions().get(0).getValue();
            List<String> keys = new ArrayList<>();
            if (p.getState() != null && p.getState().getValues() != null) {
                Map<String, ViewState.Value> block = p.getState().getValues().get("pick-" + postId);
                if (block != null && block.get(BlockKit.PICK) != null
                        && block.get(BlockKit.PICK).getSelectedOptions() != null) {
                    block.get(BlockKit.PICK).getSelectedOptions().forEach(o -> keys.add(o.getValue()));
                }
            }
            return answer(p, ctx, postId, AnswerKey.Choice.of(keys));
        });
        app.blockAction(BlockKit.EXPLAIN, (req, ctx) -> button(req.getPayload(), ctx, Inbound.Action.EXPLAIN));
        app.blockAction(BlockKit.OPEN_FLOW, (req, ctx) -> button(req.getPayload(), ctx, Inbound.Action.ANSWER));
        app.viewSubmission(BlockKit.FLOW_CALLBACK, (req, ctx) -> {
            var p = req.getPayload();
            String[] meta = p.getView().getPrivateMetadata().split("\\|", 3);
            if (meta.length != 3) {
                return ctx.ackWithErrors(Map.of("position1", "This form is out of date; press Answer again."));
            }
            Map<String, Map<String, ViewState.Value>> values = p.getView().getState().getValues();
            boolean ordering = meta[2].equals("ordering");
            List<String> order = new ArrayList<>();
            Map<String, String> pairs = new LinkedHashMap<>();
            for (int i = 1; i <= 6; i++) {
                var block = values.get((ordering ? "position" : "prompt") + i);
                if (block == null || block.get("choice") == null || block.get("choice").getSelectedOption() == null) {
                    continue;
                }
                String key = block.get("choice").getSelectedOption().getValue();
                if (ordering) {
                    order.add(key);
                } else {
                    pairs.put(String.valueOf(i), key);
                }
            }
            long postId;
            ChannelId channel;
            try {
                postId = Long.parseLong(meta[1]);
                channel = ChannelId.of(meta[0]);
            } catch (RuntimeException e) {
                return ctx.ackWithErrors(Map.of(ordering ? "position1" : "prompt1", "This form is out of date."));
            }
            Actor actor = users.actor(p.getTeam().getId(), p.getUser().getId(), p.getUser().getName());
            Reply reply = game.handle(new Inbound.Answer(channel, actor, postId,
                    ordering ? new AnswerKey.Sequence(order) : AnswerKey.Pairs.of(pairs)));
            if (reply.view() instanceof MessageView.Notice notice && notice.tone() == MessageView.Notice.Tone.ERROR) {
                return ctx.ackWithErrors(Map.of(ordering ? "position1" : "prompt1", BlockKit.clip(notice.text(), 150)));
            }
            work.execute(() -> platform.sendPrivately(channel, actor.user(), reply.view()));
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            var event = req.getEvent();
            if ("home".equals(event.getTab())) {
                String team = ctx.getTeamId();
                work.execute(() -> publishHome(team, event.getUser()));
            }
            return ctx.ack();
        });
    }

    private Response answer(BlockActionPayload p, ActionContext ctx, String postId, AnswerKey answer) {
        Long id = parse(postId);
        ChannelId channel = channel(p.getTeam().getId(), p.getChannel().getId());
        Actor actor = users.actor(p.getTeam().getId(), p.getUser().getId(), p.getUser().getUsername());
        Reply reply = id == null ? Reply.error("That question is not in this channel.")
                : game.handle(new Inbound.Answer(channel, actor, id, answer));
        replyLater(channel, actor, reply);
        return ctx.ack();
    }

    private Response button(BlockActionPayload p, ActionContext ctx, Inbound.Action action) {
        Long id = parse(p.getActions().get(0).getValue());
        ChannelId channel = channel(p.getTeam().getId(), p.getChannel().getId());
        Actor actor = users.actor(p.getTeam().getId(), p.getUser().getId(), p.getUser().getUsername());
        Reply reply = id == null ? Reply.error("That question is not in this channel.")
                : game.handle(new Inbound.Button(channel, actor, id, action));
        if (reply.view() instanceof MessageView.AnswerFlow flow) {
            // trigger_id expires three seconds after the click, so the modal opens before the ack
            try {
                calls.call("views.open", null, () -> client.viewsOpen(r -> r.triggerId(p.getTriggerId())
                        .view(BlockKit.flowModal(flow, channel.value()))));
            } catch (RuntimeException e) {
                log.warn("views.open failed: {}", e.getMessage());
                replyLater(channel, actor, Reply.error("Could not open the answer form; please press Answer again."));
            }
            return ctx.ack();
        }
        replyLater(channel, actor, reply);
        return ctx.ack();
    }

    private void replyLater(ChannelId channel, Actor actor, Reply reply) {
        if (reply.view() == null) {
            return;
        }
        work.execute(() -> {
            try {
                platform.sendPrivately(channel, actor.user(), reply.view());
            } catch (RuntimeException e) {
                log.warn("Could not reply to {} in {}: {}", actor.user(), channel, e.getMessage());
            }
        });
    }

    private void publishHome(String team, String userId) {
        var record = stats.of(new UserRef("slack", team, userId)).view(userId);
        String text = BlockKit.statsText(record);
        try {
            calls.call("views.publish", null, () -> client.viewsPublish(r -> r.userId(userId).view(BlockKit.home(text))));
        } catch (RuntimeException e) {
            log.warn("views.publish failed for {}: {}", userId, e.getMessage());
        }
    }

    static ChannelId channel(String team, String channel) {
        return ChannelId.of("slack:" + team + ":" + channel);
    }

    private static Long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
