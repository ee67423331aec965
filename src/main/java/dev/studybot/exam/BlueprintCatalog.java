package dev.studybot.exam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The known exam blueprints: the ones packaged with the bot ({@code config/blueprints}), each of which a file of
 * the same code in an extra folder replaces (to change a duration, say).
 */
public final class BlueprintCatalog {

    private final Map<String, Blueprint> byCode;
    private final Blueprint defaultBlueprint;

    public BlueprintCatalog(Collection<Blueprint> blueprints) {
        Map<String, Blueprint> map = new LinkedHashMap<>();
        blueprints.forEach(b -> map.put(b.code(), b));
        this.byCode = Map.copyOf(map);
        List<Blueprint> defaults = map.values().stream().filter(Blueprint::isDefault).toList();
        if (defaults.size() != 1) {
            throw new IllegalStateException("exactly one blueprint must be the default, found " + defaults.size());
        }
        this.defaultBlueprint = defaults.get(0);
    }

    /** The packaged blueprints, with any {@code *.yaml} in {@code overrides} (may be null) replacing them by code. */
    public static BlueprintCatalog load(Path overrides) {
        Map<String, Blueprint> blueprints = new LinkedHashMap<>();
        BlueprintReader reader = new BlueprintReader();
        try {
            Resource[] packaged = new PathMatchingResourcePatternResolver().getResources("classpath*:blueprints/*.yaml");
            for (Resource resource : packaged) {
                try (InputStream in = resource.getInputStream()) {
                    Blueprint b = reader.read(in, resource.getFilename());
                    blueprints.put(b.code(), b);
                }
            }
            if (overrides != null && Files.isDirectory(overrides)) {
                try (Stream<Path> files = Files.list(overrides)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            Blueprint b = reader.read(in, file.toString());
                            blueprints.put(b.code(), b);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blueprints", e);
        }
        return new BlueprintCatalog(blueprints.values());
    }

    public Optional<Blueprint> find(String code) {
        return Optional.ofNullable(code).map(c -> byCode.get(c.toUpperCase(Locale.ROOT)));
    }

    public Blueprint get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown exam '" + code + "' (known: " + String.join(", ", codes()) + ")"));
    }

    public Blueprint defaultBlueprint() {
        return defaultBlueprint;
    }

    /** Exam codes in a stable order: the default first, then alphabetical. */
    public List<String> codes() {
        List<String> codes = new ArrayList<>(byCode.keySet());
        codes.sort((a, b) -> a.equals(defaultBlueprint.code()) ? -1 : b.equals(defaultBlueprint.code()) ? 1 : a.compareTo(b));
        return codes;
    }

    public List<Blueprint> all() {
        return codes().stream().map(byCode::get).toList();
    }
}
