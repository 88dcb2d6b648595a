package de.nrw.kim.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with axe-core injected to check WCAG 2.1 A/AA.
 * Nothing is downloaded: the browser and driver paths are fixed.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;
	private final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	public static Browser open(int port) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		Path profile = Files.createTempDirectory("kim-chromium-");
		options.addArguments("--headless=new", "--force-prefers-reduced-motion", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
				"--no-first-run", "--window-size=1280,1024", "--lang=de-DE", "--user-data-dir=" + profile);
		// no password manager: it would fill the saved login password into other password fields
		options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false,
				"profile.password_manager_enabled", false, "autofill.profile_enabled", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort().build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return new Browser(driver, "http://localhost:" + port);
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser go(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	public Browser login(String username) {
		go("/login");
		driver.findElement(By.name("username")).sendKeys(username);
		driver.findElement(By.name("password")).sendKeys(ApiClient.DEMO_PASSWORD);
		// the login form, not the header's logout form of a user who is still logged in
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(d -> !d.getCurrentUrl().contains("/login"));
		return this;
	}

	/** Waits up to 10 s; an element that htmx replaced while the condition read it just means "look again". */
	public void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
	}

	/** Presses Enter on an element (a link or a form's button), as a keyboard user does, and waits for the next page. */
	public Browser press(WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
		element.sendKeys(org.openqa.selenium.Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(15))
				.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
		waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		return this;
	}

	public Browser press(String css) {
		return press(find(css));
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/**
	 * Runs axe-core on the current page against WCAG 2.0/2.1 A and AA and returns the violations of
	 * impact serious or critical as "rule: description (n nodes)".
	 */
	@SuppressWarnings("unchecked")
	public List<String> seriousAccessibilityViolations() {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axeSource());
		Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
				   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
				        nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
				   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
				""");
		return ((List<Map<String, Object>>) result).stream()
				.filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
				.map(v -> v.get("id") + ": " + v.get("help") + " " + v.get("nodes"))
				.toList();
	}

	private static String axeSource() {
		try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js fehlt im Test-Klassenpfad (npm ci im Build)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}
}
