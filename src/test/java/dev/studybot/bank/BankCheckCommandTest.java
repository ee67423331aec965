package dev.studybot.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import dev.studybot.exam.BlueprintCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankCheckCommandTest {

    private static final String BROKEN = "src/test/resources/broken-questions";
    private static final String VALID = "src/test/resources/valid-question.yaml";

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exitsZeroAndPrintsTheCoverageTableWhenEveryQuestionIsValid() {
        int code = BankCheckCommand.run(new String[] {"bank", "check", "--exam", "MLA-C01", "--file", VALID}, out);

        assertThat(code).isZero();
        assertThat(output())
                .contains("MLA-C01 AWS Certified Machine Learning Engineer – Associate (current): 1 questions")
                .containsPattern("1 Data Preparation for Machine Learning +28% +1 +100.0% +0.3")
                .containsPattern("1.1 Ingest and store data +1")
                .contains("Types: single 1")
                .contains("OK: 1 questions in 1 files, all valid.")
                .doesNotContain("MLS-C01 AWS");
    }

    @Test
    void exitsOneAndListsEveryProblemWhenAnyQuestionIsInvalid() {
        int code = BankCheckCommand.run(new String[] {"bank", "check", "--file", BROKEN}, out);

        assertThat(code).isEqualTo(1);
        assertThat(output())
                .contains("answer-not-option.yaml:12: broken-sample: answer key 'D' is not an option")
                .contains("format-version.yaml:1: -: unknown format version '2'")
                .contains("MLS-C01 AWS Certified Machine Learning – Specialty (retired)")
                .containsPattern("FAILED: \\d+ problems; \\d+ invalid questions left out, 0 valid.");
    }

    @Test
    void refusesAnUnknownExamNamingTheKnownOnes() {
        int code = BankCheckCommand.run(new String[] {"bank", "check", "--exam", "SAA-C03"}, out);

        assertThat(code).isEqualTo(2);
        assertThat(output()).contains("unknown exam 'SAA-C03' (known: MLA-C01, MLS-C01)");
    }

    @Test
    void printsUsageForUnknownArguments() {
        assertThat(BankCheckCommand.run(new String[] {"bank", "check", "--verbose"}, out)).isEqualTo(2);
        assertThat(BankCheckCommand.run(new String[] {"bank", "lint"}, out)).isEqualTo(2);
        assertThat(output()).contains("usage: bank check [--exam CODE]");
    }

    @Test
    void reportsAMissingFolderInsteadOfCheckingNothing() {
        int code = BankCheckCommand.run(new String[] {"bank", "check", "--file", "no/such/folder"}, out);

        assertThat(code).isEqualTo(1);
        assertThat(output()).contains("no/such/folder:1: -: no such file or folder");
    }

    @Test
    void checksTheRepositorysQuestionFolderAsTheWorkingCopyOfThePackagedBank() {
        int code = BankCheckCommand.run(new String[] {"bank", "check", "--path", "questions"}, out);

        assertThat(output()).doesNotContain("duplicate id");
        assertThat(code).isZero();
    }

    @Test
    void letsALocalFileReplaceItsPackagedVersion(@TempDir Path dir) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("questions")).resolve("mla-core.yaml");
        Files.copy(Path.of(VALID), copy);
        BankLoader loader = new BankLoader(BlueprintCatalog.load(null));
        int packaged = loader.load(true, List.of()).bank().size();
        int inPackagedCore = new BankLoader(BlueprintCatalog.load(null)).load(false, List.of(Path.of("questions/mla-core.yaml")))
                .bank().size();

        LoadedBank edited = loader.load(true, List.of(copy));

        assertThat(edited.problems()).isEmpty();
        assertThat(edited.bank().size()).isEqualTo(packaged - inPackagedCore + 1);
    }
}
