package io.arrears.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.csv.CsvWriter;
import io.arrears.testing.TestDatabase;

/**
 * The import jobs against a real database: what only the database can tell (a known
 * household, a reference already held, a reversal's target), the file taken as a set,
 * rejects in the file and the table while the good rows of the same file are kept,
 * encodings, re-imports, and the shared vectors. Run on H2 and on MySQL by the two
 * subclasses; the reasons a row is rejected on its own are in
 * {@link ImportRowParsingTest}.
 */
abstract class LedgerImportTests {

	static final String ESTATES = "estate_code,name,company_name,service_phone,manager_name,address";

	static final String HOUSEHOLDS = "household_code,estate_code,building,unit,room,area_sqm,owner_name,owner_phone,"
			+ "mailing_address,tags";

	static final String LEDGER = "reference,household_code,entry_type,fee_item,period,amount,effective_date,"
			+ "recorded_at,reverses";

	static final String GOOD_1 = "C-H1-01,H1,CHARGE,物业费,2026-01,300.00,2026-01-05,2026-01-01T09:00:00,";

	static final String GOOD_2 = "P-H1-01,H1,PAYMENT,,,300.00,2026-01-05,2026-01-05T10:00:00,";

	@Autowired
	LedgerImport ledgerImport;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void emptyDatabase() {
		TestDatabase.wipe(dataSource);
		jdbc = new JdbcTemplate(dataSource);
	}

	// ---- the vectors, re-imports, encodings

