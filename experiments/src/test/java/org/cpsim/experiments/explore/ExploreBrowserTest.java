package org.cpsim.experiments.explore;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;

import org.cpsim.experiments.cli.Cpsim;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer end to end in a real browser: the server starts, headless Chromium opens the page, a
 * person's steps are taken (pick the scenario, move the early help slider with the keyboard, name the
 * variant, ask for 3 replications over 2 years, run), the result is waited for, and the chart and the
 * table must show it. Then the command the page prints is run as {@code cpsim compare}: its metrics.csv
 * must be byte-identical to the explorer's. The browser's console must stay empty (a blocked load, a
 * script error). Screenshots go to target/explore-*.png.
 * Skipped, saying why, where Debian's chromium and chromium-driver are not installed; CI installs them.
 */
@Tag("browser")
class ExploreBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String HOSTILE = "<img src=x onerror=alert(1)><b>bold</b>";

    @TempDir
    Path root;
    @TempDir
    Path profile;
    ExploreFixture explorer;
    ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and its driver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): skipping the explorer's browser test."
                        + " Install them with: apt-get install -y chromium chromium-driver");
        // A scenario whose text is markup: the page must show it as text.
        Files.createDirectories(root.resolve("scenarios/hostile"));
        Files.writeString(root.resolve("scenarios/hostile/markup.yaml"), "extends: ../england-baseline.yaml\nname: markup  # assumption: label\n"
                + "description: \"" + HOSTILE + "\"  # assumption: a hostile label\n");
        explorer = new ExploreFixture(root, ReplicationExecutor.LOCAL, new Runs.Limits(20, 1, 2));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As the machine's notes say Chromium runs here: no sandbox (root), no GPU, and no calls home.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1600,1900", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1600, 1900));
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (explorer != null) explorer.close();
    }

    @Test
    void aLeverMovedAndRunInTheBrowserGivesTheCommandLinesMetrics() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(explorer.uri("/").toString());

        // Choose: the scenario list is grouped by folder and filterable.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scenario option[value='england-baseline']")));
        List<String> groups = browser.findElements(By.cssSelector("#scenario optgroup")).stream().map(g -> g.getAttribute("label")).toList();
        assertTrue(groups.containsAll(List.of("scenarios", "workforce")), "grouped by folder: " + groups);
        assertFalse(groups.contains("sweeps"), "sweep files are not scenarios: " + groups);
        new Select(browser.findElement(By.id("scenario"))).selectByValue("hostile/markup");
        wait.until(d -> d.findElement(By.id("scenario-description")).getText().contains(HOSTILE));
        assertEquals(List.of(), browser.findElements(By.cssSelector("img, #scenario-description b")), "a scenario's text became markup");
        browser.findElement(By.id("scenario-filter")).sendKeys("workforce");
        assertEquals(1, browser.findElements(By.cssSelector("#scenario optgroup")).size(), "the filter leaves one folder");
        browser.findElement(By.id("scenario-filter")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE); // emptied as a person would, so the page hears it
        assertTrue(browser.findElements(By.cssSelector("#scenario optgroup")).size() >= 2, "the list is whole again");
        new Select(browser.findElement(By.id("scenario"))).selectByValue("england-baseline");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lever-earlyHelp")));
        assertTrue(browser.findElement(By.id("levers")).getText().contains("Source: assumption: early help capacity"), "each lever shows its source");

        // Change: early help from 100% to 150%, as a keyboard user would (ten steps of 5%).
        WebElement slider = browser.findElement(By.id("lever-earlyHelp"));
        for (int i = 0; i < 10; i++) slider.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("150%", browser.findElement(By.cssSelector("[data-lever='earlyHelp'] output")).getText());
        type("name", "more-early-help");
        type("replications", "3");
        type("years", "2");
        shot("explore-choose.png");

        // A bad name first: refused beside the field, nothing run.
        type("name", "More Help!");
        browser.findElement(By.id("run")).click();
        WebElement nameError = browser.findElement(By.cssSelector(".error[data-for='name']"));
        wait.until(d -> !nameError.getText().isEmpty());
        assertTrue(nameError.getText().contains("lower-case letters"), nameError.getText());
        type("name", "more-early-help");

        browser.findElement(By.id("run")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector("#live .u-over")).size() >= 5
                && d.findElement(By.id("status")).getText().startsWith("Running") && d.findElement(By.id("status")).getText().contains("left"));
        shot("explore-watch.png");
        new WebDriverWait(browser, Duration.ofMinutes(10)).until(d -> d.findElements(By.cssSelector("#differences tbody tr")).size() == 10);

        // Read: the chart has both scenarios with a canvas drawn; the table has the paired differences.
        WebElement chart = browser.findElement(By.id("answer-chart"));
        assertEquals("england-baseline,more-early-help", chart.getAttribute("data-scenarios"));
        WebElement canvas = chart.findElement(By.tagName("canvas"));
        assertTrue(canvas.getSize().getWidth() > 200 && canvas.getSize().getHeight() > 100, "a drawn chart: " + canvas.getSize());
        assertTrue(chart.getText().contains("more-early-help"), "the legend names the variant: " + chart.getText());
        WebElement harm = browser.findElement(By.cssSelector("#differences tr[data-indicator='harm_days_per_10k']"));
        List<String> cells = harm.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertTrue(cells.get(4).contains(" to "), "a 95% interval: " + cells);
        assertTrue(browser.findElement(By.id("status")).getText().startsWith("Finished"), browser.findElement(By.id("status")).getText());
        assertTrue(browser.findElements(By.cssSelector("#live canvas")).size() >= 5, "the live charts");
        assertFalse(browser.findElements(By.cssSelector("#costs tbody tr")).isEmpty(), "cost-effectiveness rows");
        shot("explore-answer.png");

        // The same comparison from the command line: the command the page shows, into a folder of its own.
        String command = browser.findElement(By.id("command")).getText();
        List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
        assertEquals(List.of("cpsim", "compare"), args.subList(0, 2), command);
        int out = args.indexOf("--out");
        Path explorerFolder = root.resolve(args.get(out + 1));
        args.set(out + 1, "output/from-the-command-line");
        java.io.StringWriter printed = new java.io.StringWriter();
        picocli.CommandLine cli = Cpsim.commandLine(ReplicationExecutor.LOCAL, root);
        cli.setOut(new java.io.PrintWriter(printed));
        cli.setErr(new java.io.PrintWriter(printed));
        int code = cli.execute(args.subList(1, args.size()).toArray(String[]::new));
        assertEquals(0, code, command + "\n" + printed);
        assertArrayEquals(Files.readAllBytes(explorerFolder.resolve("metrics.csv")), Files.readAllBytes(root.resolve("output/from-the-command-line/metrics.csv")),
                "metrics.csv from the explorer and from cpsim compare");

        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
        // The one message expected: the browser noting the 400 that refused the bad name.
        assertEquals(1, console.size(), "browser console warnings and errors: " + console);
        assertTrue(console.get(0).contains("/api/runs") && console.get(0).contains("400"), "browser console: " + console);
    }

    private void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private void shot(String name) throws java.io.IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
