package io.arrears.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.collection.CollectionImport;
import io.arrears.collection.CollectionImportRequest;
import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.VectorLoader;
import io.arrears.estate.EstateDocumentRuns;
import io.arrears.ledger.FileSummary;
import io.arrears.testing.TestDatabase;

/**
 * The audit of promises and holds (SPEC §9 with §6), on the {@code collect} vector run
 * daily from 2026-02-01 to 02-12 and re-run over 02-09 … 02-12: a replay explains each
 * notice a hold kept back by that hold (H13's dispute from 02-10, H14's hardship until
 * its release on 02-15), as explained rows and not differences; after a {@code DISPUTE}
 * hold of H2 over 02-09 … 02-11 is imported on 03-01, the replay is unchanged (the dates
 * could not know it) and a restatement names the reminder of 02-10 that should not have
 * gone out, by that hold, and the one that would now go out on 02-12, when it ends.
 */
abstract class CollectionRerunTests {

	static final LocalDate RUN_FROM = LocalDate.parse("2026-02-01");

	static final LocalDate FROM = LocalDate.parse("2026-02-09");

	static final LocalDate TO = LocalDate.parse("2026-02-12");

	static final String BACKDATED_HOLD = "HD-H2-1,H2,DISPUTE,2026-02-09,2026-02-11,李经理,业主对公摊电费有异议,"
			+ "2026-03-01T10:00:00";

	/** What the replay explains, the same before and after the backdated hold. */
	static final List<String> EXPLAINED = List.of(
			"2026-02-09,H14,WITHHELD,REMINDER 6 episode 2026-01-05,EXPLAINED,HOLD,HARDSHIP,HD-H14-1,2026-01-20,2026-03-31",
			"2026-02-10,H13,WITHHELD,REMINDER 7 episode 2026-01-05,EXPLAINED,HOLD,DISPUTE,HD-H13-1,2026-02-10,2026-04-10",
			"2026-02-10,H14,WITHHELD,REMINDER 7 episode 2026-01-05,EXPLAINED,HOLD,HARDSHIP,HD-H14-1,2026-01-20,2026-03-31",
			"2026-02-11,H13,WITHHELD,REMINDER 7 episode 2026-01-05,EXPLAINED,HOLD,DISPUTE,HD-H13-1,2026-02-10,2026-04-10",
			"2026-02-11,H14,WITHHELD,REMINDER 7 episode 2026-01-05,EXPLAINED,HOLD,HARDSHIP,HD-H14-1,2026-01-20,2026-03-31",
			"2026-02-12,H13,WITHHELD,REMINDER 7 episode 2026-01-05,EXPLAINED,HOLD,DISPUTE,HD-H13-1,2026-02-10,2026-04-10",
			"2026-02-12,H14,WITHHELD,REMINDER 7 episode 2026-01-05,EXPLAINED,HOLD,HARDSHIP,HD-H14-1,2026-01-20,2026-03-31");

	@TempDir
	Path dir;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DunningRuns runs;

	@Autowired
	CollectionImport collectionImport;

	@Autowired
	DunningRerun dunning;

	@Autowired
	BulletinRerun bulletin;

	@Autowired
	EstateDocumentRuns estateDocuments;

	static final LocalDate BULLETIN_DAY = LocalDate.parse("2026-02-20");

	@BeforeEach
	void emptyDatabase() {
		TestDatabase.wipe(dataSource);
	}