	@Test
	void importsEveryRowOfTheBasicVector() throws Exception {
		ImportSummary summary = importVector("basic");

		assertThat(summary.hasRejects()).isFalse();
		assertThat(summary.files()).extracting(FileSummary::kind).containsExactly("estates", "households", "ledger");
		assertThat(summary.files()).extracting(FileSummary::read).containsExactly(1L, 8L, 49L);
		assertThat(summary.files()).extracting(FileSummary::imported).containsExactly(1L, 8L, 49L);
		assertThat(count("household")).isEqualTo(8);
		assertThat(count("ledger_entry")).isEqualTo(49);
		assertThat(
				jdbc.queryForMap("SELECT entry_type, amount, reverses FROM ledger_entry WHERE reference = 'R-H10-1'"))
			.containsEntry("entry_type", "REVERSAL")
			.containsEntry("reverses", "C-H10-01");
		assertThat(jdbc.queryForObject("SELECT tags FROM household WHERE household_code = 'H3'", String.class))
			.isEqualTo("dispute");
		assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".rejects.csv"))).isEmpty();
	}

	@Test
	void importsEveryRowOfTheEstate60Vector() throws Exception {
		long households = dataRows("estate60", "households.csv");
		long entries = dataRows("estate60", "ledger.csv");

		ImportSummary summary = importVector("estate60");

		assertThat(summary.hasRejects()).isFalse();
		assertThat(summary.files()).extracting(FileSummary::imported).containsExactly(2L, households, entries);
		assertThat(count("household")).isEqualTo(households).isEqualTo(60);
		assertThat(count("ledger_entry")).isEqualTo(entries);
	}

	@Test
	void importingTheSameFilesTwiceChangesNothing() throws Exception {
		importVector("basic");
		List<Map<String, Object>> estates = dump("estate", "estate_code");
		List<Map<String, Object>> households = dump("household", "household_code");
		List<Map<String, Object>> ledger = dump("ledger_entry", "reference");

		ImportSummary again = importVector("basic");

		assertThat(again.hasRejects()).isFalse();
		assertThat(again.files()).extracting(FileSummary::imported).containsOnly(0L);
		assertThat(again.files()).extracting(FileSummary::unchanged).containsExactly(1L, 8L, 49L);
		assertThat(dump("estate", "estate_code")).isEqualTo(estates);
		assertThat(dump("household", "household_code")).isEqualTo(households);
		assertThat(dump("ledger_entry", "reference")).isEqualTo(ledger);
	}

	@Test
	void readsGbkFilesWithChineseNamesAndFeeItems() throws Exception {
		Charset gbk = Charset.forName("GBK");
		Path estates = write("estates.csv", gbk, ESTATES, "E01,锦绣花园,安居物业服务有限公司,0571-88880166,李经理,杭州市西湖区锦绣花园");
		Path households = write("households.csv", gbk, HOUSEHOLDS,
				"H1,E01,1,1,0101,100.00,张三丰,13800000001,锦绣花园1幢1单元0101室,dispute;key-owner");
		Path ledger = write("ledger.csv", gbk, LEDGER, "C-H1-01,H1,CHARGE,停车费,2026-01,150.00,2026-01-05,,",
				"P-H1-01,H1,PAYMENT,物业费,,x,2026-01-05,,");

		ImportSummary summary = ledgerImport.run(new ImportRequest(estates, households, ledger, gbk));

		assertThat(summary.files()).extracting(FileSummary::imported).containsExactly(1L, 1L, 1L);
		assertThat(jdbc.queryForMap("SELECT name, company_name, manager_name, address FROM estate"))
			.containsEntry("name", "锦绣花园")
			.containsEntry("company_name", "安居物业服务有限公司")
			.containsEntry("manager_name", "李经理")
			.containsEntry("address", "杭州市西湖区锦绣花园");
		assertThat(jdbc.queryForMap("SELECT owner_name, mailing_address, tags FROM household"))
			.containsEntry("owner_name", "张三丰")
			.containsEntry("mailing_address", "锦绣花园1幢1单元0101室")
			.containsEntry("tags", "dispute;key-owner");
		assertThat(jdbc.queryForObject("SELECT fee_item FROM ledger_entry", String.class)).isEqualTo("停车费");
		// the rejects file is written in the input's encoding, so it opens the way the
		// input did
		assertThat(Files.readAllLines(ImportFiles.rejectsFile(ledger), gbk)).containsExactly(HEADER,
				reject(3, "bad number in amount: 'x', expected digits with a decimal point",
						"P-H1-01,H1,PAYMENT,物业费,,x,2026-01-05,,"));
	}

	@Test
	void reImportingChangedEstatesAndHouseholdsUpdatesThem() throws Exception {
		importMasterData();
		Path estates = write("estates.csv", ESTATES, "E01,锦绣花园,安居物业服务有限公司,0571-88880166,王经理,杭州市西湖区锦绣花园");
		Path households = write("households.csv", HOUSEHOLDS, "H1,E01,1,1,0101,100.00,王一,13900000001,,",
				"H2,E01,1,1,0102,100.00,王二,13800000002,,");

		ImportSummary summary = ledgerImport.run(new ImportRequest(estates, households, null, null));

		assertThat(summary.files()).extracting(FileSummary::imported).containsExactly(1L, 1L);
		assertThat(summary.files()).extracting(FileSummary::unchanged).containsExactly(0L, 1L);
		assertThat(jdbc.queryForObject("SELECT manager_name FROM estate", String.class)).isEqualTo("王经理");
		assertThat(jdbc.queryForObject("SELECT owner_phone FROM household WHERE household_code = 'H1'", String.class))
			.isEqualTo("13900000001");
	}

	@Test
	void anEmptyRecordedAtMeansNowAndMatchesWhateverWasRecorded() throws Exception {
		importMasterData();
		LocalDateTime before = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		Path ledger = write("ledger.csv", LEDGER, "C-H1-01,H1,CHARGE,物业费,2026-01,300.00,2026-01-05,,");

		importLedger(ledger);
		FileSummary again = importLedger(ledger);

		LocalDateTime recorded = jdbc.queryForObject("SELECT recorded_at FROM ledger_entry", LocalDateTime.class);
		assertThat(recorded).isBetween(before, LocalDateTime.now(clock));
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(again.rejected()).isZero();
	}

	@Test
	void aFileOfAnotherKindFailsTheImport() throws Exception {
		importMasterData();
		Path notALedger = write("ledger.csv", HOUSEHOLDS, "H3,E01,1,1,0103,100.00,,,,");

		assertThatThrownBy(() -> importLedger(notALedger)).hasMessageContaining("is not a ledger file");
		assertThat(count("ledger_entry")).isZero();
	}

	@Test
	void aChunkThatFailsLeavesNeitherRowsNorRejectsBehind() throws Exception {
		importMasterData();
		// a constraint the import does not know of, so that the database refuses the
		// chunk's insert
		jdbc.execute("ALTER TABLE ledger_entry ADD CONSTRAINT import_test_ck CHECK (amount < 1000)");
		try {
			Path ledger = write("ledger.csv", LEDGER, GOOD_1, "P-H1-02,H1,PAYMENT,,,x,2026-01-06,,",
					"P-H1-03,H1,PAYMENT,,,5000.00,2026-01-06,,");

			assertThatThrownBy(() -> importLedger(ledger)).hasMessageContaining("import of ledger file")
				.message()
				.containsIgnoringCase("import_test_ck");

			assertThat(count("ledger_entry")).isZero();
			assertThat(count("import_reject")).isZero();
			assertThat(ImportFiles.rejectsFile(ledger)).doesNotExist();
		}
		finally {
			jdbc.execute("ALTER TABLE ledger_entry DROP CONSTRAINT import_test_ck");
		}
	}

	// ---- what needs the database: the ledger, the households, the rejects table; the
	// reasons a row is rejected on its own are in ImportRowParsingTest

	@Test
	void rejectsWhatTheDatabaseContradictsAndKeepsTheGoodRows() throws Exception {
		importMasterData();
		importLedger(write("ledger.csv", LEDGER, "P-H1-00,H1,PAYMENT,,,50.00,2026-01-02,2026-01-02T10:00:00,"));
		jdbc.execute("TRUNCATE TABLE import_reject");
		String[] lines = { GOOD_1, "P-H9-01,H9,PAYMENT,,,10.00,2026-01-06,,",
				"P-H1-00,H1,PAYMENT,,,60.00,2026-01-02,2026-01-02T10:00:00,", "P-H1-02,H1,PAYMENT,,,1O.00,2026-01-06,,",
				"R-H2-01,H2,REVERSAL,,,0.00,2026-01-07,,C-H1-01", "R-H1-09,H1,REVERSAL,,,0.00,2026-01-07,,C-H1-99",
				"H-H1-01,H1,PAYMENT,Dispute,,10.00,2026-01-06,,", GOOD_2 };
		Path ledger = write("ledger.csv", LEDGER, lines);

		FileSummary summary = importLedger(ledger);

		assertThat(summary.read()).isEqualTo(8);
		assertThat(summary.imported()).isEqualTo(3);
		assertThat(summary.rejected()).isEqualTo(5);
		// in file order, whichever step turned a row away
		List<String> rejects = List.of(reject(3, "unknown household_code 'H9'", lines[1]), reject(4,
				"reference 'P-H1-00' already in the ledger with other content: amount '50.00' there, '60.00' here",
				lines[2]), reject(5, "bad number in amount: '1O.00', expected digits with a decimal point", lines[3]),
				reject(6, "REVERSAL for household H2 of 'C-H1-01', which belongs to household H1", lines[4]),
				reject(7, "REVERSAL of unknown reference 'C-H1-99'", lines[5]));
		assertThat(Files.readAllLines(summary.rejectsFile())).containsExactlyElementsOf(
				java.util.stream.Stream.concat(java.util.stream.Stream.of(HEADER), rejects.stream()).toList());
		assertThat(jdbc.queryForList("SELECT line_number, line FROM import_reject ORDER BY line_number"))
			.extracting(r -> r.get("line_number") + ":" + r.get("line"))
			.containsExactly("3:" + lines[1], "4:" + lines[2], "5:" + lines[3], "6:" + lines[4], "7:" + lines[5]);
		assertThat(jdbc.queryForList("SELECT reference FROM ledger_entry ORDER BY reference", String.class))
			.containsExactly("C-H1-01", "H-H1-01", "P-H1-00", "P-H1-01");
		assertThat(count("import_row")).as("the staged rows are gone").isZero();
	}

	@Test
	void aLedgerFileInReverseOrderImportsToTheSameLedger() throws Exception {
		importMasterData();
		List<String> lines = List.of(GOOD_1, "C-H1-02,H1,CHARGE,物业费,2026-02,300.00,2026-02-05,2026-02-01T09:00:00,",
				"P-H1-01,H1,PAYMENT,,,300.00,2026-01-05,2026-01-05T10:00:00,",
				"R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,2026-01-07T10:00:00,P-H1-01",
				"C-H2-01,H2,CHARGE,停车费,2026-01,150.00,2026-01-05,2026-01-01T09:00:00,",
				"R-H2-01,H2,REVERSAL,,,0.00,2026-01-08,2026-01-08T10:00:00,C-H2-01");
		FileSummary inOrder = importLedger(write("ledger.csv", LEDGER, lines.toArray(String[]::new)));
		List<Map<String, Object>> ledger = ledgerInEntryOrder();
		TestDatabase.wipe(dataSource);
		importMasterData();

		FileSummary reversed = importLedger(write("ledger.csv", LEDGER, reversed(lines)));

		assertThat(reversed.rejected()).isZero();
		assertThat(reversed.imported()).isEqualTo(inOrder.imported()).isEqualTo(6);
		assertThat(ledgerInEntryOrder()).isEqualTo(ledger);
	}

	@Test
	void aRowRepeatedInTheFileCountsOnceAsUnchanged() throws Exception {
		importMasterData();
		String reversal = "R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,,C-H1-01";

		FileSummary summary = importLedger(write("ledger.csv", LEDGER, reversal, GOOD_1, reversal, GOOD_1, GOOD_2));

		assertThat(summary.imported()).isEqualTo(3);
		assertThat(summary.unchanged()).isEqualTo(2);
		assertThat(summary.rejectsFile()).isNull();
		assertThat(count("ledger_entry")).isEqualTo(3);
	}

	@Test
	void rowsOfOneReferenceWithOtherContentAreAllRejected() throws Exception {
		importMasterData();
		String other = GOOD_1.replace("300.00", "320.00");
		Path ledger = write("ledger.csv", LEDGER, GOOD_1, GOOD_2, other);

		FileSummary summary = importLedger(ledger);

		assertThat(summary.imported()).isEqualTo(1);
		assertThat(Files.readAllLines(summary.rejectsFile())).containsExactly(HEADER, reject(2,
				"duplicate reference 'C-H1-01' with other content on line 4: amount '320.00' there, '300.00' here",
				GOOD_1),
				reject(4,
						"duplicate reference 'C-H1-01' with other content on line 2: amount '300.00' there, '320.00' here",
						other));
	}

	@Test
	void aReversalOfAnEntryNotYetImportedIsRejectedAndImportsOnceTheEntryIs() throws Exception {
		importMasterData();
		String reversal = "R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,,C-H1-01";

		FileSummary first = importLedger(write("reversal.csv", LEDGER, reversal));
		importLedger(write("ledger.csv", LEDGER, GOOD_1));
		FileSummary again = importLedger(write("reversal.csv", LEDGER, reversal));

		assertThat(first.rejected()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT reason FROM import_reject", String.class))
			.isEqualTo("REVERSAL of unknown reference 'C-H1-01'");
		assertThat(again.imported()).isEqualTo(1);
		assertThat(again.rejectsFile()).isNull();
		assertThat(ImportFiles.rejectsFile(dir.resolve("reversal.csv"))).doesNotExist();
	}

	@Test
	void aReversalOfAnEntryAlreadyReversedIsRejected() throws Exception {
		importMasterData();
		importLedger(write("ledger.csv", LEDGER, GOOD_1, "R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,,C-H1-01"));
		jdbc.execute("TRUNCATE TABLE import_reject");

		FileSummary summary = importLedger(write("ledger.csv", LEDGER, "R-H1-02,H1,REVERSAL,,,0.00,2026-01-08,,C-H1-01",
				"R-H1-03,H1,REVERSAL,,,0.00,2026-01-08,,R-H1-01"));

		assertThat(summary.rejected()).isEqualTo(2);
		assertThat(jdbc.queryForList("SELECT reason FROM import_reject ORDER BY line_number", String.class))
			.containsExactly("REVERSAL of 'C-H1-01', which is already reversed by 'R-H1-01'",
					"REVERSAL of 'R-H1-01', which is itself a REVERSAL");
	}

	@Test
	void aLongBadRowIsARejectedRowKeptCutAndTheRowsAfterItAreKept() throws Exception {
		importMasterData();
		// over the 64 KB of a MySQL TEXT column, in Chinese: three bytes a character
		String bad = "P-H1-02,H1,PAYMENT," + "物".repeat(30_000) + ",,10.00,2026-01-06,,";
		Path ledger = write("ledger.csv", LEDGER, GOOD_1, bad, GOOD_2);

		FileSummary summary = importLedger(ledger);

		assertThat(summary.imported()).isEqualTo(2);
		assertThat(summary.rejected()).isEqualTo(1);
		String reason = "malformed field fee_item: longer than 64 characters (the line has " + bad.length()
				+ " characters; only its first 4000 are kept here)";
		assertThat(jdbc.queryForMap("SELECT line_number, reason, line FROM import_reject"))
			.containsEntry("line_number", 3L)
			.containsEntry("reason", reason)
			.containsEntry("line", bad.substring(0, 4000));
		assertThat(Files.readAllLines(summary.rejectsFile())).containsExactly(HEADER,
				reject(3, reason, bad.substring(0, 4000)));
	}

	@Test
	void aGbkFileNamedUtf8IsRefusedAndStoresNothing() throws Exception {
		Charset gbk = Charset.forName("GBK");
		Path estates = write("estates.csv", ESTATES, "E01,锦绣花园,安居物业服务有限公司,0571-88880166,李经理,杭州市西湖区锦绣花园");
		Path households = write("households.csv", HOUSEHOLDS, "H1,E01,1,1,0101,100.00,王一,13800000001,,");
		Path ledger = write("ledger.csv", gbk, LEDGER, "C-H1-01,H1,CHARGE,停车费,2026-01,150.00,2026-01-05,,");

		assertThatThrownBy(
				() -> ledgerImport.run(new ImportRequest(estates, households, ledger, StandardCharsets.UTF_8)))
			.hasMessageStartingWith(
					"ledger.csv is not UTF-8: line 2 is not valid in it; it appears to be GBK (GB18030)");

		assertThat(count("estate") + count("household") + count("ledger_entry") + count("import_reject")).isZero();
		assertThat(ImportFiles.rejectsFile(ledger)).doesNotExist();
	}

	@Test
	void aHouseholdOfAnUnknownEstateOrWithAnUnknownTagIsRejected() throws Exception {
		importMasterData();
		String bad = "H3,E01,1,1,0103,100.00,,,,Dispute";
		String unknownEstate = "H5,E99,1,1,0105,,,,,";
		Path households = write("households.csv", HOUSEHOLDS, "H4,E01,1,1,0104,,,,,dispute", bad,
				"H4,E01,1,1,0104,,,,,dispute", unknownEstate);

		FileSummary summary = ledgerImport.run(new ImportRequest(null, households, null, null)).files().get(0);

		assertThat(summary.imported()).isEqualTo(1);
		assertThat(summary.unchanged()).as("the repeated row").isEqualTo(1);
		assertThat(Files.readAllLines(summary.rejectsFile())).containsExactly(HEADER,
				reject(3,
						"unknown tag 'Dispute' in tags: the known tags are dispute, key-owner, unreachable"
								+ " (lower case, separated by ;)",
						bad),
				reject(5, "unknown estate_code 'E99'", unknownEstate));
		assertThat(jdbc.queryForList("SELECT household_code FROM household ORDER BY household_code", String.class))
			.containsExactly("H1", "H2", "H4");
	}

	// ---- helpers

	void importMasterData() throws Exception {
		Path estates = write("estates.csv", ESTATES, "E01,锦绣花园,安居物业服务有限公司,0571-88880166,李经理,杭州市西湖区锦绣花园");
		Path households = write("households.csv", HOUSEHOLDS, "H1,E01,1,1,0101,100.00,王一,13800000001,,",
				"H2,E01,1,1,0102,100.00,王二,13800000002,,");
		ImportSummary summary = ledgerImport.run(new ImportRequest(estates, households, null, null));
		assertThat(summary.hasRejects()).isFalse();
		jdbc.execute("TRUNCATE TABLE import_reject");
	}

	FileSummary importLedger(Path ledger) throws Exception {
		return ledgerImport.run(new ImportRequest(null, null, ledger, StandardCharsets.UTF_8)).files().get(0);
	}

	ImportSummary importVector(String vector) throws Exception {
		Path estates = copy(vector, "estates.csv");
		Path households = copy(vector, "households.csv");
		Path ledger = copy(vector, "ledger.csv");
		return ledgerImport.run(new ImportRequest(estates, households, ledger, StandardCharsets.UTF_8));
	}

	Path copy(String vector, String file) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/vectors/" + vector + "/" + file)) {
			Path target = dir.resolve(file);
			Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
	}

	long dataRows(String vector, String file) throws IOException {
		return Files.readAllLines(copy(vector, file)).stream().skip(1).filter(l -> !l.isBlank()).count();
	}

	/**
	 * Each test writes its files afresh; a file name is reused so that rejects land where
	 * expected.
	 */
	Path write(String name, String header, String... lines) throws IOException {
		return write(name, StandardCharsets.UTF_8, header, lines);
	}

	Path write(String name, Charset charset, String header, String... lines) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, header + "\n" + String.join("\n", lines) + "\n", charset);
		return file;
	}

	long count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	static String[] reversed(List<String> lines) {
		List<String> copy = new java.util.ArrayList<>(lines);
		java.util.Collections.reverse(copy);
		return copy.toArray(String[]::new);
	}

	/** The ledger in the order it was appended, its ids aside. */
	List<Map<String, Object>> ledgerInEntryOrder() {
		return jdbc.queryForList("SELECT " + LedgerEntries.COLUMNS + " FROM ledger_entry ORDER BY entry_id");
	}

	List<Map<String, Object>> dump(String table, String key) {
		return jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + key);
	}

	/** The rejects file's header: line, reason and the original line as one field. */
	static final String HEADER = "line,reason,original_line";

	/** A rejects-file line as the pipeline's one CSV writer writes it. */
	static String reject(int line, String reason, String text) {
		return CsvWriter.line(line, reason, text);
	}

}
