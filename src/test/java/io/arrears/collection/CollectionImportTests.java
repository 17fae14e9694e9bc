package io.arrears.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.ledger.FileSummary;
import io.arrears.ledger.ImportRequest;
import io.arrears.ledger.ImportSummary;
import io.arrears.ledger.LedgerImport;
import io.arrears.notice.NoticeExport;
import io.arrears.testing.TestDatabase;

/**
 * The collection imports against a real database: the {@code collect} vector's files, the
 * same files twice, and the rows only the database can turn away (an unknown household,
 * estate or collector, a reference stored with other content, a receipt for a notice
 * never issued), with their line and reason in the rejects file and table. Run on H2 and
 * MySQL by the two subclasses; the reasons a line is rejected on its own are in
 * {@code CollectionCsvTest}.
 */
abstract class CollectionImportTests {

	@Autowired
	LedgerImport ledgerImport;

	@Autowired
	CollectionImport collectionImport;

	@Autowired
	DataSource dataSource;

	@Autowired
	NoticeExport noticeExport;

	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void vectorLedger() throws Exception {
		TestDatabase.wipe(dataSource);
		jdbc = new JdbcTemplate(dataSource);
		ledgerImport
			.run(new ImportRequest(vector("estates.csv"), vector("households.csv"), vector("ledger.csv"), null));
	}

	@Test
	void importsTheCollectVectorsFilesAndTheSameFilesTwiceChangeNothing() throws Exception {
		ImportSummary first = collectionImport.run(new CollectionImportRequest(vector("collectors.csv"),
				vector("contacts.csv"), vector("holds.csv"), null, null));

		assertThat(first.hasRejects()).isFalse();
		assertThat(first.files()).extracting(FileSummary::kind).containsExactly("collectors", "contacts", "holds");
		assertThat(first.files()).extracting(FileSummary::imported).containsExactly(3L, 5L, 4L);
		assertThat(jdbc.queryForMap("SELECT collector_code, outcome, promise_date, promise_amount, note, recorded_at"
				+ " FROM contact WHERE reference = 'K-H11-1'"))
			.containsEntry("collector_code", "C01")
			.containsEntry("outcome", "PROMISED")
			.containsEntry("note", "业主说月初发工资后缴纳");
		assertThat(jdbc.queryForObject("SELECT until_date FROM collection_hold WHERE reference = 'HD-H14-2'",
				Object.class))
			.isNull();
		List<Map<String, Object>> collectors = jdbc.queryForList("SELECT * FROM collector ORDER BY collector_code");

		ImportSummary again = collectionImport.run(new CollectionImportRequest(vector("collectors.csv"),
				vector("contacts.csv"), vector("holds.csv"), null, null));

		assertThat(again.files()).extracting(FileSummary::imported).containsOnly(0L);
		assertThat(again.files()).extracting(FileSummary::unchanged).containsExactly(3L, 5L, 4L);
		assertThat(jdbc.queryForList("SELECT * FROM collector ORDER BY collector_code")).isEqualTo(collectors);
		assertThat(count("contact")).isEqualTo(5);
		assertThat(count("collection_hold")).isEqualTo(4);
	}

	@Test
	void aChangedCollectorIsANewVersionAndTwoRowsOfOneCollectorInAFileAreOneTooMany() throws Exception {
		collectionImport.run(new CollectionImportRequest(vector("collectors.csv"), null, null, null, null));
		Path changed = write("collectors.csv", CollectionFile.COLLECTORS.header(),
				"C01,陈主管,13900000001,SUPERVISOR,E01,1;2,true", "C01,陈主管,13900000001,SUPERVISOR,E01,1,false",
				"C09,新人,,SUPERVISOR,E99,,true");

		ImportSummary summary = collectionImport.run(new CollectionImportRequest(changed, null, null, null, null));

		assertThat(summary.files().get(0).imported()).isEqualTo(1);
		assertThat(summary.files().get(0).rejected()).isEqualTo(2);
		assertThat(jdbc.queryForList(
				"SELECT buildings FROM collector WHERE collector_code = 'C01' ORDER BY recorded_at", String.class))
			.containsExactly("1", "1;2");
		assertThat(Files.readAllLines(CollectionImport.rejectsFile(changed))).containsExactly(
				"line,reason,collector_code,name,phone,team,estate_code,buildings,active",
				"3,\"collector C01 is already on line 2 of this file: a collector has one row per file\","
						+ "C01,陈主管,13900000001,SUPERVISOR,E01,1,false",
				"4,\"unknown estate E99: import it with --estates first\",C09,新人,,SUPERVISOR,E99,,true");
	}

