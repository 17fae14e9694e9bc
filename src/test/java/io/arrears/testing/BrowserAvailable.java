package io.arrears.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Runs the console's browser tests where Debian's {@code chromium} and
 * {@code chromium-driver} are installed; skips them loudly where not, or fails them in
 * CI: {@code -Darrears.test.require-browser=true} (.ci/run installs both). The paths are
 * {@code -Darrears.test.chromium} and {@code -Darrears.test.chromedriver} (default
 * {@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}): the driver is never looked
 * for or downloaded by Selenium Manager.
 */
public class BrowserAvailable implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (new File(chromium()).canExecute() && new File(chromedriver()).canExecute()) {
			return ConditionEvaluationResult.enabled("chromium and chromedriver present");
		}
		String message = "browser tests SKIPPED: no " + chromium() + " or " + chromedriver()
				+ " (apt-get install chromium chromium-driver)";
		if (Boolean.getBoolean("arrears.test.require-browser")) {
			throw new IllegalStateException(message.replace("SKIPPED", "REQUIRED but cannot run"));
		}
		System.err.println(message);
		return ConditionEvaluationResult.disabled(message);
	}

	public static String chromium() {
		return System.getProperty("arrears.test.chromium", "/usr/bin/chromium");
	}

	public static String chromedriver() {
		return System.getProperty("arrears.test.chromedriver", "/usr/bin/chromedriver");
	}

	/**
	 * Starts Debian's chromium headless through its chromedriver, with a profile of its
	 * own, Chinese first, the size of a phone held upright, no network of its own.
	 */
	public static ChromeDriver start() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + Files.createTempDirectory("console-chromium"), "--lang=zh-CN");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver()))
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		browser.manage().window().setSize(new Dimension(420, 900));
		return browser;
	}

}
