package dev.studybot.web;

import dev.studybot.bank.AnswerKey;
import dev.studybot.chat.Actor;
import dev.studybot.chat.CommandParser;
import dev.studybot.chat.Inbound;
import dev.studybot.chat.InboundHandler;
import dev.studybot.chat.MessageView;
import dev.studybot.chat.Reply;
import dev.studybot.users.UserRef;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The playground's pages. Every form turns into the same {@link Inbound} records Slack and Discord deliver, and
 * every reply lands in the visitor's private panel (or the feed, when public). Visitors are identified by a cookie
 * and are admins of the playground channel: it runs on their own machine.
 */
@Controller
@Conditional(PlaygroundEnabled.class)
class PlaygroundController {

    private static final Pattern USER_ID = Pattern.compile("[a-f0-9-]{36}");
    private static final int MAX_NAME = 40;

    private final PlaygroundPlatform platform;
    private final InboundHandler game;

    PlaygroundController(PlaygroundPlatform platform, InboundHandler game) {
        this.platform = platform;
        this.game = game;
    }

    /** A view with its kind, for the template. */
    record Shown(String kind, MessageView view, List<Shown> thread, boolean direct) {
        static Shown of(MessageView view) {
            return new Shown(view.getClass().getSimpleName(), view, List.of(), false);
        }
    }

    @GetMapping("/")
    String page(@CookieValue(name = "sb-user", required = false) String userId,
            @CookieValue(name = "sb-name", required = false) String name, Model model) {
        boolean known = userId != null && USER_ID.matcher(userId).matches() && name != null && !name.isBlank();
        model.addAttribute("name", known ? name : null);
        List<Shown> feed = new ArrayList<>();
        for (var message : platform.feed()) {
            feed.add(new Shown(message.view().getClass().getSimpleName(), message.view(),
                    message.thread().stream().map(Shown::of).toList(), false));
        }
        model.addAttribute("feed", feed);
        model.addAttribute("private", known ? platform.privateMessages(userId).stream()
                .map(m -> new Shown(m.view().getClass().getSimpleName(), m.view(), List.of(), m.direct())).toList()
                : List.of());
        model.addAttribute("version", platform.version());
        return "playground";
    }

    @GetMapping(path = "/playground/version", produces = "text/plain")
    @ResponseBody
    String version() {
        return String.valueOf(platform.version());
    }

    @PostMapping("/playground/name")
    String name(@RequestParam String name, @CookieValue(name = "sb-user", required = false) String userId,
            HttpServletResponse response) {
        String clean = name.strip().replaceAll("[\\p{Cntrl}<>]", "");
        if (clean.isEmpty()) {
            return "redirect:/";
        }
        clean = clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
        String id = userId != null && USER_ID.matcher(userId).matches() ? userId : UUID.randomUUID().toString();
        response.addCookie(cookie("sb-user", id));
        response.addCookie(cookie("sb-name", clean));
        return "redirect:/";
    }

    @PostMapping("/playground/answer")
    String answer(@RequestParam String postId, @RequestParam(name = "key", required = false) List<String> keys,
            @CookieValue(name = "sb-user", required = false) String userId,
            @CookieValue(name = "sb-name", required = false) String name) {
        Actor actor = actor(userId, name);
        if (actor == null) {
            return "redirect:/";
        }
        Long post = parseId(postId);
        Reply reply = post == null ? Reply.error("That question is not in this channel.")
                : game.handle(new Inbound.Answer(PlaygroundPlatform.CHANNEL, actor, post,
                        AnswerKey.Choice.of(keys == null ? List.of() : keys.stream().limit(6).toList())));
        show(actor, reply);
        return "redirect:/";
    }

    @PostMapping("/playground/flow")
    String flow(@RequestParam Map<String, String> form, @CookieValue(name = "sb-user", required = false) String userId,
            @CookieValue(name = "sb-name", required = false) String name) {
        Actor actor = actor(userId, name);
        if (actor == null) {
            return "redirect:/";
        }
        Long post = parseId(form.get("postId"));
        List<String> order = new ArrayList<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            if (form.containsKey("position" + i)) {
                order.add(form.get("position" + i));
            }
            if (form.containsKey("prompt" + i)) {
                pairs.put(String.valueOf(i), form.get("prompt" + i));
            }
        }
        AnswerKey answer = "ordering".equals(form.get("kind")) ? new AnswerKey.Sequence(order) : AnswerKey.Pairs.of(pairs);
        Reply reply = post == null ? Reply.error("That question is not in this channel.")
                : game.handle(new Inbound.Answer(PlaygroundPlatform.CHANNEL, actor, post, answer));
        show(actor, reply);
        return "redirect:/";
    }

    @PostMapping("/playground/button")
    String button(@RequestParam String postId, @RequestParam String action,
            @CookieValue(name = "sb-user", required = false) String userId,
            @CookieValue(name = "sb-name", required = false) String name) {
        Actor actor = actor(userId, name);
        if (actor == null) {
            return "redirect:/";
        }
        Long post = parseId(postId);
        Inbound.Action parsed = switch (action) {
            case "explain" -> Inbound.Action.EXPLAIN;
            case "answer" -> Inbound.Action.ANSWER;
            default -> null;
        };
        Reply reply = post == null || parsed == null ? Reply.error("Unknown button.")
                : game.handle(new Inbound.Button(PlaygroundPlatform.CHANNEL, actor, post, parsed));
        show(actor, reply);
        return "redirect:/";
    }

    @PostMapping("/playground/command")
    String command(@RequestParam String text, @CookieValue(name = "sb-user", required = false) String userId,
            @CookieValue(name = "sb-name", required = false) String name) {
        Actor actor = actor(userId, name);
        if (actor == null) {
            return "redirect:/";
        }
        String line = text.strip();
        String[] parts = line.split("\\s+", 2);
        var parsed = CommandParser.parse(parts[0], parts.length > 1 ? parts[1] : "");
        Reply reply = parsed.ok()
                ? game.handle(new Inbound.Command(PlaygroundPlatform.CHANNEL, actor, parsed.name(), parsed.options()))
                : Reply.error(parsed.error());
        show(actor, reply);
        return "redirect:/";
    }

    private void show(Actor actor, Reply reply) {
        if (reply.view() == null) {
            return;
        }
        if (reply.isPublic()) {
            platform.post(PlaygroundPlatform.CHANNEL, reply.view(), UUID.randomUUID().toString());
        } else {
            platform.addPrivate(actor.user(), new PlaygroundPlatform.PrivateMessage(false, reply.view()));
        }
    }

    private static Actor actor(String userId, String name) {
        if (userId == null || !USER_ID.matcher(userId).matches() || name == null || name.isBlank()) {
            return null;
        }
        return new Actor(new UserRef("web", PlaygroundPlatform.WORKSPACE, userId), name, true, null);
    }

    private static Long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static Cookie cookie(String name, String value) {
        Cookie cookie = new Cookie(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