	@Test
	void rejectsWhatOnlyTheDatabaseKnowsAndKeepsTheGoodRows() throws Exception {
		collectionImport.run(new CollectionImportRequest(vector("collectors.csv"), vector("contacts.csv"),
				vector("holds.csv"), null, null));
		Path contacts = write("contacts.csv", CollectionFile.CONTACTS.header(),
				"K-H2-3,H2,C01,2026-02-01,PHONE,NO_ANSWER,,,,2026-02-01T10:00:00",
				"K-H99-1,H99,C01,2026-02-01,PHONE,NO_ANSWER,,,,2026-02-01T10:00:00",
				"K-H3-1,H3,C77,2026-02-01,PHONE,NO_ANSWER,,,,2026-02-01T10:00:00",
				"K-H2-1,H2,C01,2026-01-20,PHONE,REFUSED,,,,2026-01-20T10:00:00");
		Path holds = write("holds.csv", CollectionFile.HOLDS.header(),
				"HD-H13-1,H13,DISPUTE,2026-02-10,2026-04-11,李经理,业主对漏水维修不满，协调中,2026-02-10T09:30:00");
		jdbc.update("INSERT INTO notice (household_code, kind, number, episode_due_date, issued_on, principal,"
				+ " late_fee, total) VALUES ('H16', 'REMINDER', 6, DATE '2026-01-05', DATE '2026-02-06', 300, 0, 300)");

		ImportSummary summary = collectionImport
			.run(new CollectionImportRequest(null, contacts, holds, vector("receipts.csv"), StandardCharsets.UTF_8));

		assertThat(summary.hasRejects()).isTrue();
		assertThat(summary.files()).extracting(FileSummary::imported).containsExactly(1L, 0L, 1L);
		assertThat(summary.files()).extracting(FileSummary::rejected).containsExactly(3L, 1L, 1L);
		assertThat(jdbc.queryForList("SELECT line_number, reason FROM import_reject ORDER BY reject_id"))
			.extracting(r -> ((Number) r.get("line_number")).intValue() + " " + r.get("reason"))
			.containsExactly("3 unknown household H99", "4 unknown collector C77: import it with --collectors first",
					"5 reference K-H2-1 is already stored with other content: a contact is never changed, record a new one",
					"2 reference HD-H13-1 is already stored with other content: a hold is never changed, end it early with a RELEASE row",
					"3 no LAWYER_LETTER 0 of the episode due 2026-01-05 was ever issued to H2: a receipt proves a notice the registry holds");
		assertThat(jdbc.queryForObject("SELECT method FROM receipt WHERE household_code = 'H16'", String.class))
			.isEqualTo("SIGNED");
		assertThat(Files.readAllLines(CollectionImport.rejectsFile(vector("receipts.csv")))).hasSize(2);
		assertThat(Files.readAllLines(CollectionImport.rejectsFile(holds)).get(1))
			.startsWith("2,\"reference HD-H13-1 is already stored with other content");
	}

