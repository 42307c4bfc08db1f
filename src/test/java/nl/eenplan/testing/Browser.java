package nl.eenplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's Chromium, driven by Playwright, shared by all browser tests of a run. Every page a test
 * visits is checked with axe-core against WCAG 2.1 A and AA; any violation fails the test.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("eenplan.chromium", "/usr/bin/chromium");
    private static final String AXE = readAxe();
    private static final String AXE_RUN = """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
              });
              return JSON.stringify(result.violations.map(v => ({
                rule: v.id, impact: v.impact, help: v.help,
                where: v.nodes.slice(0, 5).map(n => n.target.join(' '))
              })));
            }
            """;

    /**
     * A page that fails the check is kept as a picture in target/screenshots; with
     * {@code -Deenplan.screenshots=true} every checked page is, to look at after a run.
     */
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static final boolean KEEP_SCREENSHOTS = Boolean.getBoolean("eenplan.screenshots");

    private static final AtomicInteger SHOTS = new AtomicInteger();

    private static com.microsoft.playwright.Browser browser;

    private Browser() {}

    /** A fresh browser profile (no cookies) with a desktop or phone-sized window. */
    public static synchronized BrowserContext newContext(int width, int height) {
        if (browser == null) {
            var playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get(CHROMIUM))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        // axe is injected as a script; EenPlan's Content-Security-Policy would rightly refuse it.
        return browser.newContext(new NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("nl-NL")
                .setBypassCSP(true));
    }

    public static BrowserContext desktop() {
        return newContext(1280, 900);
    }

    public static BrowserContext phone() {
        return newContext(390, 844);
    }

    /** Runs axe-core on the page as it is now and fails on any WCAG 2.1 A/AA violation. */
    public static void assertAccessible(Page page) {
        page.waitForLoadState();
        if (!(Boolean) page.evaluate("() => typeof axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        }
        var violations = (String) page.evaluate(AXE_RUN);
        if (KEEP_SCREENSHOTS || !"[]".equals(violations)) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(
                            SCREENSHOTS.resolve("%03d-%s.png".formatted(SHOTS.incrementAndGet(), slug(page.title())))));
        }
        assertThat(violations)
                .as("WCAG 2.1 A/AA violations on %s (%s)", page.url(), page.title())
                .isEqualTo("[]");
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String readAxe() {
        try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
