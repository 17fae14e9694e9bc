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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.testing.TestDatabase;

/**
 * The import against a real database: every rejection reason with its line number in the
 * rejects file and table while the good rows of the same file are kept, encodings,
 * re-imports, and the shared vectors. Run on H2 and on MySQL by the two subclasses.
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
		assertThat(Files.readAllLines(ImportFiles.rejectsFile(ledger), gbk)).containsExactly(
				"line,reason,original_line",
				"3,\"bad number in amount: 'x', expected digits with a decimal point\",\"P-H1-01,H1,PAYMENT,物业费,,x,2026-01-05,,\"");
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

	// ---- one test per rejection reason

	@Test
	void rejectsAMissingField() throws Exception {
		importMasterData();
		String bad = "P-H1-02,,PAYMENT,,,10.00,2026-01-06,,";

		assertLedgerRejects(bad, "missing field household_code");
	}

	@Test
	void rejectsAHouseholdWithoutItsBuilding() throws Exception {
		importMasterData();
		String bad = "H3,E01,,1,0103,100.00,,,,";
		Path households = write("households.csv", HOUSEHOLDS, "H4,E01,1,1,0104,,,,,", bad, "H5,E01,1,1,0105,,,,,");

		FileSummary summary = ledgerImport.run(new ImportRequest(null, households, null, null)).files().get(0);

		assertOnlyRejection(summary, households, 3, "missing field building", bad);
		assertThat(jdbc.queryForList("SELECT household_code FROM household ORDER BY household_code", String.class))
			.containsExactly("H1", "H2", "H4", "H5");
	}

	@Test
	void rejectsAMalformedField() throws Exception {
		importMasterData();
		String bad = "P-H1-02,H1,PAYMENT,\"现金,,10.00,2026-01-06,,";

		assertLedgerRejects(bad, "malformed field fee_item (column 4): stray or unbalanced quote");
	}

	@Test
	void rejectsAMalformedPeriod() throws Exception {
		importMasterData();
		String bad = "C-H1-02,H1,CHARGE,物业费,2026-13,300.00,2026-02-05,,";

		assertLedgerRejects(bad, "malformed field period: '2026-13', expected YYYY-MM");
	}

	@Test
	void rejectsAWrongColumnCount() throws Exception {
		importMasterData();
		String bad = "P-H1-02,H1,PAYMENT,,10.00,2026-01-06,,";

		assertLedgerRejects(bad, "wrong column count: expected 9, found 8");
	}

	@Test
	void rejectsABadNumber() throws Exception {
		importMasterData();
		String bad = "P-H1-02,H1,PAYMENT,,,1O.00,2026-01-06,,";

		assertLedgerRejects(bad, "bad number in amount: '1O.00', expected digits with a decimal point");
	}

	@Test
	void rejectsABadDate() throws Exception {
		importMasterData();
		String bad = "P-H1-02,H1,PAYMENT,,,10.00,2026/01/06,,";

		assertLedgerRejects(bad, "bad date in effective_date: '2026/01/06', expected YYYY-MM-DD");
	}

	@Test
	void rejectsABadRecordedAt() throws Exception {
		importMasterData();
		String bad = "P-H1-02,H1,PAYMENT,,,10.00,2026-01-06,2026-01-06 10:00,";

		assertLedgerRejects(bad, "bad date in recorded_at: '2026-01-06 10:00', expected YYYY-MM-DDTHH:MM:SS");
	}

	@Test
	void rejectsANegativeAmount() throws Exception {
		importMasterData();
		String bad = "P-H1-02,H1,PAYMENT,,,-10.00,2026-01-06,,";

		assertLedgerRejects(bad, "negative or zero amount: -10.00");
	}

	@Test
	void rejectsAZeroAmount() throws Exception {
		importMasterData();
		String bad = "P-H1-02,H1,PAYMENT,,,0.00,2026-01-06,,";

		assertLedgerRejects(bad, "negative or zero amount: 0.00");
	}

	@Test
	void rejectsMoreThanTwoDecimals() throws Exception {
		importMasterData();
		String bad = "P-H1-02,H1,PAYMENT,,,10.005,2026-01-06,,";

		assertLedgerRejects(bad, "more than 2 decimals in amount: '10.005'");
	}

	@Test
	void rejectsAnUnknownEstate() throws Exception {
		importMasterData();
		String bad = "H3,E99,1,1,0103,100.00,,,,";
		Path households = write("households.csv", HOUSEHOLDS, "H4,E01,1,1,0104,,,,,", bad, "H5,E01,1,1,0105,,,,,");

		FileSummary summary = ledgerImport.run(new ImportRequest(null, households, null, null)).files().get(0);

		assertOnlyRejection(summary, households, 3, "unknown estate_code 'E99'", bad);
		assertThat(jdbc.queryForList("SELECT household_code FROM household ORDER BY household_code", String.class))
			.containsExactly("H1", "H2", "H4", "H5");
	}

	@Test
	void rejectsAnUnknownHousehold() throws Exception {
		importMasterData();
		String bad = "P-H9-01,H9,PAYMENT,,,10.00,2026-01-06,,";

		assertLedgerRejects(bad, "unknown household_code 'H9'");
	}

	@Test
	void rejectsAnUnknownEntryType() throws Exception {
		importMasterData();
		String bad = "X-H1-01,H1,REFUND,,,10.00,2026-01-06,,";

		assertLedgerRejects(bad,
				"unknown entry_type 'REFUND', expected one of CHARGE, PAYMENT, LATE_FEE_WAIVER, REVERSAL");
	}

	@Test
	void rejectsALateFeeGivenByHand() throws Exception {
		importMasterData();
		String bad = "LF:C-H1-01:2026-02-28,H1,LATE_FEE,,,4.50,2026-02-28,,";

		assertLedgerRejects(bad, "LATE_FEE is posted by the pipeline only, never imported");
	}

	@Test
	void rejectsAReversalOfAnUnknownReference() throws Exception {
		importMasterData();
		String bad = "R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,,C-H1-99";

		assertLedgerRejects(bad, "REVERSAL of unknown reference 'C-H1-99'");
	}

	@Test
	void rejectsAReversalOfAReversal() throws Exception {
		importMasterData();
		Path ledger = write("ledger.csv", LEDGER, GOOD_1, "R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,,C-H1-01");
		importLedger(ledger);
		String bad = "R-H1-02,H1,REVERSAL,,,0.00,2026-01-08,,R-H1-01";

		assertLedgerRejects(bad, "REVERSAL of 'R-H1-01', which is itself a REVERSAL");
	}

	@Test
	void rejectsAReversalOfAnotherHouseholdsEntry() throws Exception {
		importMasterData();
		String bad = "R-H2-01,H2,REVERSAL,,,0.00,2026-01-07,,C-H1-01";

		assertLedgerRejects(bad, "REVERSAL for household H2 of 'C-H1-01', which belongs to household H1");
	}

	@Test
	void rejectsASecondReversalOfTheSameEntry() throws Exception {
		importMasterData();
		Path ledger = write("ledger.csv", LEDGER, GOOD_1, "R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,,C-H1-01");
		importLedger(ledger);
		String bad = "R-H1-02,H1,REVERSAL,,,0.00,2026-01-08,,C-H1-01";

		assertLedgerRejects(bad, "REVERSAL of 'C-H1-01', which is already reversed by 'R-H1-01'");
	}

	@Test
	void acceptsAReversalOfAnEntryEarlierInTheSameFile() throws Exception {
		importMasterData();
		Path ledger = write("ledger.csv", LEDGER, GOOD_1, "R-H1-01,H1,REVERSAL,,,0.00,2026-01-07,,C-H1-01");

		FileSummary summary = importLedger(ledger);

		assertThat(summary.imported()).isEqualTo(2);
		assertThat(summary.rejectsFile()).isNull();
		assertThat(jdbc.queryForObject("SELECT amount FROM ledger_entry WHERE reference = 'R-H1-01'", BigDecimal.class))
			.isEqualByComparingTo("0.00");
	}

	@Test
	void rejectsAReferenceAlreadyUsedWithOtherContent() throws Exception {
		importMasterData();
		importLedger(write("ledger.csv", LEDGER, "P-H1-00,H1,PAYMENT,,,50.00,2026-01-02,2026-01-02T10:00:00,"));
		String bad = "P-H1-00,H1,PAYMENT,,,60.00,2026-01-02,2026-01-02T10:00:00,";

		FileSummary summary = assertLedgerRejects(bad,
				"reference 'P-H1-00' already in the ledger with other content: amount '50.00' there, '60.00' here");

		assertThat(summary.unchanged()).isZero();
		assertThat(jdbc.queryForObject("SELECT amount FROM ledger_entry WHERE reference = 'P-H1-00'", BigDecimal.class))
			.isEqualByComparingTo("50.00");
	}

	@Test
	void leavesAReferenceAlreadyUsedWithTheSameContentUnchanged() throws Exception {
		importMasterData();
		importLedger(write("ledger.csv", LEDGER, GOOD_1));

		FileSummary summary = importLedger(write("ledger.csv", LEDGER, GOOD_1, GOOD_2));

		assertThat(summary.unchanged()).isEqualTo(1);
		assertThat(summary.imported()).isEqualTo(1);
		assertThat(summary.rejected()).isZero();
		assertThat(count("import_reject")).isZero();
	}

	@Test
	void rejectsAChargeWithoutPeriod() throws Exception {
		importMasterData();
		String bad = "C-H1-02,H1,CHARGE,物业费,,300.00,2026-02-05,,";

		assertLedgerRejects(bad, "CHARGE without period: expected YYYY-MM");
	}

	@Test
	void rejectsADuplicateReferenceWithinTheFile() throws Exception {
		importMasterData();
		String bad = "C-H1-01,H1,CHARGE,物业费,2026-01,300.00,2026-01-05,2026-01-01T09:00:00,";

		assertLedgerRejects(bad, "duplicate reference 'C-H1-01', first on line 2");
	}

	@Test
	void rejectsAReversalWithAnAmount() throws Exception {
		importMasterData();
		String bad = "R-H1-01,H1,REVERSAL,,,300.00,2026-01-07,,C-H1-01";

		assertLedgerRejects(bad, "a REVERSAL carries amount 0.00, found 300.00");
	}

	@Test
	void rejectsReversesOnAnEntryThatIsNoReversal() throws Exception {
		importMasterData();
		String bad = "P-H1-02,H1,PAYMENT,,,10.00,2026-01-06,,C-H1-01";

		assertLedgerRejects(bad, "reverses given on a PAYMENT: only a REVERSAL cancels another entry");
	}

	// ---- helpers

	/**
	 * Imports a ledger of a good row, the bad one on line 3 and another good row, and
	 * checks that only the bad one was rejected, in the file and the table, and that the
	 * good ones were kept.
	 */
	FileSummary assertLedgerRejects(String bad, String reason) throws Exception {
		long before = count("ledger_entry");
		Path ledger = write("ledger.csv", LEDGER, GOOD_1, bad, GOOD_2);

		FileSummary summary = importLedger(ledger);

		assertOnlyRejection(summary, ledger, 3, reason, bad);
		assertThat(jdbc.queryForList("SELECT reference FROM ledger_entry WHERE reference IN ('C-H1-01', 'P-H1-01')",
				String.class))
			.containsExactlyInAnyOrder("C-H1-01", "P-H1-01");
		assertThat(count("ledger_entry")).isEqualTo(before + summary.imported());
		return summary;
	}

	void assertOnlyRejection(FileSummary summary, Path file, int line, String reason, String text) throws IOException {
		assertThat(summary.rejected()).isEqualTo(1);
		assertThat(summary.read()).isEqualTo(3);
		assertThat(summary.rejectsFile()).isEqualTo(ImportFiles.rejectsFile(file));
		// line, reason and the original line, each one RFC 4180 field
		List<CSVRecord> rejects = CSVFormat.RFC4180.parse(Files.newBufferedReader(summary.rejectsFile())).getRecords();
		assertThat(rejects).extracting(CSVRecord::values)
			.containsExactly(new String[] { "line", "reason", "original_line" },
					new String[] { Integer.toString(line), reason, text });
		assertThat(jdbc.queryForList("SELECT file_name, line_number, reason, line FROM import_reject")).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("file_name", file.toAbsolutePath().normalize().toString())
				.containsEntry("line_number", (long) line)
				.containsEntry("reason", reason)
				.containsEntry("line", text));
	}

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

	List<Map<String, Object>> dump(String table, String key) {
		return jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + key);
	}

}