	@Test
	void aReplayExplainsTheHeldNoticesAndARestatementAfterABackdatedHoldNamesTheNoticesThatShouldNotHaveGoneOut()
			throws Exception {
		VectorLoader.load(jdbc, "collect");
		importCollection(copy("holds.csv"));
		assertThat(runs.run(RUN_FROM, TO, day -> {
		}).failed()).isNull();

		RerunSummary replay = rerun(Mode.REPLAY);
		assertThat(replay.differences()).as("a replay of the daily run").isEmpty();
		assertThat(rows(replay.explained())).containsExactlyElementsOf(EXPLAINED);

		Path backdated = dir.resolve("holds-backdated.csv");
		Files.writeString(backdated, CollectionRerunTests.lines("holds.csv").get(0) + "\n" + BACKDATED_HOLD + "\n");
		importCollection(backdated);

		RerunSummary replayAgain = rerun(Mode.REPLAY);
		assertThat(replayAgain.differences()).as("the replayed dates could not know a hold recorded on 03-01")
			.isEmpty();
		assertThat(rows(replayAgain.explained())).containsExactlyElementsOf(EXPLAINED);

		RerunSummary restate = rerun(Mode.RESTATE);
		assertThat(rows(restate.differences())).as("H2 under the hold now known")
			.containsExactly("2026-02-09,H2,STAGE,null,null,,,,,", "2026-02-10,H2,STAGE,null,null,,,,,",
					"2026-02-10,H2,NOTICE,REMINDER 7 episode 2026-01-05,SHOULD_NOT_HAVE_GONE_OUT,HOLD,DISPUTE,HD-H2-1,"
							+ "2026-02-09,2026-02-11",
					"2026-02-11,H2,STAGE,null,null,,,,,",
					"2026-02-12,H2,NOTICE,REMINDER 7 episode 2026-01-05,WOULD_BE_ISSUED,,,,,");
		assertThat(restate.differences().stream().filter(d -> d.kind() == Difference.Kind.STAGE))
			.as("held, H2 is worked by the manager")
			.allSatisfy(d -> assertThat(d.expected()).endsWith("team=MANAGER"));
		List<String> explained = new java.util.ArrayList<>(EXPLAINED);
		explained.add(5, "2026-02-11,H2,WITHHELD,REMINDER 7 episode 2026-01-05,EXPLAINED,HOLD,DISPUTE,HD-H2-1,"
				+ "2026-02-09,2026-02-11");
		assertThat(rows(restate.explained())).as("the hold keeps the reminder back on 02-11 too")
			.containsExactlyElementsOf(explained);

		List<String> csv = Files.readAllLines(restate.csv());
		assertThat(csv).hasSize(1 + 5 + 8)
			.first()
			.isEqualTo("run_id,as_of,household_code,kind,subject,expected,recorded,finding,notice,cause,cause_reason,"
					+ "cause_reference,cause_from,cause_until");
		assertThat(csv).contains(restate.runId() + ",2026-02-10,H2,NOTICE,notice,"
				+ "withheld REMINDER 7 episode 2026-01-05 by HOLD HD-H2-1 (DISPUTE until 2026-02-11),"
				+ "REMINDER 7 episode 2026-01-05 principal=600.00 late-fee=3.69 total=603.69,SHOULD_NOT_HAVE_GONE_OUT,"
				+ "REMINDER 7 episode 2026-01-05,HOLD,DISPUTE,HD-H2-1,2026-02-09,2026-02-11",
				restate.runId() + ",2026-02-12,H2,NOTICE,notice,"
						+ "REMINDER 7 episode 2026-01-05 principal=600.00 late-fee=4.05 total=604.05,none,"
						+ "WOULD_BE_ISSUED,REMINDER 7 episode 2026-01-05,,,,,");
		try (PDDocument pdf = Loader.loadPDF(restate.pdf().toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("differences: 5, notices explained by a promise or hold: 8")
				.contains("SHOULD_NOT_HAVE_GONE_OUT")
				.contains("HD-H2-1");
		}
		assertThat(jdbc.queryForObject("SELECT differences FROM audit_run WHERE run_id = ?", Integer.class,
				restate.runId()))
			.as("explained notices are not differences")
			.isEqualTo(5);
	}

	/**
	 * The bulletin of 02-20 (the schedule's due day 15 + 5) leaves off H13, at
	 * {@code REMINDER_10} and so listed but for its dispute hold of 02-10 … 04-10: a
	 * replay leaves it off too, finds no difference and says why it is not listed; after
	 * a hold of H2 over 02-18 … 02-25 is imported on 03-01, a restatement says H2 should
	 * not have been listed, by that hold.
	 */
	@Test
	void aBulletinReRunSaysWhichHouseholdAHoldKeptOffTheList() throws Exception {
		VectorLoader.load(jdbc, "collect");
		importCollection(copy("holds.csv"));
		assertThat(runs.run(RUN_FROM, BULLETIN_DAY, day -> {
		}).failed()).isNull();
		assertThat(estateDocuments.bulletin(BULLETIN_DAY).status().name()).isEqualTo("COMPLETED");
		assertThat(jdbc.queryForList(
				"SELECT household_code FROM stage_history WHERE as_of = ? AND listed_publicly = FALSE", String.class,
				BULLETIN_DAY))
			.containsExactly("H13");

		RerunSummary replay = bulletin.rerun(new RerunRequest(BULLETIN_DAY, BULLETIN_DAY, Mode.REPLAY, true), day -> {
		});
		assertThat(replay.differences()).as("the re-run leaves H13 off, as the job did").isEmpty();
		assertThat(rows(replay.explained()))
			.containsExactly("2026-02-20,H13,KEPT_OFF,BULLETIN,EXPLAINED,HOLD,DISPUTE,HD-H13-1,2026-02-10,2026-04-10");
		assertThat(replay.explained().get(0).expected())
			.isEqualTo("kept off the BULLETIN by HOLD HD-H13-1 (DISPUTE until 2026-04-10)");
		assertThat(Files.readAllLines(replay.csv())).anySatisfy(l -> assertThat(l)
			.startsWith(replay.runId() + ",2026-02-20,H13,KEPT_OFF,BULLETIN listed,kept off the BULLETIN by HOLD"));

		Path backdated = dir.resolve("holds-h2.csv");
		Files.writeString(backdated, CollectionRerunTests.lines("holds.csv").get(0) + "\n"
				+ "HD-H2-2,H2,HARDSHIP,2026-02-18,2026-02-25,李经理,业主失业,2026-03-01T10:00:00\n");
		importCollection(backdated);
		RerunSummary restate = bulletin.rerun(new RerunRequest(BULLETIN_DAY, BULLETIN_DAY, Mode.RESTATE, true), day -> {
		});
		List<Difference> h2 = restate.differences().stream().filter(d -> d.householdCode().equals("H2")).toList();
		assertThat(rows(h2)).containsExactly(
				"2026-02-20,H2,LISTED,BULLETIN,SHOULD_NOT_HAVE_GONE_OUT,HOLD,HARDSHIP,HD-H2-2,2026-02-18,2026-02-25");
		assertThat(h2.get(0).expected())
			.isEqualTo("not listed: kept off the BULLETIN by HOLD HD-H2-2 (HARDSHIP until 2026-02-25)");
		assertThat(h2.get(0).recorded()).contains("amount=");
		// the rest are the estate's own figures, which count the households the lists may
		// name
		assertThat(restate.differences()).filteredOn(d -> !d.householdCode().equals("H2"))
			.allSatisfy(d -> assertThat(d.householdCode()).isEqualTo("E01"))
			.allSatisfy(d -> assertThat(d.subject()).endsWith(" figures"));
		assertThat(rows(restate.explained()))
			.containsExactly("2026-02-20,H13,KEPT_OFF,BULLETIN,EXPLAINED,HOLD,DISPUTE,HD-H13-1,2026-02-10,2026-04-10");
	}

	private RerunSummary rerun(Mode mode) throws Exception {
		return dunning.rerun(new RerunRequest(FROM, TO, mode, true), day -> {
		});
	}

	private static List<String> rows(List<Difference> rows) {
		return rows.stream().map(CollectionRerunTests::row).toList();
	}

	/** A row as the report's columns state it, without the run and the descriptions. */
	static String row(Difference d) {
		Difference.Cause c = d.cause();
		return String.join(",", d.asOf().toString(), d.householdCode(), d.kind().name(), String.valueOf(d.notice()),
				String.valueOf(d.finding()), c == null ? "" : c.type(), c == null ? "" : c.reason(),
				c == null ? "" : c.reference(), c == null ? "" : String.valueOf(c.from()),
				c == null ? "" : String.valueOf(c.until()));
	}

	private void importCollection(Path holds) throws Exception {
		boolean first = !Files.exists(dir.resolve("collectors.csv"));
		CollectionImportRequest request = first
				? new CollectionImportRequest(copy("collectors.csv"), copy("contacts.csv"), holds, null,
						StandardCharsets.UTF_8)
				: new CollectionImportRequest(null, null, holds, null, StandardCharsets.UTF_8);
		for (FileSummary file : collectionImport.run(request).files()) {
			assertThat(file.rejected()).as(file.file().toString()).isZero();
		}
	}

	private Path copy(String name) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, String.join("\n", lines(name)) + "\n");
		return file;
	}

	static List<String> lines(String name) throws IOException {
		try (InputStream in = CollectionRerunTests.class.getResourceAsStream("/vectors/collect/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
	}

}
