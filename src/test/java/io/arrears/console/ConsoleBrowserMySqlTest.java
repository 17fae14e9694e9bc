package io.arrears.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.collection.CollectionImport;
import io.arrears.collection.CollectionImportRequest;
import io.arrears.ledger.ImportRequest;
import io.arrears.ledger.LedgerImport;
import io.arrears.testing.BrowserAvailable;
import io.arrears.testing.MySqlAvailable;
import io.arrears.testing.TestDatabase;

/**
 * The console's essential scenario in a real browser on the real MySQL-compatible server
 * (the twin of {@link ConsoleBrowserTest}, which runs on H2): sign in, a household's page
 * with its owner and its access-log row, a waiver with who approved it, a promise
 * recorded on the work list with its reference and {@code recorded_at}. The datasource is
 * {@code @MySqlTest}'s, with a web server on a random port; skipped where the server or
 * the browser is absent.
 */
@Tag("mysql")
@ExtendWith({ MySqlAvailable.class, BrowserAvailable.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet",
				"spring.datasource.url=${" + MySqlAvailable.EFFECTIVE_URL_PROPERTY + "}",
				"spring.datasource.username=${arrears.test.mysql.user:arrears}",
				"spring.datasource.password=${arrears.test.mysql.password:arrears}",
				"arrears.output-dir=target/test-out/${arrears.test.fork:f0}/mysql-console" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserMySqlTest {

	static final String PASSWORD = "correct-horse-battery";

	@TestConfiguration
	static class Today {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(ConsoleBrowserTest.NOW, ZoneId.of("Asia/Shanghai"));
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	LedgerImport ledgerImport;

	@Autowired
	CollectionImport collectionImport;

	@Autowired
	ConsoleUsers users;

	JdbcTemplate jdbc;

	ChromeDriver browser;

	@BeforeAll
	void collectVectorUsersAndBrowser() throws Exception {
		TestDatabase.wipe(dataSource);
		jdbc = new JdbcTemplate(dataSource);
		ledgerImport
			.run(new ImportRequest(vector("estates.csv"), vector("households.csv"), vector("ledger.csv"), null));
		collectionImport.run(new CollectionImportRequest(vector("collectors.csv"), vector("contacts.csv"),
				vector("holds.csv"), null, null));
		users.add("fin", Role.FINANCE, null, PASSWORD.toCharArray());
		users.add("c01", Role.COLLECTOR, "C01", PASSWORD.toCharArray());

		browser = BrowserAvailable.start();
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void signInAHouseholdPageAndAPromiseOnTheWorkList() {
		signIn("fin");
		assertThat(text("signed-in")).contains("fin", "FINANCE");
		open("/households/H13");
		assertThat(text("owner-name")).isEqualTo("冯十三");
		assertThat(text("owner-phone")).isEqualTo("13800000013");
		assertThat(jdbc.queryForList("SELECT target FROM access_log WHERE username = 'fin'", String.class))
			.containsExactly("household H13");
		// a waiver, with who approved it, in the ledger and waiver_approval (V54)
		WebElement waiver = browser.findElement(By.id("waiver-form"));
		waiver.findElement(By.tagName("summary")).click();
		waiver.findElement(By.name("amount")).sendKeys("5.50");
		waiver.findElement(By.name("approvedBy")).sendKeys("王总");
		waiver.findElement(By.tagName("button")).click();
		assertThat(text("recorded")).contains("WEB-WAIVER-H13-20260205150000");
		assertThat(jdbc.queryForObject("SELECT amount FROM ledger_entry WHERE reference = ?", String.class,
				"WEB-WAIVER-H13-20260205150000"))
			.isEqualTo("5.50");
		assertThat(jdbc.queryForMap("SELECT approved_by, entered_by FROM waiver_approval"))
			.containsEntry("approved_by", "王总")
			.containsEntry("entered_by", "fin");

		signIn("c01");
		open("/worklist");
		WebElement line = browser.findElement(By.id("line-H13"));
		line.findElement(By.tagName("summary")).click();
		line.findElement(By.name("channel")).sendKeys("VISIT");
		line.findElement(By.name("promiseDate")).sendKeys("02102026");
		line.findElement(By.name("note")).sendKeys("业主答应发工资后缴纳");
		line.findElement(By.cssSelector("form.contact button")).click();
		assertThat(text("recorded")).contains("WEB-H13-C01-20260205150000");
		Map<String, Object> contact = jdbc.queryForMap("SELECT * FROM contact WHERE household_code = 'H13'");
		assertThat(contact).containsEntry("reference", "WEB-H13-C01-20260205150000")
			.containsEntry("outcome", "PROMISED")
			.containsEntry("note", "业主答应发工资后缴纳");
		assertThat(contact.get("promise_date").toString()).isEqualTo("2026-02-10");
		assertThat(contact.get("recorded_at").toString()).startsWith("2026-02-05");
		assertThat(contact.get("recorded_at").toString()).contains("15:00");
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void signIn(String user) {
		browser.manage().deleteAllCookies();
		open("/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> !page.getCurrentUrl().endsWith("/login"));
	}

	private String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private static Path vector(String name) throws IOException {
		return new ClassPathResource("vectors/collect/" + name).getFile().toPath();
	}

}
