package dev.studybot.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its own chromedriver, offline. Without Chromium the calling test is
 * skipped with a message saying how to install it, except in CI ({@code CI=true}), where it fails instead.
 */
public final class Chromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /** A started browser that removes its throw-away profile when closed. */
    public record Browser(ChromeDriver driver, Path profile) implements AutoCloseable {
        @Override
        public void close() throws java.io.IOException {
            driver.quit();
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    public static Browser start() throws Exception {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String message = "Chromium is not installed: apt-get install -y chromium chromium-driver";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true, so browser tests must run)");
        }
        Assumptions.assumeTrue(present, message + " to run the browser tests");
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, profile);
    }
}
