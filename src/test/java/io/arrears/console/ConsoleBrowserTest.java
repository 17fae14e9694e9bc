package io.arrears.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.collection.CollectionImport;
import io.arrears.collection.CollectionImportRequest;
import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.InjectedFailure;
import io.arrears.ledger.ImportRequest;
import io.arrears.ledger.LedgerImport;
import io.arrears.testing.BrowserAvailable;
import io.arrears.testing.TestDatabase;

/**
 * The console in a real browser (headless Debian chromium): the {@code collect} vector,
 * today 2026-02-05 in Hangzhou, a user of each role. One Spring context on a random port
 * and one browser for the whole class; the tests run in order, the last one writes (a
 * promise, then the next day's dunning run).
 */
@ExtendWith({ BrowserAvailable.class, OutputCaptureExtension.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet",
				"spring.datasource.url=jdbc:h2:mem:console-browser;MODE=MySQL;DB_CLOSE_DELAY=-1",
				"arrears.output-dir=target/test-out/console" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

	/** 15:00 on 2026-02-05 in the estates' zone. */
	static final Instant NOW = Instant.parse("2026-02-05T07:00:00Z");

	static final String PASSWORD = "correct-horse-battery";

	@TestConfiguration
	static class Today {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
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

	@Autowired
	DunningRuns dunning;

	@Autowired
	Scheduler scheduler;

	JdbcTemplate jdbc;

	ChromeDriver browser;

	@TempDir
	Path profile;

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
		users.add("c02", Role.COLLECTOR, "C02", PASSWORD.toCharArray());
		users.add("aud", Role.AUDITOR, null, PASSWORD.toCharArray());
		users.add("adm", Role.ADMIN, null, PASSWORD.toCharArray());
		users.add("guess", Role.AUDITOR, null, PASSWORD.toCharArray());

		browser = BrowserAvailable.start();
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void signedOut() {
		if (browser != null) {
			browser.manage().deleteAllCookies();
		}
	}

	@Test
	@Order(1)
	void anUnauthenticatedRequestGetsTheLoginPageAndNoData() {
		open("/households/H13");

		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(browser.findElement(By.id("login")).isDisplayed()).isTrue();
		assertThat(browser.getPageSource()).doesNotContain("冯十三", "13800000013", "H13");
	}

	@Test
	@Order(2)
	void eachRoleSignsInAndSeesWhatItMay() {
		signIn("fin");
		assertThat(text("signed-in")).contains("fin", "FINANCE");
		open("/households/H13");
		assertThat(text("owner-name")).isEqualTo("冯十三");
		assertThat(text("owner-phone")).isEqualTo("13800000013");
		open("/estates/E01");
		assertThat(browser.findElement(By.id("households")).getText()).contains("H13", "H14");
		open("/jobs");
		assertThat(status()).isEqualTo("403");

		signIn("aud");
		open("/households/H13");
		assertThat(text("owner-name")).isEqualTo("冯**");
		assertThat(text("owner-phone")).isEqualTo("138****0013");
		assertThat(browser.getPageSource()).doesNotContain("13800000013", "冯十三");
		open("/jobs");
		assertThat(browser.findElement(By.id("jobs")).getText()).contains("import-collection");

		signIn("adm");
		assertThat(text("signed-in")).contains("ADMIN");
		open("/jobs");
		assertThat(browser.findElement(By.id("jobs")).isDisplayed()).isTrue();
		open("/worklist");
		assertThat(status()).isEqualTo("403");

		signIn("c02");
		open("/worklist");
		assertThat(browser.findElements(By.cssSelector("ol.cards > li"))).extracting(e -> e.getAttribute("id"))
			.contains("line-H14");

		assertThat(jdbc.queryForList("SELECT username FROM access_log WHERE target = 'household H13'"
				+ " AND action = 'VIEW_HOUSEHOLD' ORDER BY access_id", String.class))
			.containsExactly("fin", "aud");
	}

	@Test
	@Order(3)
	void aCollectorSeesOwnHouseholdAndGets403ForAnothersWithoutItsPhone() {
		signIn("c01");
		open("/worklist");
		assertThat(browser.findElements(By.cssSelector("ol.cards > li"))).extracting(e -> e.getAttribute("id"))
			// the C01 lines of expected-worklist-2026-02-05.csv, in rank order
			.containsExactly("line-H11", "line-H12", "line-H13", "line-H16", "line-H2", "line-H9");

		open("/households/H13");
		assertThat(text("household")).isEqualTo("H13");
		assertThat(text("owner-phone")).isEqualTo("13800000013");

		// H14 is on hold: the manager's, C02's list
		open("/households/H14");
		assertThat(status()).isEqualTo("403");
		assertThat(browser.getPageSource()).doesNotContain("13800000014", "14 ");

		List<Map<String, Object>> log = jdbc
			.queryForList("SELECT username, action, target, accessed_at FROM access_log WHERE username = 'c01'"
					+ " ORDER BY access_id");
		assertThat(log).extracting(r -> r.get("action") + " " + r.get("target"))
			.containsExactly("VIEW_HOUSEHOLD household H13", "DENIED household H14");
	}

	@Test
	@Order(4)
	void fiveWrongPasswordsLockTheUserEvenAgainstTheRightOne() {
		for (int i = 0; i < ConsoleUsers.MAX_FAILURES; i++) {
			signIn("guess", "wrong-password-" + i);
			assertThat(browser.getCurrentUrl()).endsWith("/login?error");
		}
		signIn("guess", PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/login?error");
		assertThat(users.find("guess").orElseThrow().lockedUntil()).isNotNull();

		signIn("nobody", PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/login?error");
	}

	@Test
	@Order(5)
	void aPromiseRecordedOnTheWorkListHoldsTheNextDaysReminder() throws Exception {
		signIn("c01");
		open("/worklist");
		WebElement line = browser.findElement(By.id("line-H13"));
		line.findElement(By.tagName("summary")).click();
		line.findElement(By.name("channel")).sendKeys("VISIT");
		line.findElement(By.name("promiseDate")).sendKeys("02102026");
		line.findElement(By.name("note")).sendKeys("业主答应发工资后缴纳");
		line.findElement(By.cssSelector("form.contact button")).click();

		assertThat(text("recorded")).contains("H13", "WEB-H13-C01-20260205150000");
		Map<String, Object> contact = jdbc.queryForMap("SELECT * FROM contact WHERE household_code = 'H13'");
		assertThat(contact).containsEntry("REFERENCE", "WEB-H13-C01-20260205150000")
			.containsEntry("COLLECTOR_CODE", "C01")
			.containsEntry("OUTCOME", "PROMISED")
			.containsEntry("CHANNEL", "VISIT");
		assertThat(contact.get("PROMISE_DATE").toString()).isEqualTo("2026-02-10");
		assertThat(contact.get("RECORDED_AT").toString()).startsWith("2026-02-05 15:00:00");

		// the same rules as contacts.csv: a promise 20 days out is refused, nothing
		// stored
		open("/worklist");
		line = browser.findElement(By.id("line-H12"));
		line.findElement(By.tagName("summary")).click();
		line.findElement(By.name("promiseDate")).sendKeys("02252026");
		line.findElement(By.cssSelector("form.contact button")).click();
		assertThat(text("rejected")).contains("max-promise-days");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact WHERE reference LIKE 'WEB-H12-%'", Integer.class))
			.isZero();

		// H13 enters REMINDER_6 on 2026-02-06: the promise keeps it back; H12 gets its
		// own
		dunning.run(LocalDate.parse("2026-02-06"));
		assertThat(jdbc.queryForList("SELECT household_code FROM notice WHERE issued_on = '2026-02-06'"
				+ " AND kind = 'REMINDER' AND number = 6 ORDER BY household_code", String.class))
			.contains("H12")
			.doesNotContain("H13");
		assertThat(jdbc.queryForMap("SELECT cause, cause_reference, until_date FROM notice_suppression"
				+ " WHERE household_code = 'H13' AND as_of = '2026-02-06'"))
			.containsEntry("CAUSE", "PROMISE")
			.containsEntry("CAUSE_REFERENCE", "WEB-H13-C01-20260205150000");

		signIn("fin");
		open("/documents");
		WebElement batch = browser.findElements(By.cssSelector("#files a"))
			.stream()
			.filter(a -> a.getText().startsWith("E01/2026-02-06/REMINDER/print-batch"))
			.findFirst()
			.orElseThrow();
		HttpResponse<byte[]> pdf = get(batch.getAttribute("href"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(jdbc.queryForList("SELECT target FROM access_log WHERE username = 'fin' AND action = 'DOWNLOAD'",
				String.class))
			.containsExactly(batch.getText());
		assertThat(get("http://localhost:" + port + "/documents/file?path=../../pom.xml").statusCode()).isEqualTo(404);

		open("/");
		assertThat(browser.findElement(By.id("stages")).getText()).contains("锦绣花园");
		screenshot("console-today.png");
		open("/households/H13");
		assertThat(browser.findElement(By.id("suppressions")).getText()).contains("PROMISE",
				"WEB-H13-C01-20260205150000");
		screenshot("console-household.png");
	}

	@Test
	@Order(6)
	void theHouseholdPageListsItsNoticesEachWithThePdfThatWasSent() throws Exception {
		// H12 (C01's) got its REMINDER 6 in the run of 2026-02-06 above
		List<Map<String, Object>> registry = jdbc.queryForList("SELECT notice_id, kind, number, episode_due_date,"
				+ " total, print_batch, first_page, last_page, fingerprint FROM notice WHERE household_code = 'H12'"
				+ " ORDER BY issued_on DESC, notice_id DESC");
		signIn("c01");
		open("/households/H12");
		assertThat(browser.findElements(By.cssSelector("#notices tbody tr"))).extracting(r -> r.getAttribute("id"))
			.containsExactlyElementsOf(registry.stream().map(n -> "notice-" + n.get("notice_id")).toList());
		Map<String, Object> notice = registry.get(0);
		long id = ((Number) notice.get("notice_id")).longValue();
		String total = ((BigDecimal) notice.get("total")).toPlainString();
		assertThat(notice).containsEntry("KIND", "REMINDER").containsEntry("NUMBER", 6);
		WebElement row = browser.findElement(By.id("notice-" + id));
		assertThat(row.findElement(By.className("kind")).getText()).isEqualTo("REMINDER 6");
		assertThat(row.findElement(By.className("total")).getText()).isEqualTo(total);
		assertThat(row.findElement(By.className("batch")).getText())
			.isEqualTo(notice.get("print_batch") + " p." + notice.get("first_page") + "–" + notice.get("last_page"));
		assertThat(row.findElement(By.className("delivery")).getText()).isEqualTo("未知");

		HttpResponse<byte[]> pdf = get(row.findElement(By.cssSelector("a.pdf")).getAttribute("href"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		String episode = notice.get("episode_due_date").toString().replace("-", "");
		String file = "E01_H12_REMINDER-06_" + episode + ".pdf";
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"" + file + "\"");
		// the SHA-256 of the data it was rendered from: the one the registry recorded
		assertThat(pdf.headers().firstValue("X-Notice-Fingerprint").orElseThrow()).isEqualTo(notice.get("fingerprint"));
		Path output = Path.of("target/test-out/console");
		try (PDDocument alone = Loader.loadPDF(pdf.body());
				PDDocument batch = Loader.loadPDF(output.resolve((String) notice.get("print_batch")).toFile())) {
			String text = text(alone, 1, alone.getNumberOfPages());
			assertThat(text).contains("编号：H12-" + episode + "-6", total);
			// what was sent: the notice's pages of the day's print batch
			assertThat(text).isEqualTo(text(batch, ((Number) notice.get("first_page")).intValue(),
					((Number) notice.get("last_page")).intValue()));
		}
		assertThat(jdbc.queryForList("SELECT target FROM access_log WHERE username = 'c01' AND action = 'DOWNLOAD'",
				String.class))
			.containsExactly("notice " + id + " " + file);
		try (var files = Files.walk(output)) {
			assertThat(files.map(f -> f.getFileName().toString())).doesNotContain(file);
		}

		// the household moved since: its data no longer renders to what was sent, so
		// nothing is served (as export document --notice writes nothing)
		String address = jdbc.queryForObject("SELECT mailing_address FROM household WHERE household_code = 'H12'",
				String.class);
		jdbc.update("UPDATE household SET mailing_address = '杭州市西湖区文三路 90 号' WHERE household_code = 'H12'");
		try {
			assertThat(get("http://localhost:" + port + "/households/H12/notices/" + id).statusCode()).isEqualTo(409);
		}
		finally {
			jdbc.update("UPDATE household SET mailing_address = ? WHERE household_code = 'H12'", address);
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE username = 'c01' AND action = 'DOWNLOAD'",
				Integer.class))
			.isOne();

		// H3 is C02's: neither under its own path nor under one of C01's households
		long another = jdbc.queryForObject("SELECT MIN(notice_id) FROM notice WHERE household_code = 'H3'", Long.class);
		assertThat(get("http://localhost:" + port + "/households/H3/notices/" + another).statusCode()).isEqualTo(403);
		assertThat(get("http://localhost:" + port + "/households/H12/notices/" + another).statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForList("SELECT target FROM access_log WHERE username = 'c01' AND action = 'DENIED'"
				+ " AND target LIKE 'notice %' ORDER BY access_id", String.class))
			.containsExactly("notice " + another + " of household H3", "notice " + another + " of household H12");

		// the administrator sees names masked: not the notice that names the owner
		signIn("adm");
		open("/households/H12");
		assertThat(browser.findElements(By.cssSelector("#notices a.pdf"))).isEmpty();
		assertThat(get("http://localhost:" + port + "/households/H12/notices/" + id).statusCode()).isEqualTo(403);
	}

	/** The text of a PDF's pages, without spaces. */
	private static String text(PDDocument pdf, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(pdf).replaceAll("[\\s\\u3000]+", "");
	}

	@Test
	@Order(7)
	void anAuditorStartsADryRunReRunAndReadsItsDifferencesAndReport() throws Exception {
		signIn("fin");
		open("/audit");
		assertThat(status()).isEqualTo("403");
		signIn("adm");
		open("/audit");
		assertThat(browser.findElements(By.id("rerun"))).isEmpty();

		int stageRows = jdbc.queryForObject("SELECT COUNT(*) FROM stage_history", Integer.class);
		int notices = jdbc.queryForObject("SELECT COUNT(*) FROM notice", Integer.class);
		signIn("aud");
		open("/audit");
		WebElement form = browser.findElement(By.id("rerun"));
		form.findElement(By.name("job")).sendKeys("dunning");
		form.findElement(By.name("from")).sendKeys("02052026");
		form.findElement(By.name("to")).sendKeys("02052026");
		form.findElement(By.name("mode")).sendKeys("REPLAY");
		form.findElement(By.tagName("button")).click();
		assertThat(text("started")).contains("rerun dunning 2026-02-05..2026-02-05 replay, dry run");

		long runId = jdbc.queryForObject("SELECT MAX(run_id) FROM audit_run", Long.class);
		String finished = until(() -> {
			open("/audit");
			String state = browser.findElement(By.cssSelector("#run-" + runId + " .status")).getText();
			return state.equals("STARTED") ? null : state;
		});
		assertThat(finished).isEqualTo("COMPLETED");
		assertThat(browser.findElement(By.id("launches")).getText()).contains("aud", "DONE",
				"audit run " + runId + ": differences");
		// a dry run: the record is as it was
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stage_history", Integer.class)).isEqualTo(stageRows);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice", Integer.class)).isEqualTo(notices);
		assertThat(jdbc.queryForObject("SELECT dry_run FROM audit_run WHERE run_id = ?", Boolean.class, runId))
			.isTrue();

		open("/audit/runs/" + runId);
		int differences = jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_difference WHERE run_id = ? AND kind <> 'WITHHELD'", Integer.class, runId);
		assertThat(text("count")).isEqualTo(String.valueOf(differences));
		// 2026-02-05 was never run: what the re-run computes for H13 was never recorded
		assertThat(browser.findElement(By.id("differences")).getText()).contains("H13", "STAGE");
		screenshot("console-audit-run.png");
		HttpResponse<byte[]> csv = get("http://localhost:" + port + "/audit/runs/" + runId + "/report.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("H13");
		assertThat(jdbc.queryForList("SELECT target FROM access_log WHERE username = 'aud' AND action = 'DOWNLOAD'",
				String.class))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("audit/")
			.endsWith(".csv");
	}

	@Test
	@Order(8)
	void financeRecordsHoldsAndWaiversThroughTheImportsRules() {
		signIn("c01");
		open("/households/H13");
		assertThat(browser.findElements(By.id("hold-form"))).isEmpty();

		signIn("fin");
		open("/households/H12");
		WebElement hold = browser.findElement(By.id("hold-form"));
		hold.findElement(By.tagName("summary")).click();
		hold.findElement(By.name("reason")).sendKeys("DISPUTE");
		hold.findElement(By.name("untilDate")).sendKeys("06302026");
		hold.findElement(By.name("approvedBy")).sendKeys("李经理");
		hold.findElement(By.tagName("button")).click();
		// holds.csv's rule: at most max-hold-days (90) after from_date
		assertThat(text("rejected")).contains("max-hold-days");
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM collection_hold WHERE household_code = 'H12'", Integer.class))
			.isZero();

		hold = browser.findElement(By.id("hold-form"));
		hold.findElement(By.tagName("summary")).click();
		hold.findElement(By.name("reason")).sendKeys("DISPUTE");
		hold.findElement(By.name("untilDate")).sendKeys("02202026");
		hold.findElement(By.name("approvedBy")).sendKeys("李经理");
		hold.findElement(By.name("note")).sendKeys("业主对账单有异议");
		hold.findElement(By.tagName("button")).click();
		assertThat(text("recorded")).contains("WEB-HOLD-H12-20260205150000");
		Map<String, Object> stored = jdbc.queryForMap("SELECT * FROM collection_hold WHERE household_code = 'H12'");
		assertThat(stored).containsEntry("REASON", "DISPUTE").containsEntry("APPROVED_BY", "李经理");
		assertThat(stored.get("FROM_DATE").toString()).isEqualTo("2026-02-05");
		assertThat(stored.get("UNTIL_DATE").toString()).isEqualTo("2026-02-20");
		assertThat(stored.get("RECORDED_AT").toString()).startsWith("2026-02-05 15:00:00");
		assertThat(browser.findElement(By.id("holds")).getText()).contains("DISPUTE", "2026-02-20", "李经理");

		// a RELEASE ends H14's hardship hold from today: no until date
		open("/households/H14");
		hold = browser.findElement(By.id("hold-form"));
		hold.findElement(By.tagName("summary")).click();
		hold.findElement(By.name("reason")).sendKeys("RELEASE");
		hold.findElement(By.name("approvedBy")).sendKeys("李经理");
		hold.findElement(By.tagName("button")).click();
		assertThat(text("recorded")).contains("WEB-HOLD-H14-20260205150000");
		assertThat(jdbc.queryForMap(
				"SELECT reason, until_date FROM collection_hold" + " WHERE reference = 'WEB-HOLD-H14-20260205150000'"))
			.containsEntry("REASON", "RELEASE")
			.containsEntry("UNTIL_DATE", null);

		open("/households/H13");
		WebElement waiver = browser.findElement(By.id("waiver-form"));
		waiver.findElement(By.tagName("summary")).click();
		waiver.findElement(By.name("amount")).sendKeys("0.00");
		waiver.findElement(By.name("approvedBy")).sendKeys("王总");
		waiver.findElement(By.tagName("button")).click();
		// ledger.csv's rule
		assertThat(text("rejected")).contains("negative or zero amount");

		waiver = browser.findElement(By.id("waiver-form"));
		waiver.findElement(By.tagName("summary")).click();
		waiver.findElement(By.name("amount")).sendKeys("5.50");
		waiver.findElement(By.tagName("button")).click();
		// the browser's own check keeps a waiver without its approver from being sent
		assertThat(browser.getCurrentUrl()).endsWith("/households/H13");
		waiver.findElement(By.name("approvedBy")).sendKeys("王总");
		waiver.findElement(By.tagName("button")).click();
		assertThat(text("recorded")).contains("WEB-WAIVER-H13-20260205150000");
		Map<String, Object> entry = jdbc
			.queryForMap("SELECT * FROM ledger_entry WHERE reference = 'WEB-WAIVER-H13-20260205150000'");
		assertThat(entry).containsEntry("ENTRY_TYPE", "LATE_FEE_WAIVER").containsEntry("HOUSEHOLD_CODE", "H13");
		assertThat(entry.get("AMOUNT").toString()).isEqualTo("5.50");
		assertThat(entry.get("EFFECTIVE_DATE").toString()).isEqualTo("2026-02-05");
		assertThat(entry.get("RECORDED_AT").toString()).startsWith("2026-02-05 15:00:00");
		assertThat(jdbc.queryForMap("SELECT approved_by, entered_by FROM waiver_approval"
				+ " WHERE reference = 'WEB-WAIVER-H13-20260205150000'"))
			.containsEntry("APPROVED_BY", "王总")
			.containsEntry("ENTERED_BY", "fin");
		assertThat(browser.findElement(By.id("ledger")).getText()).contains("LATE_FEE_WAIVER", "5.50", "王总");
	}

	@Test
	@Order(9)
	void financeRunsTheMonthEndOfJanuaryAndDownloadsItsPack() throws Exception {
		signIn("aud");
		open("/month-end");
		assertThat(browser.findElements(By.id("month-end-run"))).isEmpty();
		// nor may it send the form: reading a page is not acting on it
		assertThat(post("/month-end/runs", "month=2026-01")).isEqualTo(403);
		signIn("c01");
		assertThat(
				post("/households/H13/holds", "reason=DISPUTE&fromDate=2026-02-05&untilDate=2026-02-20&approvedBy=x"))
			.isEqualTo(403);
		signIn("adm");
		assertThat(post("/audit/reruns", "job=dunning&from=2026-02-05&to=2026-02-05&mode=REPLAY")).isEqualTo(403);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM collection_hold WHERE household_code = 'H13'" + " AND reference LIKE 'WEB-%'",
				Integer.class))
			.isZero();

		signIn("fin");
		open("/month-end");
		WebElement form = browser.findElement(By.id("month-end-run"));
		new org.openqa.selenium.support.ui.Select(form.findElement(By.name("month"))).selectByValue("2026-01");
		form.findElement(By.tagName("button")).click();
		assertThat(text("started")).contains("month-end 2026-01-31");
		String state = until(() -> {
			open("/month-end");
			String s = browser.findElement(By.cssSelector("#launches .state")).getText();
			return s.equals("QUEUED") || s.equals("RUNNING") ? null : s;
		});
		assertThat(state).isEqualTo("DONE");
		screenshot("console-month-end.png");

		WebElement pack = browser.findElements(By.cssSelector("#files a"))
			.stream()
			.filter(a -> a.getText().equals("E01/2026-01-31/MONTH_END/month-end-2026-01-31.pdf"))
			.findFirst()
			.orElseThrow();
		HttpResponse<byte[]> pdf = get(pack.getAttribute("href"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"month-end-2026-01-31.pdf\"");
		assertThat(jdbc.queryForList("SELECT target FROM access_log WHERE username = 'fin' AND action = 'DOWNLOAD'"
				+ " ORDER BY access_id DESC", String.class))
			.first()
			.isEqualTo("E01/2026-01-31/MONTH_END/month-end-2026-01-31.pdf");
		assertThat(
				jdbc.queryForObject(
						"SELECT STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
								+ " ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'month-end'",
						String.class))
			.isEqualTo("COMPLETED");
	}

	@Test
	@Order(10)
	void anAdminRestartsAFailedDunningRunFromTheJobsPage() throws Exception {
		InjectedFailure.install(jdbc, "H13", LocalDate.parse("2026-02-04"));
		try {
			assertThat(dunning.run(LocalDate.parse("2026-02-04")).status().name()).isEqualTo("FAILED");
		}
		finally {
			InjectedFailure.remove(jdbc);
		}
		long failed = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
		assertThat(jdbc.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
				String.class, failed))
			.isEqualTo("FAILED");

		signIn("aud");
		open("/jobs");
		assertThat(browser.findElements(By.cssSelector("form.restart"))).isEmpty();

		signIn("adm");
		open("/jobs");
		// the button only on the failed execution, none on the completed ones
		assertThat(browser.findElements(By.cssSelector("form.restart")))
			.extracting(f -> f.findElement(By.xpath("./ancestor::tr")).getAttribute("id"))
			.containsExactly("execution-" + failed);
		browser.findElement(By.cssSelector("#execution-" + failed + " form.restart button")).click();
		assertThat(text("started")).contains("jobs restart " + failed);
		String state = until(() -> {
			open("/jobs");
			String s = browser.findElement(By.cssSelector("#launches .state")).getText();
			return s.equals("QUEUED") || s.equals("RUNNING") ? null : s;
		});
		assertThat(state).isEqualTo("DONE");
		assertThat(browser.findElement(By.id("launches")).getText()).contains("dunning", "COMPLETED");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM stage_history WHERE household_code = 'H13'" + " AND as_of = '2026-02-04'",
				Integer.class))
			.isEqualTo(1);
		// the restart is an execution of its own, completed; the failed one stays in the
		// history as it ended
		long restarted = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
		assertThat(restarted).isGreaterThan(failed);
		assertThat(browser.findElement(By.id("execution-" + restarted)).getText()).contains("dunning", "COMPLETED");
		assertThat(browser.findElements(By.cssSelector("#execution-" + restarted + " form.restart"))).isEmpty();
	}

	@Test
	@Order(11)
	void todayShowsThePlannedFiringsAndThisMonthsRecoveryPerEstate() throws Exception {
		signIn("fin");
		open("/");
		// the test's context starts no scheduler, as `console` alone
		assertThat(text("not-scheduling")).contains("jobs/schedules.yml");
		// the next of each job after 15:00: the inbox every ten minutes, dunning at 07:00
		assertThat(browser.findElements(By.cssSelector("#firings tbody tr"))).extracting(WebElement::getText)
			.startsWith("import-inbox 2026-02-05 15:10", "dunning 2026-02-06 07:00");
		// opening: the principal overdue of 2026-01-31 (the month-end run above);
		// recovered: two of February's four payments of 300.00 up to today, the others
		// from households not in arrears on 01-31
		assertThat(text("recovery-E01")).isEqualTo("锦绣花园 3,600.00 600.00 16.7%");
		assertThat(browser.findElement(By.cssSelector("#recovery-chart rect.bar")).getAttribute("width"))
			.isEqualTo("33");
		screenshot("console-today.png");
	}

	@Test
	@Order(12)
	void whenTheSchedulerRunsTodayShowsItsTriggersNextFireTimes() throws Exception {
		// triggers of their own, starting at 15:03 on 2030-02-05, so that nothing fires
		// while the
		// scheduler runs: the page shows the triggers' next fire times, not the plan
		TimeZone shanghai = TimeZone.getTimeZone("Asia/Shanghai");
		Date start = Date.from(Instant.parse("2030-02-05T07:03:00Z"));
		JobDetail job = JobBuilder.newJob(NeverFired.class)
			.withIdentity("panel-test", "panel-test")
			.storeDurably()
			.build();
		scheduler.addJob(job, true);
		scheduler.scheduleJob(TriggerBuilder.newTrigger()
			.withIdentity("import-inbox", "panel-test")
			.forJob(job)
			.startAt(start)
			.withSchedule(CronScheduleBuilder.cronSchedule("0 0/10 * * * ?").inTimeZone(shanghai))
			.build());
		scheduler.scheduleJob(TriggerBuilder.newTrigger()
			.withIdentity("dunning", "panel-test")
			.forJob(job)
			.startAt(start)
			.withSchedule(CronScheduleBuilder.cronSchedule("0 0 7 * * ?").inTimeZone(shanghai))
			.build());
		scheduler.start();
		try {
			signIn("adm");
			open("/");
			assertThat(browser.findElements(By.id("not-scheduling"))).isEmpty();
			assertThat(browser.findElements(By.cssSelector("#firings tbody tr"))).extracting(WebElement::getText)
				.containsExactly("import-inbox 2030-02-05 15:10", "dunning 2030-02-06 07:00");
		}
		finally {
			scheduler.standby();
			scheduler.deleteJob(job.getKey());
		}
	}

	/** The job of the panel's triggers; they start after the test has ended. */
	public static class NeverFired implements Job {

		@Override
		public void execute(JobExecutionContext context) {
			throw new IllegalStateException("a trigger of the next-firings test fired");
		}

	}

	/** Polls until the answer is not null, for a run started in the background. */
	private <T> T until(java.util.function.Supplier<T> answer) {
		return new WebDriverWait(browser, Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(500))
			.until(page -> answer.get());
	}

	/**
	 * A form's POST with the browser's session and its CSRF token (from the sign-out form
	 * every page has): the status code.
	 */
	private int post(String path, String form) throws Exception {
		open("/");
		String token = browser.findElement(By.cssSelector("form[action='/logout'] input[name='_csrf']"))
			.getAttribute("value");
		String session = browser.manage().getCookieNamed("ARREARS_SESSION").getValue();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Cookie", "ARREARS_SESSION=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** A GET with the browser's session, as a download would be. */
	private HttpResponse<byte[]> get(String url) throws Exception {
		String session = browser.manage().getCookieNamed("ARREARS_SESSION").getValue();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Cookie", "ARREARS_SESSION=" + session)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	@Test
	@Order(13)
	void aPasswordIsInNoLogNoUrlAndNoAccessLogRow(CapturedOutput output) {
		// Spring Security at DEBUG for the two sign-ins: the most it would ever log
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("org.springframework.security", LogLevel.DEBUG);
		String wrong = "wrong-horse-battery";
		String refusedAt;
		String signedInAt;
		try {
			signIn("aud", wrong);
			refusedAt = browser.getCurrentUrl();
			signIn("aud");
			signedInAt = browser.getCurrentUrl();
		}
		finally {
			logging.setLogLevel("org.springframework.security", null);
		}
		assertThat(refusedAt).endsWith("/login?error");
		assertThat(signedInAt).doesNotContain("/login");
		assertThat(refusedAt + signedInAt).doesNotContain(wrong).doesNotContain(PASSWORD);
		// the capture saw the sign-ins: Spring Security's own lines are there
		assertThat(output.getAll()).containsPattern("DEBUG\\s+o\\.s\\.s\\.");
		assertThat(output.getAll()).doesNotContain(wrong).doesNotContain(PASSWORD);
		assertThat(jdbc.queryForList("SELECT CONCAT(username, ' ', action, ' ', target) FROM access_log", String.class))
			.isNotEmpty()
			.noneMatch(row -> row.contains(wrong) || row.contains(PASSWORD));
	}

	private void signIn(String user) {
		signIn(user, PASSWORD);
	}

	private void signIn(String user, String password) {
		browser.manage().deleteAllCookies();
		open("/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		// the click returns before the form's answer has loaded: wait for it (the page
		// asked for, or the login page again with ?error), never for a fixed time
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> !page.getCurrentUrl().endsWith("/login"));
	}

	private String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private String status() {
		return text("status");
	}

	/**
	 * Into target/screenshots, and into {@code -Darrears.test.screenshots=docs/images}
	 * when given (the README's).
	 */
	private void screenshot(String name) throws IOException {
		File shot = browser.getScreenshotAs(OutputType.FILE);
		Path target = Path.of("target/screenshots");
		Files.createDirectories(target);
		Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		String docs = System.getProperty("arrears.test.screenshots");
		if (docs != null) {
			Files.createDirectories(Path.of(docs));
			Files.copy(shot.toPath(), Path.of(docs, name), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static Path vector(String name) throws IOException {
		return new ClassPathResource("vectors/collect/" + name).getFile().toPath();
	}

}
