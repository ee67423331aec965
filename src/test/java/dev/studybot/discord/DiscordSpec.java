package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates every JSON body the bot sends to Discord against Discord's official OpenAPI 3.1 spec (for a file upload,
 * its {@code payload_json} part). Two library quirks are allowed, and only they: JDA 6.1 writes a command's
 * {@code contexts} and {@code integration_types} as numeric strings where the spec says integers, and an upload's
 * {@code attachments[].id} (the index of the file part) as a number where the spec says a snowflake string. Discord
 * accepts both; they are normalised before validation.
 */
final class DiscordSpec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode SPEC = load();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private DiscordSpec() {}

    /** Every problem found in the requests, as "METHOD path: message"; empty when all conform. */
    static List<String> problems(List<LoggedRequest> requests) throws Exception {
        List<String> problems = new ArrayList<>();
        for (LoggedRequest request : requests) {
            String verb = request.getMethod().getName().toLowerCase(Locale.ROOT);
            String body = jsonBody(request);
            if (body == null || body.isBlank() || verb.equals("get")) {
                continue;
            }
            String path = request.getUrl().replaceFirst("\\?.*$", "").replaceFirst("^/api/v10", "");
            String template = template(path);
            assertThat(template).as("%s %s is a Discord API route", verb, path).isNotNull();
            JsonNode schemaNode = SPEC.path("paths").path(template).path(verb).path("requestBody").path("content")
                    .path("application/json").path("schema");
            if (schemaNode.isMissingNode()) {
                problems.add(verb + " " + path + ": the spec has no JSON body for this route");
                continue;
            }
            JsonNode json = quirks(template, JSON.readTree(body));
            Set<ValidationMessage> errors = schema(verb + " " + template, schemaNode).validate(json);
            errors.forEach(e -> problems.add(verb.toUpperCase(Locale.ROOT) + " " + path + ": " + e.getMessage()));
        }
        return problems;
    }

    /** The JSON a request carries: its body, or for a file upload the {@code payload_json} part beside the files. */
    static String jsonBody(LoggedRequest request) {
        if (request.isMultipart()) {
            var payload = request.getPart("payload_json");
            assertThat(payload).as("multipart request %s has a payload_json part", request.getUrl()).isNotNull();
            return payload.getBody().asString();
        }
        return request.getBodyAsString();
    }

    static List<String> problems(String verb, String template, String body) throws Exception {
        JsonNode schemaNode = SPEC.path("paths").path(template).path(verb).path("requestBody").path("content")
                .path("application/json").path("schema");
        return schema(verb + " " + template, schemaNode).validate(quirks(template, JSON.readTree(body))).stream()
                .map(ValidationMessage::getMessage).toList();
    }

    private static JsonNode quirks(String template, JsonNode body) {
        if (template.endsWith("/commands") && body.isArray()) {
            for (JsonNode command : body) {
                for (String field : List.of("contexts", "integration_types")) {
                    JsonNode values = command.path(field);
                    if (values.isArray()) {
                        for (int i = 0; i < values.size(); i++) {
                            if (values.get(i).isTextual() && values.get(i).asText().matches("\\d+")) {
                                ((com.fasterxml.jackson.databind.node.ArrayNode) values).set(i,
                                        IntNode.valueOf(Integer.parseInt(values.get(i).asText())));
                            }
                        }
                    }
                }
            }
        }
        if (body.path("attachments").isArray()) {
            for (JsonNode attachment : body.path("attachments")) {
                if (attachment.path("id").isIntegralNumber()) {
                    ((ObjectNode) attachment).put("id", attachment.path("id").asText());
                }
            }
        }
        return body;
    }

    private static JsonSchema schema(String key, JsonNode schemaNode) {
        return SCHEMAS.computeIfAbsent(key, k -> {
            ObjectNode root = SPEC.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.putArray("allOf").add(schemaNode);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        });
    }

    private static String template(String path) {
        List<String> matches = new ArrayList<>();
        SPEC.path("paths").fieldNames().forEachRemaining(t -> {
            if (path.matches("^" + t.replaceAll("\\{[^}]+}", "[^/]+").replace("@", "@") + "$")) {
                matches.add(t);
            }
        });
        return matches.stream().min(Comparator.comparingInt(t -> t.split("\\{").length)).orElse(null);
    }

    private static ObjectNode load() {
        try (InputStream in = DiscordSpec.class.getClassLoader().getResourceAsStream("discord/api-spec/openapi.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
