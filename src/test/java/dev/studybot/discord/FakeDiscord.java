package dev.studybot.discord;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A loopback Discord for JDA: WireMock answers the REST API with valid objects, {@link FakeGateway} plays the
 * gateway, and interactions are built from the documented examples in {@code src/test/resources/discord}.
 */
final class FakeDiscord {

    static final String APP = "1000000000000000001";
    static final String GUILD = "290926798626357999";
    static final String CHANNEL = "645027906669510667";
    /** A role with Manage Server, given to the members who are server admins. */
    static final String ORGANISERS_ROLE = "539082325061836999";
    static final String SELF = "{\"id\":\"" + APP + "\",\"username\":\"studybot\",\"discriminator\":\"0\","
            + "\"global_name\":null,\"bot\":true,\"verified\":true,\"mfa_enabled\":false,\"avatar\":null}";
    static final ObjectMapper JSON = new ObjectMapper();
    static final WireMockServer REST = new WireMockServer(options().dynamicPort().globalTemplating(true));
    static final FakeGateway GATEWAY = new FakeGateway();

    static {
        REST.start();
        GATEWAY.start();
        reset();
    }

    private FakeDiscord() {}

    static String apiUrl() {
        return "http://localhost:" + REST.port() + "/api/v10/";
    }

    /** A message object as Discord returns it, in the channel of the request path. */
    private static String message(String idExpression, String channelExpression) {
        return "{\"id\":\"" + idExpression + "\",\"channel_id\":\"" + channelExpression + "\",\"author\":" + SELF + ","
                + "\"content\":\"\",\"timestamp\":\"2026-11-23T09:00:00.000000+00:00\",\"edited_timestamp\":null,"
                + "\"tts\":false,\"mention_everyone\":false,\"mentions\":[],\"mention_roles\":[],\"attachments\":[],"
                + "\"embeds\":[],\"pinned\":false,\"type\":0,\"flags\":0,\"components\":[]}";
    }

    static void reset() {
        REST.resetAll();
        json(get(urlPathEqualTo("/api/v10/users/@me")), SELF);
        json(get(urlPathEqualTo("/api/v10/gateway/bot")), "{\"url\":\"" + GATEWAY.url() + "\",\"shards\":1,"
                + "\"session_start_limit\":{\"total\":1000,\"remaining\":999,\"reset_after\":0,\"max_concurrency\":1}}");
        json(put(urlPathMatching("/api/v10/applications/.*/commands")), "[]");
        json(post(urlPathMatching("/api/v10/channels/[0-9]+/messages")),
                message("9{{randomValue length=17 type='NUMERIC'}}", "{{request.pathSegments.[3]}}"));
        json(patch(urlPathMatching("/api/v10/channels/[0-9]+/messages/[0-9]+")),
                message("{{request.pathSegments.[5]}}", "{{request.pathSegments.[3]}}"));
        json(post(urlPathMatching("/api/v10/channels/[0-9]+/messages/[0-9]+/threads")),
                "{\"id\":\"7{{randomValue length=17 type='NUMERIC'}}\",\"type\":11,\"guild_id\":\"" + GUILD + "\","
                        + "\"parent_id\":\"{{request.pathSegments.[3]}}\",\"name\":\"Answer\",\"owner_id\":\"" + APP + "\","
                        + "\"thread_metadata\":{\"archived\":false,\"auto_archive_duration\":1440,\"locked\":false,"
                        + "\"archive_timestamp\":\"2026-11-23T09:00:00.000000+00:00\"},\"message_count\":0,\"member_count\":1}");
        json(post(urlPathEqualTo("/api/v10/users/@me/channels")),
                "{\"id\":\"8{{randomValue length=17 type='NUMERIC'}}\",\"type\":1,\"last_message_id\":null,"
                        + "\"recipients\":[{\"id\":\"{{jsonPath request.body '$.recipient_id'}}\",\"username\":\"someone\","
                        + "\"discriminator\":\"0\",\"avatar\":null}]}");
        REST.stubFor(post(urlPathMatching("/api/v10/interactions/.*/callback")).willReturn(aResponse().withStatus(204)));
        json(post(urlPathMatching("/api/v10/webhooks/.*")), message("6{{randomValue length=17 type='NUMERIC'}}", CHANNEL));
        json(patch(urlPathMatching("/api/v10/webhooks/.*")), message("6{{randomValue length=17 type='NUMERIC'}}", CHANNEL));
    }

