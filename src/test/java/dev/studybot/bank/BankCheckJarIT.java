package dev.studybot.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs {@code java -jar target/studybot.jar bank check} as a user would, after the jar is packaged. */
class BankCheckJarIT {

    @Test
    void checksThePackagedBankFromTheJarWithoutStartingTheBot() throws IOException, InterruptedException {
        Path jar = Path.of("target/studybot.jar").toAbsolutePath();
        assertThat(jar).exists();
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(javaBin.toString(), "-jar", jar.toString(), "bank", "check")
                .directory(Files.createTempDirectory("bank-check").toFile())
                .redirectErrorStream(true)
                .start();
        long started = System.nanoTime();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("bank check finished").isTrue();
        assertThat(output).contains("MLA-C01 AWS Certified Machine Learning Engineer").contains("OK: ")
                .doesNotContain("Tomcat").doesNotContain("Started StudyBotApplication");
        assertThat(process.exitValue()).as(output).isZero();
        System.out.printf("bank check took %d ms%n", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
