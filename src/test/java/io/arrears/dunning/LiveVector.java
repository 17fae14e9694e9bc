package io.arrears.dunning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.ledger.LedgerEntries;
import io.arrears.ledger.LedgerEntry;

/**
 * A vector fed to the database as it would have arrived live: its estates and households
 * at once, its ledger entries only when their {@code recorded_at} has come. Before the
 * dunning run of a date D, {@link #recordUntil(LocalDate)} inserts what was recorded
 * before D+1 00:00, so that the run sees what a run at the end of D would have seen.
 */
public final class LiveVector {

	private final JdbcTemplate jdbc;

	private final List<LedgerEntry> pending;

	public LiveVector(JdbcTemplate jdbc, String vector) {
		this.jdbc = jdbc;
		VectorLoader.loadEstatesAndHouseholds(jdbc, vector);
		pending = new ArrayList<>();
		for (String[] r : VectorFiles.rows(vector, "ledger.csv")) {
			pending.add(VectorFiles.entry(r));
		}
	}

	/** Inserts the entries recorded before the end of {@code day} not inserted yet. */
	public void recordUntil(LocalDate day) {
		LocalDateTime end = day.plusDays(1).atStartOfDay();
		List<LedgerEntry> rows = new ArrayList<>();
		List<LedgerEntry> later = new ArrayList<>();
		for (LedgerEntry entry : pending) {
			if (entry.recordedAt().isBefore(end)) {
				rows.add(entry);
			}
			else {
				later.add(entry);
			}
		}
		LedgerEntries.append(jdbc, rows);
		pending.clear();
		pending.addAll(later);
	}

	/**
	 * The entries effective by {@code day} that the replay of some day up to it could not
	 * see: recorded after the end of their effective date, and after {@code since}, the
	 * first day replayed. What such a replay did differently then (a notice issued a day
	 * later, a fee not posted) carries on to the days after.
	 */
	public static List<LedgerEntry> recordedLate(String vector, LocalDate since, LocalDate day) {
		List<LedgerEntry> late = new ArrayList<>();
		for (String[] r : VectorFiles.rows(vector, "ledger.csv")) {
			LedgerEntry entry = VectorFiles.entry(r);
			if (!entry.effectiveDate().isAfter(day)
					&& !entry.recordedAt().isBefore(entry.effectiveDate().plusDays(1).atStartOfDay())
					&& entry.recordedAt().isAfter(since.atStartOfDay())) {
				late.add(entry);
			}
		}
		return late;
	}

}
