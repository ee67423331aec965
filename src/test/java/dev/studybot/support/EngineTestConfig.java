package dev.studybot.support;

import java.time.Instant;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The engine test layer: a settable clock, a recording platform and platform work run on the caller's thread. */
@TestConfiguration(proxyBeanMethods = false)
public class EngineTestConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.parse("2026-11-23T07:00:00Z"));
    }

    @Bean
    FakePlatform fakePlatform() {
        return new FakePlatform();
    }

    @Bean
    @Primary
    @Qualifier("chatWork")
    Executor directChatWork() {
        return Runnable::run;
    }

}
