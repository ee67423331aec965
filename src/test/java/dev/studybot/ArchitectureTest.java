package dev.studybot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Feature code knows no chat platform and no web layer; only the adapter packages do. */
@AnalyzeClasses(packages = "dev.studybot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ADAPTERS = {"dev.studybot.slack..", "dev.studybot.discord..", "dev.studybot.web.."};

    @ArchTest
    static final ArchRule featuresDoNotImportPlatformOrWebTypes = noClasses()
            .that().resideInAPackage("dev.studybot..")
            .and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.slack..", "net.dv8tion..", "jakarta.servlet..", "org.springframework.web..",
                    "org.springframework.http..", "org.thymeleaf..")
            .because("features talk to chat platforms only through the chat port");

    @ArchTest
    static final ArchRule featuresDoNotDependOnAdapters = noClasses()
            .that().resideInAPackage("dev.studybot..")
            .and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .because("adapters depend on features, never the other way round");

    @ArchTest
    static final ArchRule slackKnowsNoOtherAdapter = noClasses().that().resideInAPackage("dev.studybot.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.studybot.discord..", "dev.studybot.web..");

    @ArchTest
    static final ArchRule discordKnowsNoOtherAdapter = noClasses().that().resideInAPackage("dev.studybot.discord..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.studybot.slack..", "dev.studybot.web..");

    @ArchTest
    static final ArchRule playgroundKnowsNoOtherAdapter = noClasses().that().resideInAPackage("dev.studybot.web..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.studybot.slack..", "dev.studybot.discord..");

    @ArchTest
    static final ArchRule onlyTheSlackAdapterUsesSlackTypes = noClasses()
            .that().resideOutsideOfPackages("dev.studybot.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("com.slack..");

    @ArchTest
    static final ArchRule onlyTheDiscordAdapterUsesJda = noClasses()
            .that().resideOutsideOfPackages("dev.studybot.discord..")
            .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..");
}
