package dev.studybot.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlueprintCatalogTest {

    private final BlueprintCatalog catalog = BlueprintCatalog.load(null);

    @Test
    void makesTheCurrentAssociateExamTheDefault() {
        Blueprint mla = catalog.defaultBlueprint();

        assertThat(mla.code()).isEqualTo("MLA-C01");
        assertThat(mla.status()).isEqualTo(ExamStatus.CURRENT);
        assertThat(mla.domains()).extracting(Domain::weight).containsExactly(28, 26, 22, 24);
        assertThat(mla.taskIds()).hasSize(12);
        assertThat(mla.questionTypes()).containsExactlyInAnyOrder("single", "multiple", "ordering", "matching");
        assertThat(mla.passingScore()).isEqualTo(720);
    }

    @Test
    void keepsTheRetiredSpecialtyExamSelectable() {
        Blueprint mls = catalog.get("mls-c01");

        assertThat(mls.status()).isEqualTo(ExamStatus.RETIRED);
        assertThat(mls.domains()).extracting(Domain::weight).containsExactly(20, 24, 36, 20);
        assertThat(mls.taskIds()).hasSize(15);
        assertThat(mls.questionTypes()).containsExactlyInAnyOrder("single", "multiple");
        assertThat(catalog.codes()).containsExactly("MLA-C01", "MLS-C01");
    }

    @Test
    void letsAFolderOverrideAPackagedBlueprintsDuration(@TempDir Path dir) throws IOException {
        String yaml = new String(getClass().getResourceAsStream("/blueprints/mla-c01.yaml").readAllBytes())
                .replace("duration-minutes: 130", "duration-minutes: 170");
        Files.writeString(dir.resolve("mla-c01.yaml"), yaml);

        assertThat(BlueprintCatalog.load(dir).get("MLA-C01").durationMinutes()).isEqualTo(170);
    }

    @Test
    void refusesABlueprintWhoseWeightsDoNotAddUpTo100(@TempDir Path dir) throws IOException {
        String yaml = new String(getClass().getResourceAsStream("/blueprints/mla-c01.yaml").readAllBytes())
                .replace("weight: 28", "weight: 30");
        Files.writeString(dir.resolve("mla-c01.yaml"), yaml);

        assertThatThrownBy(() -> BlueprintCatalog.load(dir)).hasMessageContaining("add up to 102, not 100");
    }
}