    private static void json(com.github.tomakehurst.wiremock.client.MappingBuilder request, String body) {
        REST.stubFor(request.atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** The next {@code times} message posts fail: 429 with a short Retry-After, then 502, alternating. */
    static void failPosts(int times) {
        for (int i = 0; i < times; i++) {
            var response = i % 2 == 0
                    ? aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                            .withHeader("Retry-After", "0").withHeader("X-RateLimit-Scope", "user")
                            .withHeader("X-RateLimit-Limit", "5").withHeader("X-RateLimit-Remaining", "0")
                            .withHeader("X-RateLimit-Reset-After", "0.05").withHeader("X-RateLimit-Bucket", "messages")
                            .withBody("{\"message\":\"You are being rate limited.\",\"retry_after\":0.05,\"global\":false}")
                    : aResponse().withStatus(502).withBody("bad gateway");
            REST.stubFor(post(urlPathEqualTo("/api/v10/channels/" + CHANNEL + "/messages")).atPriority(1)
                    .inScenario("posts").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed-" + i)
                    .willSetStateTo("failed-" + (i + 1)).willReturn(response));
        }
    }

    /** Every message post answers Missing Access, as when the bot was removed from the channel. */
    static void missingAccess() {
        REST.stubFor(any(urlPathEqualTo("/api/v10/channels/" + CHANNEL + "/messages")).atPriority(1).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Missing Access\",\"code\":50001}")));
    }

    static String guildCreate() {
        return "{\"id\":\"" + GUILD + "\",\"name\":\"Study Group\",\"icon\":null,\"owner_id\":\"1\",\"unavailable\":false,"
                + "\"member_count\":3,\"large\":false,\"features\":[],\"verification_level\":0,\"mfa_level\":0,"
                + "\"explicit_content_filter\":0,\"default_message_notifications\":0,\"premium_tier\":0,"
                + "\"preferred_locale\":\"en-US\",\"nsfw_level\":0,\"afk_timeout\":300,\"system_channel_flags\":0,"
                + "\"roles\":[{\"id\":\"" + GUILD + "\",\"name\":\"@everyone\",\"permissions\":\"309237763072\","
                + "\"position\":0,\"color\":0,\"hoist\":false,\"managed\":false,\"mentionable\":false,\"flags\":0},"
                + "{\"id\":\"" + ORGANISERS_ROLE + "\",\"name\":\"Server admins\",\"permissions\":\"32\",\"position\":1,"
                + "\"color\":0,\"hoist\":false,\"managed\":false,\"mentionable\":false,\"flags\":0}],"
                + "\"emojis\":[],\"stickers\":[],\"voice_states\":[],\"presences\":[],\"threads\":[],\"stage_instances\":[],"
                + "\"guild_scheduled_events\":[],\"soundboard_sounds\":[],"
                + "\"members\":[{\"user\":" + SELF + ",\"roles\":[],\"joined_at\":\"2026-01-01T00:00:00.000000+00:00\","
                + "\"deaf\":false,\"mute\":false,\"flags\":0}],"
                + "\"channels\":[{\"id\":\"" + CHANNEL + "\",\"type\":0,\"guild_id\":\"" + GUILD + "\",\"name\":\"study\","
                + "\"position\":0,\"permission_overwrites\":[],\"nsfw\":false,\"parent_id\":null,\"topic\":null,"
                + "\"last_message_id\":null,\"rate_limit_per_user\":0,\"flags\":0}]}";
    }

    /** A slash command, from the documented example, as {@code user} with the given permissions. */
    static String slashCommand(String user, boolean manageServer, String command, String sub, ObjectNode... options)
            throws Exception {
        ObjectNode interaction = base("interaction_type2_slash_command_docs.json", user, manageServer);
        ObjectNode data = interaction.putObject("data");
        data.put("type", 1).put("name", command).put("id", "771825006014889984");
        ArrayNode list = data.putArray("options");
        if (sub != null) {
            ObjectNode subcommand = list.addObject().put("type", 1).put("name", sub);
            ArrayNode nested = subcommand.putArray("options");
            for (ObjectNode option : options) {
                nested.add(option);
            }
        } else {
            for (ObjectNode option : options) {
                list.add(option);
            }
        }
        return JSON.writeValueAsString(interaction);
    }

