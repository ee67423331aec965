package dev.studybot.exam;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the blueprint catalogue. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExamConfiguration.ExamProperties.class)
class ExamConfiguration {

    /** @param blueprintsDir a folder whose {@code *.yaml} blueprints replace the packaged ones by exam code */
    @ConfigurationProperties("studybot.exams")
    record ExamProperties(Path blueprintsDir) {}

    @Bean
    BlueprintCatalog blueprintCatalog(ExamProperties properties) {
        return BlueprintCatalog.load(properties.blueprintsDir());
    }
}
