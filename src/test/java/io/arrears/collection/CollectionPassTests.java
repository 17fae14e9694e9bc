package io.arrears.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.VectorLoader;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntries;
import io.arrears.ledger.LedgerEntry;
import io.arrears.testing.TestDatabase;

/**
 * The collection pass reads only the households that can be on a list or in the review
 * ({@link CollectionLedgers}) and takes the day before and the first of the month from
 * their runs' stage history: on the {@code collect} vector, run in groups of consecutive
 * days, every date's work lists, review, month figures and limitation watch equal those
 * of a pass that reads every household and assesses those dates afresh, and on a date
 * after a run of the day before it reads fewer households, and no ledger at all: it takes
 * what the run of the date staged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CollectionPassTests {

	/**
	 * Groups of consecutive days around the vector's promises and holds: the first day of
	 * each group has no run of the day before (the pass assesses it), the others have.
	 */
	private static final List<LocalDate> DATES = dates("2026-01-31", "2026-02-02", "2026-02-09", "2026-02-11",
			"2026-02-19", "2026-02-21");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CollectionImport collectionImport;

	@Autowired
	DunningRuns dunningRuns;

	@Autowired
	CollectionDays days;

	@BeforeAll
	void theCollectVectorRunInGroupsOfDays() throws Exception {
		TestDatabase.wipe(dataSource);
		VectorLoader.load(jdbc, "collect");
		Path dir = Files.createTempDirectory("collection-pass");
		collectionImport.run(new CollectionImportRequest(copy(dir, "collectors.csv"), copy(dir, "contacts.csv"),
				copy(dir, "holds.csv"), null, null));
		dunningRuns.run(DATES, day -> assertThat(day.status()).isEqualTo(BatchStatus.COMPLETED));
	}

	@Test
	@Order(1)
	void theShortcutPassEqualsThePassOverEveryHousehold() {
		List<String> fewer = new ArrayList<>();
		List<String> staged = new ArrayList<>();
		for (LocalDate d : DATES) {
			int before = days.stagedPasses.get();
			CollectionDay shortcut = days.compute(d);
			if (days.stagedPasses.get() > before) {
				staged.add(d.toString());
			}
			CollectionDay everyone = days.computeReadingEveryone(d);
			assertThat(shortcut.lines()).as("work lists of %s", d).isEqualTo(everyone.lines());
			assertThat(DailyReview.of(shortcut, DailyReview.History.NONE)).as("review of %s", d)
				.isEqualTo(DailyReview.of(everyone, DailyReview.History.NONE));
			assertThat(DailyReview.month(shortcut)).as("month of %s", d).isEqualTo(DailyReview.month(everyone));
			assertThat(shortcut.endedInMonth()).as("limitation of %s", d).isEqualTo(everyone.endedInMonth());
			assertThat(everyone.review()).as("every household read on %s", d).hasSize(14);
			if (shortcut.review().size() < everyone.review().size()) {
				fewer.add(d.toString());
			}
		}
		// the households current throughout January (H1, H4, H5, ...) are not read again
		// once the day before and the first of the month are recorded
		assertThat(fewer).contains("2026-02-02", "2026-02-10", "2026-02-11", "2026-02-20", "2026-02-21");
		// after a run of the day before, what the run staged makes the day: no ledger
		// read
		assertThat(staged).containsExactly("2026-02-01", "2026-02-02", "2026-02-10", "2026-02-11", "2026-02-20",
				"2026-02-21");
		assertThat(days.compute(LocalDate.parse("2026-02-21")).lines()).isNotEmpty();
	}

	/**
	 * Recorded after the run, a contact of the date or a payment effective by it makes
	 * the pass read the ledger again, to the same result as the pass over every
	 * household; a date the new row does not concern still takes what its run staged.
	 * Last: it changes the vector's facts.
	 */
	@Test
	@Order(2)
	void aContactOrPaymentRecordedAfterTheRunMakesThePassReadTheLedger() {
		LocalDate friday = LocalDate.parse("2026-02-20");
		LocalDate saturday = LocalDate.parse("2026-02-21");
		jdbc.update("INSERT INTO contact (reference, household_code, collector_code, contacted_on, channel, outcome,"
				+ " promise_date, promise_amount, note, recorded_at) VALUES ('K-LATE-1', 'H2', 'C01', ?, 'PHONE',"
				+ " 'PROMISED', ?, 100.00, NULL, ?)", saturday, saturday.plusDays(3), saturday.atTime(15, 0));
		assertTheLedgerIsRead(saturday);
		assertStaged(friday);

		LedgerEntries.append(jdbc, List.of(new LedgerEntry("P-LATE-1", "H2", EntryType.PAYMENT, null, null,
				new BigDecimal("50.00"), friday, friday.atTime(9, 0), null)));
		assertTheLedgerIsRead(friday);
		assertTheLedgerIsRead(saturday);
	}

	/**
	 * H15's charge of June 2023 can be claimed until 2026-07-31: the staged pass of that
	 * day reads H15's ledger, and no other, for the period in full. Runs July's first day
	 * and last two (a run keeps the staging of its month and the one before only).
	 */
	@Test
	@Order(3)
	void aLimitationPeriodEndingInTheMonthIsReadFromTheLedger() throws Exception {
		LocalDate last = LocalDate.parse("2026-07-31");
		dunningRuns.run(List.of(LocalDate.parse("2026-07-01"), last.minusDays(1), last),
				day -> assertThat(day.status()).isEqualTo(BatchStatus.COMPLETED));
		assertThat(jdbc.queryForList("SELECT household_code FROM collection_staged WHERE as_of = ? AND read_ledger",
				String.class, last))
			.containsExactly("H15");
		assertStaged(last);
		assertThat(days.compute(last).endedInMonth()).extracting(p -> p.householdCode()).containsExactly("H15");
	}

	private void assertTheLedgerIsRead(LocalDate d) {
		int staged = days.stagedPasses.get();
		int read = days.ledgerPasses.get();
		assertSameAsEveryone(d, days.compute(d));
		assertThat(days.stagedPasses.get()).as("staged passes of %s", d).isEqualTo(staged);
		assertThat(days.ledgerPasses.get()).as("ledger passes of %s", d).isEqualTo(read + 1);
	}

	private void assertStaged(LocalDate d) {
		int staged = days.stagedPasses.get();
		assertSameAsEveryone(d, days.compute(d));
		assertThat(days.stagedPasses.get()).as("staged passes of %s", d).isEqualTo(staged + 1);
	}

	private void assertSameAsEveryone(LocalDate d, CollectionDay day) {
		CollectionDay everyone = days.computeReadingEveryone(d);
		assertThat(day.lines()).as("work lists of %s", d).isEqualTo(everyone.lines());
		assertThat(DailyReview.of(day, DailyReview.History.NONE)).as("review of %s", d)
			.isEqualTo(DailyReview.of(everyone, DailyReview.History.NONE));
		assertThat(DailyReview.month(day)).as("month of %s", d).isEqualTo(DailyReview.month(everyone));
		assertThat(day.endedInMonth()).as("limitation of %s", d).isEqualTo(everyone.endedInMonth());
	}

	private static List<LocalDate> dates(String... bounds) {
		List<LocalDate> dates = new ArrayList<>();
		for (int i = 0; i < bounds.length; i += 2) {
			for (LocalDate d = LocalDate.parse(bounds[i]); !d.isAfter(LocalDate.parse(bounds[i + 1])); d = d
				.plusDays(1)) {
				dates.add(d);
			}
		}
		return dates;
	}

	private static Path copy(Path dir, String name) throws IOException {
		Path target = dir.resolve(name);
		try (var in = new ClassPathResource("vectors/collect/" + name).getInputStream()) {
			Files.copy(in, target);
		}
		return target;
	}

}