    static ObjectNode option(String name, String value) {
        return JSON.createObjectNode().put("type", 3).put("name", name).put("value", value);
    }

    /** A button press or a select on a message the bot posted (the documented component interaction shape). */
    static String component(String user, String messageId, int componentType, String customId, String... values)
            throws Exception {
        ObjectNode interaction = base("interaction_type2_slash_command_docs.json", user, false);
        interaction.put("type", 3);
        ObjectNode data = interaction.putObject("data");
        data.put("component_type", componentType).put("custom_id", customId);
        if (componentType == 3) {
            ArrayNode array = data.putArray("values");
            for (String value : values) {
                array.add(value);
            }
        }
        interaction.set("message", JSON.readTree(message(messageId, CHANNEL)));
        return JSON.writeValueAsString(interaction);
    }

    private static ObjectNode base(String fixture, String user, boolean manageServer) throws Exception {
        ObjectNode interaction = (ObjectNode) JSON.readTree(resource("discord/" + fixture));
        interaction.put("id", snowflake()); // JDA tells an interaction's age (and expiry) from its snowflake
        interaction.put("token", "token-" + System.nanoTime());
        interaction.put("application_id", APP).put("guild_id", GUILD).put("channel_id", CHANNEL).put("version", 1);
        ObjectNode member = (ObjectNode) interaction.path("member");
        ((ObjectNode) member.path("user")).put("id", user).put("username", "user" + user.substring(user.length() - 3))
                .put("global_name", "User " + user.substring(user.length() - 3));
        member.put("permissions", manageServer ? "2147483647" : "1024");
        var roles = member.putArray("roles");
        if (manageServer) {
            roles.add(ORGANISERS_ROLE);
        }
        interaction.putObject("channel").put("id", CHANNEL).put("type", 0).put("guild_id", GUILD).put("name", "study");
        // Discord now sends a partial guild object beside guild_id; JDA 6.1 reads the guild from it
        ObjectNode guild = interaction.putObject("guild").put("id", GUILD).put("locale", "en-US");
        guild.putArray("features");
        interaction.put("context", 0);
        interaction.putObject("authorizing_integration_owners").put("0", GUILD);
        interaction.put("entitlements", JSON.createArrayNode());
        return interaction;
    }

    /** The requests of one HTTP method whose path (without query) matches, under /api/v10. */
    static List<LoggedRequest> requests(String method, String pathRegex) {
        return requests().stream().filter(r -> r.getMethod().getName().equals(method)
                && r.getUrl().replaceFirst("\\?.*$", "").matches("/api/v10" + pathRegex)).toList();
    }

    static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(25);
        }
    }

    /** Dispatches an interaction over the gateway and returns the callback body JDA sent for it. */
    static com.fasterxml.jackson.databind.JsonNode interact(String interaction) throws Exception {
        var sent = JSON.readTree(interaction);
        String callbackPath = "/interactions/" + sent.path("id").asText() + "/.*/callback";
        GATEWAY.dispatch("INTERACTION_CREATE", interaction);
        await("the interaction callback", () -> !requests("POST", callbackPath).isEmpty());
        return JSON.readTree(requests("POST", callbackPath).get(0).getBodyAsString());
    }

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    /** A Discord snowflake for now: milliseconds since 2015 in the top bits, a sequence in the low ones. */
    static String snowflake() {
        long millis = System.currentTimeMillis() - 1_420_070_400_000L;
        return Long.toUnsignedString((millis << 22) | (SEQUENCE.incrementAndGet() & 0xFFF));
    }

    static List<LoggedRequest> requests() {
        return REST.findAll(anyRequestedFor(urlPathMatching("/api/v10/.*")));
    }

    static String resource(String path) throws Exception {
        try (InputStream in = FakeDiscord.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
