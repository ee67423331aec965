package dev.studybot.bank;

import dev.studybot.exam.Blueprint;
import dev.studybot.exam.BlueprintCatalog;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code bank check [--exam CODE] [--path DIR]... [--file FILE]...}: validates the bank without starting the web
 * server or any bot, prints every problem and a coverage table, and returns 0 only when every question is valid.
 *
 * <p>{@code --path} adds folders to the packaged bank; {@code --file} checks only the given files.
 */
public final class BankCheckCommand {

    private static final String USAGE = "usage: bank check [--exam CODE] [--path DIR]... [--file FILE]...";

    private BankCheckCommand() {}

    public static int run(String[] args, PrintStream out) {
        if (args.length < 2 || !args[1].equals("check")) {
            out.println(USAGE);
            return 2;
        }
        String exam = null;
        List<Path> paths = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--exam" -> exam = value;
                case "--path" -> paths.add(Path.of(value == null ? "" : value));
                case "--file" -> files.add(Path.of(value == null ? "" : value));
                default -> {
                    out.println("unknown argument '" + args[i] + "'\n" + USAGE);
                    return 2;
                }
            }
            if (value == null) {
                out.println(args[i] + " needs a value\n" + USAGE);
                return 2;
            }
            i++;
        }
        BlueprintCatalog blueprints = BlueprintCatalog.load(null);
        Optional<Blueprint> only = Optional.empty();
        if (exam != null) {
            only = blueprints.find(exam);
            if (only.isEmpty()) {
                out.println("unknown exam '" + exam + "' (known: " + String.join(", ", blueprints.codes()) + ")");
                return 2;
            }
        }
        boolean packaged = files.isEmpty();
        List<Path> sources = new ArrayList<>(paths);
        sources.addAll(files);
        LoadedBank loaded = new BankLoader(blueprints).load(packaged, sources);
        loaded.problems().forEach(out::println);
        if (!loaded.problems().isEmpty()) {
            out.println();
        }
        for (Blueprint blueprint : only.map(List::of).orElse(blueprints.all())) {
            out.println(CoverageReport.render(blueprint, loaded.bank().all()));
        }
        if (loaded.isValid()) {
            out.printf("OK: %d questions in %d files, all valid.%n", loaded.bank().size(), loaded.files());
            return 0;
        }
        out.printf("FAILED: %d problems; %d invalid questions left out, %d valid.%n", loaded.problems().size(),
                loaded.invalidQuestions(), loaded.bank().size());
        return 1;
    }
}
