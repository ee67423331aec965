package dev.studybot.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * One shared Spring context for every engine test: H2 in memory, the fixed test bank instead of the packaged one,
 * no background scheduler (tests drive the game clock), and {@link EngineTestConfig}. Tests use their own channel
 * ids so they never see each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "studybot.bank.packaged=false",
        "studybot.bank.paths=src/test/resources/test-bank",
        "studybot.scheduler.enabled=false",
        "studybot.playground.enabled=true",
        "studybot.admins=test:T1:boss"
})
@ActiveProfiles("test")
@Import(EngineTestConfig.class)
public @interface EngineTest {}