	@Test
	void theRegistryRowOfANoticeShowsItsEarliestReceiptAndExportNoticesToo() throws Exception {
		jdbc.update("INSERT INTO notice (household_code, kind, number, episode_due_date, issued_on, principal,"
				+ " late_fee, total) VALUES ('H2', 'LAWYER_LETTER', 0, DATE '2026-01-05', DATE '2026-03-06', 900, 8.01,"
				+ " 908.01), ('H16', 'REMINDER', 6, DATE '2026-01-05', DATE '2026-02-06', 300, 0, 300)");
		String delivery = "SELECT received_on, delivery_method, tracking FROM notice"
				+ " WHERE household_code = ? AND kind = ?";

		collectionImport.run(new CollectionImportRequest(null, null, null, vector("receipts.csv"), null));

		assertThat(jdbc.queryForMap(delivery, "H2", "LAWYER_LETTER")).containsValues("EMS", "EA123456789CN")
			.containsEntry("received_on", java.sql.Date.valueOf("2026-03-09"));
		// a signed slip has no number: the row says so
		assertThat(jdbc.queryForMap(delivery, "H16", "REMINDER")).containsEntry("delivery_method", "SIGNED")
			.containsEntry("tracking", null);

		// a later receipt of the same letter proves nothing new: the row keeps the first;
		// an earlier one found afterwards is the one that counts
		Path later = write("receipts.csv", CollectionFile.RECEIPTS.header(),
				"H2,LAWYER_LETTER,0,2026-01-05,2026-03-12,SIGNED,,2026-03-13T09:00:00");
		collectionImport.run(new CollectionImportRequest(null, null, null, later, null));
		assertThat(jdbc.queryForMap(delivery, "H2", "LAWYER_LETTER")).containsEntry("tracking", "EA123456789CN");
		Path earlier = write("receipts-earlier.csv", CollectionFile.RECEIPTS.header(),
				"H2,LAWYER_LETTER,0,2026-01-05,2026-03-08,REGISTERED_MAIL,XA987654321CN,2026-03-20T09:00:00");
		collectionImport.run(new CollectionImportRequest(null, null, null, earlier, null));
		assertThat(jdbc.queryForMap(delivery, "H2", "LAWYER_LETTER"))
			.containsEntry("received_on", java.sql.Date.valueOf("2026-03-08"))
			.containsEntry("delivery_method", "REGISTERED_MAIL")
			.containsEntry("tracking", "XA987654321CN");
		assertThat(count("receipt")).isEqualTo(4);

		StringWriter notices = new StringWriter();
		noticeExport.write(java.time.LocalDate.parse("2026-02-01"), java.time.LocalDate.parse("2026-03-31"), notices);
		assertThat(notices.toString().lines()).containsExactly(
				"household_code,kind,number,episode_due_date,issued_on,principal,late_fee,total,fingerprint,file,"
						+ "print_batch,first_page,last_page,received_on,delivery_method,tracking",
				"H16,REMINDER,6,2026-01-05,2026-02-06,300.00,0.00,300.00,,,,,,2026-02-08,SIGNED,",
				"H2,LAWYER_LETTER,0,2026-01-05,2026-03-06,900.00,8.01,908.01,,,,,,2026-03-08,REGISTERED_MAIL,XA987654321CN");
	}

	@Test
	void aFileThatIsNotItsKindIsRefusedWhole() throws Exception {
		assertThatThrownBy(
				() -> collectionImport.run(new CollectionImportRequest(null, vector("holds.csv"), null, null, null)))
			.hasMessageContaining("not a contacts file");
		assertThat(count("contact") + count("collection_hold")).isZero();
	}

	private Path vector(String name) throws Exception {
		Path target = dir.resolve(name);
		if (!Files.exists(target)) {
			Files.copy(new ClassPathResource("vectors/collect/" + name).getInputStream(), target);
		}
		return target;
	}

	private Path write(String name, String... lines) throws Exception {
		Path file = Files.createDirectories(dir.resolve("own")).resolve(name);
		Files.writeString(file, String.join("\n", lines) + "\n");
		return file;
	}

	private long count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

}
