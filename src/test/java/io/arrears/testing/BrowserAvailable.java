package io.arrears.testing;

import java.io.File;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

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

}
