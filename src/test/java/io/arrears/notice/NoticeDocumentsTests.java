package io.arrears.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * registry is on the pages of the print batch the registry records, in delivery order
 * after a cover sheet that counts them, and says what the registry and the ledger say, to
 * the fen; a notice exported alone on demand has the recorded fingerprint.
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

	@Autowired
	SingleNotice singleNotice;

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
	void everyNoticeIsInAPrintBatchAndHasAFingerprint() {
		List<Map<String, Object>> notices = jdbc.queryForList(
				"SELECT print_batch, first_page, last_page, file_path, fingerprint FROM notice WHERE kind <> 'CASE_FILE'");
		assertThat(notices).hasSizeGreaterThan(20);
		for (Map<String, Object> notice : notices) {
			assertThat(outputDir.resolve((String) notice.get("print_batch"))).isRegularFile();
			assertThat(((Number) notice.get("first_page")).intValue()).isGreaterThan(1);
			assertThat(((Number) notice.get("last_page")).intValue())
				.isGreaterThanOrEqualTo(((Number) notice.get("first_page")).intValue());
			assertThat(notice.get("file_path")).as("no file of its own by default (single-files: false)").isNull();
			assertThat((String) notice.get("fingerprint")).matches("[0-9a-f]{64}");
		}
		for (String file : jdbc.queryForList("SELECT file_path FROM notice WHERE kind = 'CASE_FILE'", String.class)) {
			assertThat(outputDir.resolve(file)).as("case files stay one file each").isRegularFile();
		}
	}

	@Test
	void aReminderStatesWhatTheLedgerSaysToTheFen() throws IOException {
		Map<String, Object> notice = jdbc.queryForMap("""
				SELECT n.print_batch, n.first_page, n.last_page, n.principal, n.late_fee, n.total, s.principal_overdue
				  FROM notice n JOIN stage_history s ON s.household_code = n.household_code AND s.as_of = n.issued_on
				 WHERE n.household_code = 'H2' AND n.kind = 'REMINDER' AND n.number = 6
				""");
		BigDecimal lines = jdbc.queryForObject("""
				SELECT SUM(late_fee) FROM notice_line WHERE household_code = 'H2' AND kind = 'REMINDER' AND number = 6
				""", BigDecimal.class);

		String text = printed(notice);

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
		Map<String, Object> letter = jdbc.queryForMap("SELECT print_batch, first_page, last_page, total FROM notice"
				+ " WHERE household_code = 'H2' AND kind = 'LAWYER_LETTER'");
		BigDecimal total = (BigDecimal) letter.get("total");
		String text = printed(letter);

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
		Map<String, Object> notice = jdbc.queryForMap("SELECT print_batch, first_page FROM notice"
				+ " WHERE household_code = 'H2' AND kind = 'REMINDER' AND number = 1");
		try (PDDocument pdf = Loader.loadPDF(outputDir.resolve((String) notice.get("print_batch")).toFile())) {
			var resources = pdf.getPage(((Number) notice.get("first_page")).intValue() - 1).getResources();
			for (var name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
		}
	}

	@Test
	void everyNoticeIsOnThePagesTheRegistrySaysInDeliveryOrderAfterACoverSheetThatCountsThem() throws IOException {
		List<Map<String, Object>> notices = jdbc.queryForList("""
				SELECT n.print_batch, n.first_page, n.last_page, n.total, h.building, h.unit, h.room
				  FROM notice n JOIN household h ON h.household_code = n.household_code
				 WHERE n.kind IN ('REMINDER', 'LAWYER_LETTER')
				 ORDER BY n.print_batch, n.first_page
				""");
		Map<String, List<Map<String, Object>>> batches = new TreeMap<>();
		notices.forEach(n -> batches.computeIfAbsent((String) n.get("print_batch"), b -> new ArrayList<>()).add(n));
		assertThat(batches).containsKey("E01/2026-02-20/REMINDER/print-batch-REMINDER-2026-02-20-part001.pdf");
		for (var batch : batches.entrySet()) {
			List<Map<String, Object>> inBatch = batch.getValue();
			try (PDDocument pdf = Loader.loadPDF(outputDir.resolve(batch.getKey()).toFile())) {
				assertThat(pages(pdf, 1, 1)).as(batch.getKey())
					.contains("投递封面", "共" + inBatch.size() + "份", "首户：" + room(inBatch.get(0)),
							"末户：" + room(inBatch.get(inBatch.size() - 1)));
				int expectedFirst = 2;
				String previous = "";
				for (Map<String, Object> notice : inBatch) {
					int first = ((Number) notice.get("first_page")).intValue();
					int last = ((Number) notice.get("last_page")).intValue();
					assertThat(first).as("%s: each notice follows the one before", batch.getKey())
						.isEqualTo(expectedFirst);
					String key = String.format("%5s%5s%8s", notice.get("building"), notice.get("unit"),
							notice.get("room"));
					assertThat(key).as("%s: delivery order", batch.getKey()).isGreaterThan(previous);
					assertThat(pages(pdf, first, last)).contains(room(notice),
							((BigDecimal) notice.get("total")).toPlainString());
					previous = key;
					expectedFirst = last + 1;
				}
				assertThat(pdf.getNumberOfPages()).isEqualTo(expectedFirst - 1);
			}
		}
	}

	@Test
	void aNoticeExportedOnDemandHasTheRecordedFingerprintAndTheTextOfItsPages() throws Exception {
		Map<String, Object> notice = jdbc.queryForMap("SELECT print_batch, first_page, last_page, fingerprint"
				+ " FROM notice WHERE household_code = 'H2' AND kind = 'REMINDER' AND number = 6");
		SingleNotice.Found found = singleNotice.find("H2-20260105-6").orElseThrow();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		singleNotice.write(found, pdf);

		assertThat(found.fingerprint()).isEqualTo(notice.get("fingerprint"));
		assertThat(found.matches()).isTrue();
		try (PDDocument alone = Loader.loadPDF(pdf.toByteArray())) {
			assertThat(alone.getNumberOfPages()).isEqualTo(
					((Number) notice.get("last_page")).intValue() - ((Number) notice.get("first_page")).intValue() + 1);
			assertThat(pages(alone, 1, alone.getNumberOfPages())).isEqualTo(printed(notice));
		}
		assertThat(singleNotice.find(Long.toString(found.noticeId())).orElseThrow().fingerprint())
			.isEqualTo(found.fingerprint());
		assertThat(singleNotice.find("H2-20260105").orElseThrow().document().kind().name()).isEqualTo("LAWYER_LETTER");
		assertThat(singleNotice.find("H2-20260105-11")).isEmpty();
	}

	private static String room(Map<String, Object> notice) {
		return notice.get("building") + "幢" + notice.get("unit") + "单元" + notice.get("room") + "室";
	}

	/** The text of a notice's pages in its print batch, without spaces. */
	private String printed(Map<String, Object> notice) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(outputDir.resolve((String) notice.get("print_batch")).toFile())) {
			return pages(pdf, ((Number) notice.get("first_page")).intValue(),
					((Number) notice.get("last_page")).intValue());
		}
	}

	private static String pages(PDDocument pdf, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(pdf).replaceAll("[\\s\\u3000]+", "");
	}

	@Test
	void noNoticeMentionsCuttingUtilities() throws IOException {
		for (String file : jdbc.queryForList("SELECT DISTINCT COALESCE(file_path, print_batch) FROM notice",
				String.class)) {
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
