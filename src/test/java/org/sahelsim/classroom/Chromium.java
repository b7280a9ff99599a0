package org.sahelsim.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sahelsim.Requirements;

/**
 * Headless Chromium browsers for the classroom's tests, each with a fresh profile of its own (so
 * each is another student's machine), driven through the system's chromedriver; and what a
 * teacher or a student does on the pages.
 */
final class Chromium implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);

    /** Selenium's warnings that it has no DevTools bindings for this Chromium: the tests use WebDriver alone. */
    private final java.util.logging.Logger selenium = java.util.logging.Logger.getLogger("org.openqa.selenium");
    private final Requirements.Browser browser;
    private final Path profiles;
    private final List<WebDriver> open = new ArrayList<>();

    Chromium(Requirements.Browser browser, Path profiles) {
        this.browser = browser;
        this.profiles = profiles;
        selenium.setLevel(java.util.logging.Level.SEVERE);
    }

    /** A new browser with a fresh profile, its window {@code width} by {@code height}. */
    WebDriver open(String name, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.chromium().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + profiles.resolve(name),
                "--window-size=" + width + "," + height, "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(browser.chromedriver().toFile())
                .usingAnyFreePort().build();
        WebDriver d = new ChromeDriver(service, options);
        open.add(d);
        return d;
    }

    /** Ends a browser at once, as a crash would. */
    void crash(WebDriver d) {
        open.remove(d);
        d.quit();
    }

    @Override
    public void close() {
        for (WebDriver d : open) d.quit();
        open.clear();
    }

    static WebDriverWait await(WebDriver d) {
        return new WebDriverWait(d, WAIT);
    }

    static String text(WebDriver d, String id) {
        return d.findElement(By.id(id)).getText();
    }

    static void waitForText(WebDriver d, String id, String part) {
        await(d).withMessage(() -> "#" + id + " never said '" + part + "'; it says '" + text(d, id) + "'")
                .until(x -> text(x, id).contains(part));
    }

    static void click(WebDriver d, String id) {
        d.findElement(By.id(id)).click();
    }

    /** A student joins from the start page (with a rejoin code, or null) and lands on their faction's page. */
    static void join(WebDriver d, String base, String code, String name, String faction, String rejoin) {
        pickFaction(d, base, code, name, faction);
        if (rejoin != null) {
            d.findElement(By.cssSelector("#rejoin-box summary")).click();
            d.findElement(By.id("rejoin")).sendKeys(rejoin);
        }
        click(d, "join");
        await(d).until(x -> x.getCurrentUrl().endsWith("/play"));
    }

    /** Fills the start page up to the faction, without joining. */
    static void pickFaction(WebDriver d, String base, String code, String name, String faction) {
        d.get(base + "/");
        d.findElement(By.id("code")).sendKeys(code);
        click(d, "show");
        await(d).until(x -> !x.findElements(By.cssSelector("input[name=faction][value=" + faction + "]")).isEmpty());
        d.findElement(By.id("name")).sendKeys(name);
        d.findElement(By.cssSelector("input[name=faction][value=" + faction + "]")).click();
    }

    /** Ticks an option of the student's menu by its id ({@code leave}, {@code assault:kidal}). */
    static void choose(WebDriver d, String option) {
        WebElement box = d.findElement(By.cssSelector("input.choice[value='" + option + "']"));
        if (!box.isDisplayed()) box.findElement(By.xpath("ancestor::details/summary")).click();
        if (!box.isSelected()) box.click();
    }

    /** A picture of what the browser shows. */
    static void shoot(WebDriver d, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
    }
}
