package dev.studybot.bank;

import dev.studybot.exam.BlueprintCatalog;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds question files (packaged under {@code questions/} and in extra folders or files), reads them all and
 * rejects ids defined twice across the bank.
 */
public final class BankLoader {

    private static final String PACKAGED = "questions/";

    private final QuestionFileReader reader;

    public BankLoader(BlueprintCatalog blueprints) {
        this.reader = new QuestionFileReader(blueprints);
    }

    /**
     * @param includePackaged whether to read the bank packaged with the bot
     * @param paths extra folders (read recursively for {@code *.yaml}) or single files; a file at the same path
     *     under {@code questions/} as a packaged one replaces it
     */
    public LoadedBank load(boolean includePackaged, List<Path> paths) {
        List<QuestionFileReader.Result> local = new ArrayList<>();
        List<Path> localFiles = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                local.add(unreadable(path.toString(), "no such file or folder"));
            }
            for (Path file : yamlFiles(path)) {
                localFiles.add(file.toAbsolutePath().normalize());
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    local.add(reader.read(file.toString(), in));
                } catch (IOException e) {
                    local.add(unreadable(file.toString(), "cannot read: " + e.getMessage()));
                }
            }
        }
        List<QuestionFileReader.Result> results = new ArrayList<>();
        if (includePackaged) {
            for (Resource resource : packagedFiles()) {
                String name = packagedName(resource);
                // A local questions/ folder is the working copy of the packaged bank: its files replace their
                // packaged versions instead of clashing with them as duplicate ids.
                if (localFiles.stream().noneMatch(file -> file.endsWith(name))) {
                    try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                        results.add(reader.read(name, in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        results.addAll(local);
        return combine(results);
    }

    private static LoadedBank combine(List<QuestionFileReader.Result> results) {
        List<Problem> problems = new ArrayList<>();
        List<Question> valid = new ArrayList<>();
        Map<String, String> firstDefinition = new HashMap<>();
        int invalid = 0;
        for (QuestionFileReader.Result result : results) {
            problems.addAll(result.problems());
            for (QuestionFileReader.Entry entry : result.entries()) {
                String file = result.file();
                String where = file + ":" + entry.line();
                String first = Problem.UNKNOWN_ID.equals(entry.id()) ? null : firstDefinition.putIfAbsent(entry.id(), where);
                if (first != null) {
                    problems.add(new Problem(file, entry.line(), entry.id(), "duplicate id (first defined at " + first + ")"));
                    invalid++;
                } else if (entry.question() == null) {
                    invalid++;
                } else {
                    valid.add(entry.question());
                }
            }
        }
        return new LoadedBank(new QuestionBank(valid), problems, results.size(), invalid);
    }

    private static QuestionFileReader.Result unreadable(String file, String message) {
        return new QuestionFileReader.Result(file, List.of(), List.of(new Problem(file, 1, Problem.UNKNOWN_ID, message)));
    }

    private static Resource[] packagedFiles() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + PACKAGED + "**/*.yaml");
            Arrays.sort(resources, Comparator.comparing(BankLoader::packagedName));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the packaged question bank", e);
        }
    }

    private static String packagedName(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf("/" + PACKAGED);
            return at < 0 ? String.valueOf(resource.getFilename()) : url.substring(at + 1);
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }

    private static List<Path> yamlFiles(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(f -> f.toString().endsWith(".yaml") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
