package io.arrears.estate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.VectorLoader;
import io.arrears.estate.EstateDocumentRuns.BulletinSummary;
import io.arrears.estate.EstateDocumentRuns.FestivalSummary;
import io.arrears.festival.Festival;
import io.arrears.testing.TestDatabase;

/**
 * The bulletin and festival jobs end to end on a real database: the {@code basic} vector,
 * a season of daily dunning runs (once for the class: it is the slow part), then the
 * documents read back with PDFBox against the stage history, to the fen. Each test uses
 * its own date or festival, so they share the season. Run on H2 and on MariaDB by the
 * subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EstateDocumentJobTests {

	private static final LocalDate APR_30 = LocalDate.parse("2026-04-30");

	private static final Pattern ROOM = Pattern.compile("\\d+幢\\d+单元\\d+室");

	/**
	 * A mobile number, or a number with an area code (the service centre's
	 * 0571-88880166).
	 */
	private static final Pattern PHONE = Pattern.compile("(?<!\\d)1\\d{10}(?!\\d)|0\\d{2,3}-\\d{7,8}");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DunningRuns dunningRuns;

	@Autowired
	EstateDocumentRuns runs;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job bulletinJob;

	@Value("${arrears.output-dir}")
	Path outputDir;

	@BeforeAll
	void aSeasonOfDunning() throws Exception {
		TestDatabase.wipe(dataSource);
		FileSystemUtils.deleteRecursively(outputDir);
		VectorLoader.load(jdbc, "basic");
		DunningRuns.RangeSummary season = dunningRuns.run(LocalDate.parse("2026-01-01"), APR_30, day -> {
		});
		assertThat(season.failed()).isNull();
	}

	@Test
	void bulletinAndOpenLetterListExactlyTheHouseholdsAtTheirStagesByRoomWithThePrincipalToTheFen() throws Exception {
		BulletinSummary summary = runs.bulletin(APR_30);

		assertThat(summary.status()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, BigDecimal> bulletinRows = listed(APR_30, "'BULLETIN'");
		Map<String, BigDecimal> openLetterRows = listed(APR_30, "'OPEN_LETTER'");
		assertThat(bulletinRows).containsOnlyKeys("1幢1单元0102室", "1幢1单元0201室", "1幢2单元0101室", "1幢2单元0201室", "1幢2单元0202室");
		assertThat(openLetterRows).containsOnlyKeys("1幢1单元0102室", "1幢1单元0201室", "1幢2单元0201室", "1幢2单元0202室");
		assertThat(summary)
			.extracting(BulletinSummary::estates, BulletinSummary::listedOnBulletins, BulletinSummary::openLetters,
					BulletinSummary::listedOnOpenLetters, BulletinSummary::files)
			.containsExactly(1, 5, 1, 4, 2);

		Path bulletin = file("E01/2026-04-30/BULLETIN/E01_BULLETIN_20260430.pdf");
		Path openLetter = file("E01/2026-04-30/OPEN_LETTER/E01_OPEN-LETTER_20260430.pdf");
		for (var document : Map.of(bulletin, bulletinRows, openLetter, openLetterRows).entrySet()) {
			String text = text(document.getKey());
			assertThat(rooms(text)).as("rooms in delivery order")
				.containsExactlyElementsOf(document.getValue().keySet());
			for (var row : document.getValue().entrySet()) {
				assertThat(lineOf(text, row.getKey())).contains(money(row.getValue()));
			}
			assertPrivate(text, false);
		}
		// share paid: H1, H5 and H8 (0.50 is below the minimum) are CURRENT, 3 of 8
		assertThat(text(bulletin)).contains("共8户", "已有3户", "37.5%", "2026年5月7日");
		assertThat(text(openLetter)).contains("37.5%", "2026年5月10日");
		assertThat(jdbc.queryForList(
				"SELECT kind, households_listed, file_path FROM estate_document" + " WHERE as_of = ? ORDER BY kind",
				APR_30))
			.extracting(r -> r.get("KIND") + "|" + r.get("HOUSEHOLDS_LISTED") + "|" + r.get("FILE_PATH"))
			.containsExactly("BULLETIN|5|E01/2026-04-30/BULLETIN/E01_BULLETIN_20260430.pdf",
					"OPEN_LETTER|4|E01/2026-04-30/OPEN_LETTER/E01_OPEN-LETTER_20260430.pdf");

		String recorded = snapshot("estate_document");
		byte[] bulletinBytes = Files.readAllBytes(bulletin);
		var modified = Files.getLastModifiedTime(bulletin);

		BulletinSummary again = runs.bulletin(APR_30);

		assertThat(again.alreadyDone()).isTrue();
		assertThat(again.files()).isEqualTo(2);
		assertThat(snapshot("estate_document")).isEqualTo(recorded);
		assertThat(Files.readAllBytes(bulletin)).isEqualTo(bulletinBytes);
		assertThat(Files.getLastModifiedTime(bulletin)).isEqualTo(modified);
	}

	@Test
	void anEstateShowingMaskedSurnamesShowsThemAndNeverTheFullName() throws Exception {
		LocalDate asOf = LocalDate.parse("2026-04-29");
		jdbc.update("UPDATE estate SET public_name_mode = 'MASKED_SURNAME' WHERE estate_code = 'E01'");
		try {
			assertThat(runs.bulletin(asOf).status()).isEqualTo(BatchStatus.COMPLETED);
		}
		finally {
			jdbc.update("UPDATE estate SET public_name_mode = 'NONE' WHERE estate_code = 'E01'");
		}

		String bulletin = text(file("E01/2026-04-29/BULLETIN/E01_BULLETIN_20260429.pdf"));
		String openLetter = text(file("E01/2026-04-29/OPEN_LETTER/E01_OPEN-LETTER_20260429.pdf"));
		// H3 张三丰 at 1幢1单元0201室 and H10 周十 at 1幢2单元0202室 are LEGAL
		for (String text : List.of(bulletin, openLetter)) {
			assertThat(lineOf(text, "1幢1单元0201室")).contains("张**");
			assertThat(lineOf(text, "1幢2单元0202室")).contains("周**");
			assertPrivate(text, true);
		}
	}

	@Test
	void aBulletinBeforeTheDunningRunOfItsDateFailsSayingWhatToRunAndRunsOnceItIsDone() throws Exception {
		LocalDate notRun = LocalDate.parse("2026-05-01");

		BulletinSummary summary = runs.bulletin(notRun);

		assertThat(summary.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(summary.failure()).contains("no completed dunning run as of 2026-05-01")
			.contains("run dunning --as-of 2026-05-01");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM estate_document WHERE as_of = ?", Integer.class, notRun))
			.isZero();
		assertThat(outputDir.resolve("E01/2026-05-01/BULLETIN")).doesNotExist();

		assertThat(dunningRuns.run(notRun).status()).isEqualTo(BatchStatus.COMPLETED);
		BulletinSummary restarted = runs.bulletin(notRun);

		assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.estates()).isEqualTo(1);
		file("E01/2026-05-01/BULLETIN/E01_BULLETIN_20260501.pdf");
	}

	@Test
	void theJobItselfRefusesADateWithoutDunningWhoeverStartsItAndRestartsOnceItIsDone() throws Exception {
		LocalDate notRun = LocalDate.parse("2026-05-02");

		JobExecution refused = jobOperator.start(bulletinJob, EstateDocumentRuns.bulletinParameters(notRun));

		assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(refused.getAllFailureExceptions()).singleElement()
			.extracting(Throwable::getMessage)
			.asString()
			.contains("Run `run dunning --as-of 2026-05-02` first");
		assertThat(dunningRuns.run(notRun).status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(runs.bulletin(notRun).status()).isEqualTo(BatchStatus.COMPLETED);
		file("E01/2026-05-02/BULLETIN/E01_BULLETIN_20260502.pdf");
	}

	@Test
	void everyHouseholdGetsASpringFestivalCardAndThoseInArrearsAWarmReminderOfTheirPrincipal() throws Exception {
		FestivalSummary summary = runs.festival(Festival.SPRING_FESTIVAL, 2026);

		LocalDate mailed = LocalDate.parse("2026-02-10");
		assertThat(summary.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(summary.asOf()).isEqualTo(mailed);
		assertThat(summary.festivalDate()).isEqualTo(LocalDate.parse("2026-02-17"));
		Map<String, BigDecimal> arrears = arrearsOn(mailed);
		assertThat(arrears.values()).as("the vector has households in arrears on the mailing date and some without")
			.anyMatch(a -> a.signum() > 0)
			.anyMatch(a -> a.signum() == 0);
		assertThat(summary)
			.extracting(FestivalSummary::estates, FestivalSummary::cards, FestivalSummary::inArrears,
					FestivalSummary::printBatches)
			.containsExactly(1, 8, (int) arrears.values().stream().filter(a -> a.signum() > 0).count(), 1);

		String batch = "E01/2026-02-10/SPRING_FESTIVAL/print-batch-SPRING-FESTIVAL-2026-part001.pdf";
		List<String> households = new ArrayList<>();
		Map<String, String> printed = new LinkedHashMap<>();
		jdbc.query("SELECT household_code, arrears, as_of, print_batch, first_page, last_page, file_path"
				+ " FROM festival_card WHERE festival = ? AND festival_year = 2026 ORDER BY first_page", rs -> {
					assertThat(rs.getDate("as_of").toLocalDate()).isEqualTo(mailed);
					assertThat(rs.getBigDecimal("arrears")).as(rs.getString(1))
						.isEqualByComparingTo(arrears.get(rs.getString(1)));
					assertThat(rs.getString("print_batch")).isEqualTo(batch);
					assertThat(rs.getString("file_path")).as("no file of its own by default (single-files: false)")
						.isNull();
					households.add(rs.getString(1));
					printed.put(rs.getString(1), pages(file(batch), rs.getInt("first_page"), rs.getInt("last_page")));
				}, "SPRING_FESTIVAL");
		assertThat(households).containsExactlyInAnyOrderElementsOf(arrears.keySet());
		List<String> rooms = new ArrayList<>();
		for (var card : printed.entrySet()) {
			String text = card.getValue();
			rooms.add(rooms(text).get(0));
			BigDecimal owed = arrears.get(card.getKey());
			assertThat(text).contains("恭贺新春");
			if (owed.signum() > 0) {
				assertThat(text).contains("温馨提醒", "截至2026年2月10日", money(owed));
			}
			else {
				assertThat(text).doesNotContain("温馨提醒");
			}
		}
		assertThat(rooms).as("the cards on the pages the registry records, in delivery order")
			.containsExactly("1幢1单元0101室", "1幢1单元0102室", "1幢1单元0201室", "1幢1单元0202室", "1幢2单元0101室", "1幢2单元0102室",
					"1幢2单元0201室", "1幢2单元0202室");
		assertThat(pages(file(batch), 1, 1)).as("the cover sheet counts them")
			.contains("投递封面", "春节贺卡", "共8份，9页（含本封面）", "首户：1幢1单元0101室", "末户：1幢2单元0202室");

		String cards = snapshot("festival_card");
		String ledger = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry", String.class);
		FestivalSummary again = runs.festival(Festival.SPRING_FESTIVAL, 2026);
		assertThat(again.alreadyDone()).isTrue();
		assertThat(again.cards()).isEqualTo(8);
		assertThat(snapshot("festival_card")).isEqualTo(cards);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry", String.class)).isEqualTo(ledger);
	}

	@Test
	void theLanternCardRemindsEveryHouseholdOfItsArrearsOrThanksIt() throws Exception {
		FestivalSummary summary = runs.festival(Festival.LANTERN, 2026);

		LocalDate mailed = LocalDate.parse("2026-03-04");
		assertThat(summary.asOf()).isEqualTo(mailed);
		Map<String, BigDecimal> arrears = arrearsOn(mailed);
		assertThat(summary.cards()).isEqualTo(arrears.size());
		Map<String, String> printed = new LinkedHashMap<>();
		jdbc.query("SELECT household_code, print_batch, first_page, last_page FROM festival_card"
				+ " WHERE festival = 'LANTERN'", rs -> {
					printed.put(rs.getString(1),
							pages(file(rs.getString(2)), rs.getInt("first_page"), rs.getInt("last_page")));
				});
		assertThat(printed).containsOnlyKeys(arrears.keySet());
		for (var card : printed.entrySet()) {
			BigDecimal owed = arrears.get(card.getKey());
			String text = card.getValue();
			assertThat(text).contains("温馨提醒");
			if (owed.signum() > 0) {
				assertThat(text).contains(money(owed));
			}
			else {
				assertThat(text).contains("感谢您按时缴纳");
			}
		}
	}

	/**
	 * Households at {@code kinds}' stage or later on the date, by room in delivery order,
	 * with their principal.
	 */
	private Map<String, BigDecimal> listed(LocalDate asOf, String kind) {
		List<String> stages = kind.contains("OPEN_LETTER") ? List.of("OPEN_LETTER", "LAWYER_LETTER", "LEGAL")
				: List.of("BULLETIN", "REMINDER_1", "REMINDER_2", "REMINDER_3", "REMINDER_4", "REMINDER_5",
						"REMINDER_6", "REMINDER_7", "REMINDER_8", "REMINDER_9", "REMINDER_10", "OPEN_LETTER",
						"LAWYER_LETTER", "LEGAL");
		Map<String, BigDecimal> rows = new LinkedHashMap<>();
		jdbc.query("SELECT h.building, h.unit, h.room, s.stage, s.principal_overdue FROM stage_history s"
				+ " JOIN household h ON h.household_code = s.household_code WHERE s.as_of = ?"
				+ " ORDER BY h.building, h.unit, h.room", rs -> {
					if (stages.contains(rs.getString("stage"))) {
						rows.put(rs.getString(1) + "幢" + rs.getString(2) + "单元" + rs.getString(3) + "室",
								rs.getBigDecimal("principal_overdue"));
					}
				}, asOf);
		return rows;
	}

	/**
	 * Every household's arrears as a card states them: overdue principal, or zero when
	 * CURRENT.
	 */
	private Map<String, BigDecimal> arrearsOn(LocalDate asOf) {
		Map<String, BigDecimal> arrears = new LinkedHashMap<>();
		jdbc.query("SELECT household_code, stage, principal_overdue FROM stage_history WHERE as_of = ?", rs -> {
			arrears.put(rs.getString(1), "CURRENT".equals(rs.getString(2)) ? BigDecimal.ZERO : rs.getBigDecimal(3));
		}, asOf);
		assertThat(arrears).hasSize(8);
		return arrears;
	}

	private void assertPrivate(String text, boolean masked) {
		for (String owner : jdbc.queryForList("SELECT owner_name FROM household", String.class)) {
			assertThat(text).as("no full name").doesNotContain(owner);
		}
		if (!masked) {
			assertThat(text).as("no name at all").doesNotContain("**");
		}
		assertThat(PHONE.matcher(text.replaceAll("\\s+", "")).find()).as("no phone number in:%n%s", text).isFalse();
		assertThat(text).doesNotContain("0571", "1380000");
	}

	private Path file(String relative) {
		Path file = outputDir.resolve(relative);
		assertThat(file).exists();
		return file;
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The text of pages {@code first} to {@code last} of a PDF. */
	private static String pages(Path pdf, int first, int last) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(last).as("the pages recorded are in the file").isLessThanOrEqualTo(document.getNumberOfPages());
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(first);
			stripper.setEndPage(last);
			return stripper.getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> rooms(String text) {
		List<String> rooms = new ArrayList<>();
		Matcher m = ROOM.matcher(text);
		while (m.find()) {
			if (!rooms.contains(m.group())) {
				rooms.add(m.group());
			}
		}
		return rooms;
	}

	private static String lineOf(String text, String room) {
		return text.lines().filter(l -> l.contains(room)).findFirst().orElseThrow(() -> new AssertionError(room));
	}

	private static String money(BigDecimal amount) {
		return String.format(Locale.ROOT, "%,.2f", amount);
	}

	private String snapshot(String table) {
		return String.join("\n", jdbc.query("SELECT * FROM " + table + " ORDER BY 1, 2, 3", (rs, n) -> {
			StringBuilder row = new StringBuilder();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				row.append(rs.getString(i)).append('|');
			}
			return row.toString();
		}));
	}

}
