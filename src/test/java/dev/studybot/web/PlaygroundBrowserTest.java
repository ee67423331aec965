package dev.studybot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.quiz.QuizScheduler;
import dev.studybot.support.Chromium;
import dev.studybot.support.EngineTest;
import dev.studybot.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Plays a whole day in the playground in a real headless Chromium, as a visitor would. */
@EngineTest
class PlaygroundBrowserTest {

    @Value("${local.server.port}") int port;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired QuizScheduler.GameClock gameClock;

    Chromium.Browser chromium;
    ChromeDriver browser;

    @BeforeEach
    void open() throws Exception {
        chromium = Chromium.start();
        browser = chromium.driver();
        jdbc.sql("update channels set paused = true where id <> 'web:main'").update();
        jdbc.sql("update channels set paused = false where id = 'web:main'").update();
        clock.set("2026-12-01T10:00:00Z");
    }

    @AfterEach
    void close() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Clicks a form button and waits for the page it submits to, so no element of the old page is used. */
    private void click(String css) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector(css)).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    private String privatePanel() {
        return browser.findElement(By.id("private")).getText();
    }

    @Test
    void playsADayFromJoiningToTheLeaderboard() throws Exception {
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("name")).sendKeys("Ana");
        click("#join");
        assertThat(browser.findElement(By.id("me")).getText()).isEqualTo("Ana");

        click("#post-now");
        WebElement card = browser.findElement(By.cssSelector("#feed .card:not(.closed)"));
        assertThat(card.findElement(By.cssSelector(".stem")).getText()).isNotBlank();
        assertThat(card.findElements(By.cssSelector(".options li"))).hasSizeGreaterThanOrEqualTo(3);
        answer(card);
        assertThat(privatePanel()).contains("Recorded your answer");

        click("#feed .card:not(.closed) .explain");
        assertThat(privatePanel()).contains("explanation by direct message").contains("Direct message")
                .contains("Explanation");

        click("#close-now");
        WebElement closed = browser.findElement(By.cssSelector("#feed .card.closed"));
        assertThat(closed.findElement(By.cssSelector(".participants")).getText()).isEqualTo("1");
        assertThat(closed.findElement(By.cssSelector(".correct-answer")).getText()).isNotBlank();

        click("#leaderboard");
        assertThat(browser.findElement(By.cssSelector("#private .leaderboard")).getText()).contains("Ana");
        click("#streak");
        assertThat(browser.findElement(By.cssSelector("#private .streaks .participation")).getText()).isEqualTo("1");
        click("#stats");
        assertThat(browser.findElement(By.cssSelector("#private .stats")).getText()).contains("Study record of Ana")
                .contains("answered 1").contains("MLA-C01 domain");

        browser.findElement(By.id("command")).sendKeys("/studybot schedule 25:00 Europe/Berlin");
        click("#command-form button");
        assertThat(browser.findElement(By.cssSelector("#private .notice.error")).getText())
                .contains("'25:00' is not a time");

        clock.set("2026-12-07T08:00:00Z");
        gameClock.tick();
        browser.get("http://localhost:" + port + "/");
        WebElement chart = browser.findElement(By.cssSelector("#feed figure.image img"));
        assertThat(chart.getAttribute("alt")).contains("1. Ana");
        assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", chart)).intValue())
                .as("the chart decodes as a picture").isPositive();
        screenshot();
    }

    private void answer(WebElement card) {
        WebElement page = browser.findElement(By.tagName("html"));
        List<WebElement> buttons = card.findElements(By.cssSelector("button.option"));
        if (!buttons.isEmpty()) {
            buttons.get(0).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
            return;
        }
        List<WebElement> boxes = card.findElements(By.cssSelector("input[type=checkbox]"));
        if (!boxes.isEmpty()) {
            int picks = Integer.parseInt(card.findElement(By.cssSelector(".submit")).getText().replaceAll("\\D", ""));
            for (int i = 0; i < picks; i++) {
                boxes.get(i).click();
            }
            card.findElement(By.cssSelector(".submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
            return;
        }
        card.findElement(By.cssSelector(".open-flow")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        click("#private .flow-form .submit-flow");
    }

    private void screenshot() throws Exception {
        Path target = Path.of("target", "playground.png");
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }
}
