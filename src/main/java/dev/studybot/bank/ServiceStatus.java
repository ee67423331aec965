package dev.studybot.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Which AWS services a correct answer may name today, from {@code config/service-status.yaml} (packaged as
 * {@code service-status.yaml}): a discontinued service is never the right answer, and one closed to new customers
 * only with that status stated in the explanation.
 */
final class ServiceStatus {

    /** One service, the case-sensitive phrase that names it, and its status in words. */
    record Service(String name, Pattern match, String status) {}

    private static final String RESOURCE = "/service-status.yaml";
    private static final ServiceStatus PACKAGED = load();

    private final List<Service> neverKeyed;
    private final List<Service> closed;

    ServiceStatus(List<Service> neverKeyed, List<Service> closed) {
        this.neverKeyed = List.copyOf(neverKeyed);
        this.closed = List.copyOf(closed);
    }

    static ServiceStatus packaged() {
        return PACKAGED;
    }

    /** What is wrong with the services a question's answer names; empty when nothing is. */
    List<String> problems(Question question) {
        String answer = String.join("\n", answerTexts(question));
        List<String> problems = new ArrayList<>();
        for (Service service : neverKeyed) {
            if (service.match().matcher(answer).find()) {
                problems.add("the answer names " + service.name() + " (" + service.status()
                        + "), which is never the right answer for a present-day scenario");
            }
        }
        String explanation = question.explanation().toLowerCase(Locale.ROOT);
        for (Service service : closed) {
            if (service.match().matcher(answer).find() && !explanation.contains("new customers")) {
                problems.add("the answer names " + service.name() + ", which is closed to new customers: "
                        + "the explanation must say so");
            }
        }
        return problems;
    }

    private static List<String> answerTexts(Question question) {
        var keys = question.answer().optionKeys();
        return question.options().stream().filter(o -> keys.contains(o.key())).map(Option::text).toList();
    }

    @SuppressWarnings("unchecked")
    private static ServiceStatus load() {
        try (InputStream in = ServiceStatus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("service-status.yaml is missing from the classpath");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new ServiceStatus(services((List<Map<String, Object>>) root.get("never-keyed")),
                    services((List<Map<String, Object>>) root.get("closed-to-new-customers")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Service> services(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> new Service(String.valueOf(e.get("name")),
                Pattern.compile("\\b" + Pattern.quote(String.valueOf(e.get("match"))) + "\\b"),
                String.valueOf(e.getOrDefault("status", "closed to new customers")))).toList();
    }
}
