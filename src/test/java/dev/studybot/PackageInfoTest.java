package dev.studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PackageInfoTest {

    @Test
    void everyMainPackageStatesItsPurposeInPackageInfo() throws IOException {
        Path root = Path.of("src/main/java");
        try (Stream<Path> dirs = Files.walk(root)) {
            List<Path> missing = dirs.filter(Files::isDirectory)
                    .filter(dir -> hasJava(dir) && !Files.exists(dir.resolve("package-info.java")))
                    .toList();
            assertThat(missing).as("packages without package-info.java").isEmpty();
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
