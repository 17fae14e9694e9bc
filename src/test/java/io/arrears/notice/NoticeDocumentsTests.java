package io.arrears.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.DunningRuns;
import io.arrears.document.ChineseAmount;
import io.arrears.testing.TestDatabase;
import io.arrears.dunning.VectorLoader;

/**
 * The documents the dunning job issues, read back from their PDFs: each notice of the
 * registry has its file and fingerprint, the file says what the registry and the ledger
 * say, to the fen, and the day's print batch holds every notice of the day in delivery
 * order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NoticeDocumentsTests {

	private static final LocalDate LAWYER_DAY = LocalDate.parse("2026-03-06");

	/** H2 owes since 2026-01-05: day 75, LEGAL. */
	private static final LocalDate LEGAL_DAY = LocalDate.parse("2026-03-21");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DunningRuns runs;

	@Value("${arrears.output-dir}")
	Path outputDir;

	@BeforeAll
	void runTheBasicVectorIntoMarch() throws Exception {
		TestDatabase.wipe(dataSource);
		VectorLoader.load(jdbc, "basic");
		runs.run(LocalDate.parse("2026-01-01"), LEGAL_DAY, day -> {
		});
	}

	@Test
	void everyNoticeHasAFileAndAFingerprint() {
		List<Map<String, Object>> notices = jdbc.queryForList("SELECT file_path, fingerprint FROM notice");
		assertThat(notices).hasSizeGreaterThan(20);
		for (Map<String, Object> notice : notices) {
			assertThat(outputDir.resolve((String) notice.get("file_path"))).isRegularFile();
			assertThat((String) notice.get("fingerprint")).matches("[0-9a-f]{64}");
		}
	}

	@Test
	void aReminderStatesWhatTheLedgerSaysToTheFen() throws IOException {
		Map<String, Object> notice = jdbc.queryForMap("""
				SELECT n.file_path, n.principal, n.late_fee, n.total, s.principal_overdue
				  FROM notice n JOIN stage_history s ON s.household_code = n.household_code AND s.as_of = n.issued_on
				 WHERE n.household_code = 'H2' AND n.kind = 'REMINDER' AND n.number = 6
				""");
		BigDecimal lines = jdbc.queryForObject("""
				SELECT SUM(late_fee) FROM notice_line WHERE household_code = 'H2' AND kind = 'REMINDER' AND number = 6
				""", BigDecimal.class);

		String text = text(outputDir.resolve((String) notice.get("file_path")));

		assertThat((BigDecimal) notice.get("principal"))
			.isEqualByComparingTo((BigDecimal) notice.get("principal_overdue"))
			.isEqualByComparingTo("600.00");
		assertThat((BigDecimal) notice.get("late_fee")).isEqualByComparingTo(lines);
		// 1,200 yuan-days of January at 万分之三 = 2.88, plus February's one day 0.09
		assertThat((BigDecimal) notice.get("late_fee")).isEqualByComparingTo("2.97");
		assertThat(text).contains("第六次", "1幢1单元0102室", "600.00", "2.97", "602.97", "签收回执",
				ChineseAmount.of(new BigDecimal("602.97")));
	}

	@Test
	void theLawyersLetterStatesTheTotalInFiguresAndInCapitals() throws IOException {
		Map<String, Object> letter = jdbc
			.queryForMap("SELECT file_path, total FROM notice WHERE household_code = 'H2' AND kind = 'LAWYER_LETTER'");
		BigDecimal total = (BigDecimal) letter.get("total");
		String text = text(outputDir.resolve((String) letter.get("file_path")));

		assertThat(text).contains("律师函", "浙江明律律师事务所", total.toPlainString(), ChineseAmount.of(total));
		assertThat(text).contains("第九百四十四条");
	}

	@Test
	void aHouseholdAtLegalGetsACaseFileWithItsStatementAndEveryNotice() throws IOException {
		Map<String, Object> file = jdbc.queryForMap(
				"SELECT file_path, issued_on, principal, late_fee, total FROM notice WHERE household_code = 'H2' AND kind = 'CASE_FILE'");
		List<String> fingerprints = jdbc.queryForList(
				"SELECT fingerprint FROM notice WHERE household_code = 'H2' AND kind IN ('REMINDER', 'LAWYER_LETTER')",
				String.class);
		String text = text(outputDir.resolve((String) file.get("file_path")));

		assertThat(file.get("issued_on").toString()).isEqualTo(LEGAL_DAY.toString());
		// January to March, 300 each
		assertThat((BigDecimal) file.get("principal")).isEqualByComparingTo("900.00");
		assertThat(text).contains("C-H2-01", "C-H2-02", "C-H2-03", "900.00",
				((BigDecimal) file.get("total")).toPlainString());
		assertThat(fingerprints).hasSize(11);
		for (String fingerprint : fingerprints) {
			assertThat(text).as("the case file cites every notice by its fingerprint")
				.contains(fingerprint.substring(0, 16));
		}
		assertThat(jdbc.queryForList("SELECT kind FROM notice WHERE household_code = 'H2' AND kind = 'CASE_FILE'"))
			.as("one case file per episode")
			.hasSize(1);
	}

	@Test
	void theFontIsEmbedded() throws IOException {
		String file = jdbc.queryForObject(
				"SELECT file_path FROM notice WHERE household_code = 'H2' AND kind = 'REMINDER' AND number = 1",
				String.class);
		try (PDDocument pdf = Loader.loadPDF(outputDir.resolve(file).toFile())) {
			for (var name : pdf.getPage(0).getResources().getFontNames()) {
				PDFont font = pdf.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
		}
	}

	@Test
	void thePrintBatchHoldsTheDaysNoticesInDeliveryOrder() throws IOException {
		LocalDate day = LocalDate.parse("2026-02-20");
		List<String> households = jdbc.queryForList("""
				SELECT n.household_code FROM notice n JOIN household h ON h.household_code = n.household_code
				 WHERE n.issued_on = ? AND n.kind = 'REMINDER' ORDER BY h.building, h.unit, h.room
				""", String.class, day);
		Path batch = outputDir.resolve("E01/" + day + "/REMINDER/print-batch-REMINDER-" + day + "-part001.pdf");

		try (PDDocument pdf = Loader.loadPDF(batch.toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(households.size()).isGreaterThan(1);
			String previous = "";
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String room = stripper.getText(pdf).replaceAll("(?s).*?(\\d+幢\\d+单元\\d+室).*", "$1");
				assertThat(room).as("page %d in delivery order", page).isGreaterThan(previous);
				previous = room;
			}
		}
	}

	@Test
	void noNoticeMentionsCuttingUtilities() throws IOException {
		for (String file : jdbc.queryForList("SELECT file_path FROM notice", String.class)) {
			assertThat(text(outputDir.resolve(file))).doesNotContain("停水", "停电", "断水", "断电", "停暖", "停气");
		}
	}

	private static String text(Path pdf) throws IOException {
		assertThat(Files.size(pdf)).isPositive();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("[\\s\\u3000]+", "");
		}
	}

}
