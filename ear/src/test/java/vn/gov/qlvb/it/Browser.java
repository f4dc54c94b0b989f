package vn.gov.qlvb.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the real binary and driver given
 * explicitly (Selenium Manager never downloads anything).
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String root;

    public Browser(String serverRoot) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("qlvb.chromium", "/usr/lib/chromium/chromium")));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--window-size=1366,900",
                "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("qlvb.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.root = serverRoot;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(root + path);
    }

    public void signIn(String username, String password) {
        open("qlvb/");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
    }

    public WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public void type(String id, String text) {
        onFreshElement(() -> {
            WebElement field = visible(id);
            field.clear();
            field.sendKeys(text);
        });
    }

    public void click(String id) {
        onFreshElement(() ->
                wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click());
    }

    /**
     * Runs an action on an element found again if the page replaced it meanwhile (a reload after
     * the previous step, an Ajax update). The failure comes from finding the node, before any
     * event reaches the page, so the action is never done twice.
     */
    private void onFreshElement(Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3
                        || e.getMessage() == null
                        || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }

    /**
     * Waits until the element, found again at each look, contains the text. A look that meets
     * a node the page is replacing (an Ajax update, a reload) counts as "not yet".
     */
    public void waitForText(By where, String text) {
        try {
            wait.until(d -> {
                try {
                    return d.findElement(where).getText().contains(text);
                } catch (org.openqa.selenium.NoSuchElementException
                        | org.openqa.selenium.StaleElementReferenceException e) {
                    return false;
                } catch (org.openqa.selenium.WebDriverException e) {
                    if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                        return false;
                    }
                    throw e;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "failed-" + System.currentTimeMillis();
            screenshot(name);
            try {
                Files.writeString(Path.of("target", "screenshots", name + ".html"), driver.getPageSource());
            } catch (java.io.IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    public String text(By where) {
        String[] read = new String[1];
        onFreshElement(() -> read[0] =
                wait.until(ExpectedConditions.presenceOfElementLocated(where)).getText());
        return read[0];
    }

    /** Keeps a screenshot in target/screenshots, for a person to look at after the run. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
