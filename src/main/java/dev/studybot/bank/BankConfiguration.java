package dev.studybot.bank;

import dev.studybot.exam.BlueprintCatalog;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the question bank at start-up, logging every problem, or refusing to start in strict mode. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BankConfiguration.BankProperties.class)
class BankConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BankConfiguration.class);

    /**
     * @param paths extra folders or files of questions, added to the packaged bank
     * @param strict refuse to start when any question is invalid, instead of leaving it out
     * @param packaged whether to load the bank packaged with the bot (tests turn it off for a fixed bank)
     */
    @ConfigurationProperties("studybot.bank")
    record BankProperties(List<Path> paths, boolean strict, Boolean packaged) {
        BankProperties {
            paths = paths == null ? List.of() : List.copyOf(paths);
            packaged = packaged == null || packaged;
        }
    }

    @Bean
    QuestionBank questionBank(BlueprintCatalog blueprints, BankProperties properties) {
        LoadedBank loaded = new BankLoader(blueprints).load(properties.packaged(), properties.paths());
        loaded.problems().forEach(p -> log.error("Invalid question: {}", p));
        if (!loaded.isValid() && properties.strict()) {
            throw new IllegalStateException("studybot.bank.strict=true and the bank has " + loaded.problems().size()
                    + " problems, the first: " + loaded.problems().get(0));
        }
        log.info("Question bank: {} questions from {} files{}", loaded.bank().size(), loaded.files(),
                loaded.isValid() ? "" : ", " + loaded.invalidQuestions() + " invalid left out (see errors above)");
        return loaded.bank();
    }
}
