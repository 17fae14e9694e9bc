package io.arrears.audit;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.Assessment;
import io.arrears.dunning.KeptOff;
import io.arrears.dunning.Stage;
import io.arrears.dunning.Team;
import io.arrears.estate.FestivalCardAudit.Mailing;
import io.arrears.estate.FestivalCardAudit.Reissued;
import io.arrears.estate.FestivalCardAudit.SentCard;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;

/**
 * A re-run's own state in the database ({@code audit_rerun_*}), read by each date step
 * when it opens and written by its chunks in their transactions: what the earlier dates
 * and chunks of the run computed, so that a restarted run sees exactly what an
 * uninterrupted one would. A handful of set-based queries per date, none per household.
 */
class RerunState {

	static final String INSERT_STANDING = """
			INSERT INTO audit_rerun_standing (run_id, as_of, household_code, stage, days_overdue, oldest_due_date,
			    principal_overdue, late_fee_posted, late_fee_outstanding, prior_year_principal, team, kept_off_cause,
			    kept_off_reason, kept_off_reference, kept_off_until)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	static final String KEPT_OFF = """
			SELECT household_code, kept_off_cause, kept_off_reason, kept_off_reference, kept_off_until
			  FROM audit_rerun_standing
			 WHERE run_id = ? AND as_of = ? AND kept_off_cause IS NOT NULL
			""";

	static final String STANDINGS = """
			SELECT household_code, stage, days_overdue, oldest_due_date, principal_overdue, late_fee_posted,
			       late_fee_outstanding, prior_year_principal, team
			  FROM audit_rerun_standing
			 WHERE run_id = ? AND as_of = ?
			""";

	static final String INSERT_FEE = """
			INSERT INTO audit_rerun_fee (run_id, reference, household_code, fee_item, period, amount, effective_date,
			    recorded_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	static final String FEES_BEFORE = """
			SELECT reference, household_code, fee_item, period, amount, effective_date, recorded_at
			  FROM audit_rerun_fee
			 WHERE run_id = ? AND effective_date < ?
			 ORDER BY household_code, effective_date, reference
			""";

	static final String INSERT_NOTICE = """
			INSERT INTO audit_rerun_notice (run_id, household_code, kind, number, episode_due_date, issued_on)
			VALUES (?, ?, ?, ?, ?, ?)
			""";

	static final String NOTICES_BEFORE = """
			SELECT household_code, kind, number, episode_due_date
			  FROM audit_rerun_notice
			 WHERE run_id = ? AND issued_on < ?
			""";

	static final String INSERT_CARD = """
			INSERT INTO audit_card (run_id, festival, festival_year, household_code, as_of, stage, arrears, file_path,
			    fingerprint, recorded_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	/** Later runs' rows come last and win. */
	static final String CORRECTED_CARDS = """
			SELECT household_code, stage, arrears, fingerprint
			  FROM audit_card
			 WHERE festival = ? AND festival_year = ?
			 ORDER BY run_id
			""";

	private final JdbcTemplate jdbc;

	private final RecordedDunning recordedDunning;

	RerunState(JdbcTemplate jdbc, RecordedDunning recordedDunning) {
		this.jdbc = jdbc;
		this.recordedDunning = recordedDunning;
	}

	/** The late fees the run posted on the dates before the day, by household. */
	Map<String, List<LedgerEntry>> ownFeesBefore(long runId, LocalDate day) {
		Map<String, List<LedgerEntry>> fees = new HashMap<>();
		jdbc.query(FEES_BEFORE, rs -> {
			String period = rs.getString("period");
			Timestamp recorded = rs.getTimestamp("recorded_at");
			LedgerEntry fee = new LedgerEntry(rs.getString("reference"), rs.getString("household_code"),
					EntryType.LATE_FEE, rs.getString("fee_item"), period == null ? null : YearMonth.parse(period),
					rs.getBigDecimal("amount").setScale(2), rs.getDate("effective_date").toLocalDate(),
					recorded == null ? null : recorded.toLocalDateTime(), null);
			fees.computeIfAbsent(fee.householdCode(), h -> new ArrayList<>()).add(fee);
		}, runId, Date.valueOf(day));
		return fees;
	}

	/**
	 * The notices issued before the day, by household, as registry keys: the registry as
	 * it stood before the range, then the run's own notices of the earlier dates.
	 */
	Map<String, Set<String>> issuedBefore(long runId, LocalDate from, LocalDate day) {
		Map<String, Set<String>> issued = new HashMap<>();
		for (String key : recordedDunning.issuedBefore(from)) {
			issued.computeIfAbsent(key.substring(0, key.indexOf('|')), h -> new HashSet<>()).add(key);
		}
		jdbc.query(NOTICES_BEFORE, rs -> {
			String household = rs.getString("household_code");
			issued.computeIfAbsent(household, h -> new HashSet<>())
				.add(RecordedDunning.registryKey(household, rs.getString("kind"), rs.getInt("number"),
						rs.getDate("episode_due_date").toLocalDate()));
		}, runId, Date.valueOf(day));
		return issued;
	}

	/**
	 * Writes the standings a chunk of a date computed, with what kept a household off the
	 * public lists, by household (absent: the lists may name it).
	 */
	void writeStandings(long runId, LocalDate day, List<Assessment> standings, Map<String, KeptOff> keptOff) {
		List<Object[]> rows = new ArrayList<>(standings.size());
		for (Assessment a : standings) {
			KeptOff k = keptOff.get(a.householdCode());
			rows.add(new Object[] { runId, Date.valueOf(day), a.householdCode(), a.stage().name(), a.daysOverdue(),
					a.oldestDueDate() == null ? null : Date.valueOf(a.oldestDueDate()), a.principalOverdue(),
					a.lateFeePosted(), a.lateFeeOutstanding(), a.priorYearPrincipal(),
					a.team() == null ? null : a.team().name(), k == null ? null : k.cause(),
					k == null ? null : k.reason(), k == null ? null : k.reference(),
					k == null || k.until() == null ? null : Date.valueOf(k.until()) });
		}
		batch(INSERT_STANDING, rows);
	}

	/**
	 * The households the run kept off the public lists on the day, and why, by household.
	 */
	Map<String, KeptOff> keptOff(long runId, LocalDate day) {
		Map<String, KeptOff> keptOff = new HashMap<>();
		jdbc.query(KEPT_OFF, rs -> {
			Date until = rs.getDate("kept_off_until");
			keptOff.put(rs.getString("household_code"),
					new KeptOff(rs.getString("kept_off_cause"), rs.getString("kept_off_reason"),
							rs.getString("kept_off_reference"), until == null ? null : until.toLocalDate()));
		}, runId, Date.valueOf(day));
		return keptOff;
	}

	/**
	 * Writes the late fees and notices a chunk of a date issued, which the later dates of
	 * the run see.
	 */
	void writeOwn(long runId, LocalDate day, List<Reconciled> households) {
		List<Object[]> fees = new ArrayList<>();
		List<Object[]> notices = new ArrayList<>();
		for (Reconciled h : households) {
			for (LedgerEntry e : h.dunning().lateFees()) {
				fees.add(new Object[] { runId, e.reference(), e.householdCode(), e.feeItem(),
						e.period() == null ? null : e.period().toString(), e.amount(), Date.valueOf(e.effectiveDate()),
						e.recordedAt() == null ? null : Timestamp.valueOf(e.recordedAt()) });
			}
			NoticeStatement n = h.notice();
			if (n != null) {
				notices.add(new Object[] { runId, h.householdCode(), n.kind(), n.number(),
						Date.valueOf(n.episodeDueDate()), Date.valueOf(day) });
			}
		}
		batch(INSERT_FEE, fees);
		batch(INSERT_NOTICE, notices);
	}

	/**
	 * The standings the run computed for the day, by household, as assessments without
	 * their lines (the documents need only the stage row).
	 */
	Map<String, Assessment> standings(long runId, LocalDate day) {
		Map<String, Assessment> standings = new HashMap<>();
		jdbc.query(STANDINGS, rs -> {
			Date oldest = rs.getDate("oldest_due_date");
			String team = rs.getString("team");
			String household = rs.getString("household_code");
			standings.put(household,
					new Assessment(household, day, Stage.valueOf(rs.getString("stage")), rs.getInt("days_overdue"),
							oldest == null ? null : oldest.toLocalDate(), money(rs.getBigDecimal("principal_overdue")),
							money(rs.getBigDecimal("late_fee_posted")), money(rs.getBigDecimal("late_fee_outstanding")),
							money(rs.getBigDecimal("prior_year_principal")), team == null ? null : Team.valueOf(team),
							List.of()));
		}, runId, Date.valueOf(day));
		return standings;
	}

	/** The cards earlier non-dry re-runs issued corrected, the latest by household. */
	Map<String, SentCard> correctedCards(Mailing mailing) {
		Map<String, SentCard> cards = new HashMap<>();
		jdbc.query(CORRECTED_CARDS, rs -> {
			SentCard card = new SentCard(rs.getString("household_code"), rs.getString("stage"),
					rs.getBigDecimal("arrears").setScale(2), rs.getString("fingerprint"));
			cards.put(card.householdCode(), card);
		}, mailing.festival(), mailing.year());
		return cards;
	}

	/** Records the corrected cards a chunk issued. */
	void writeCards(long runId, Mailing mailing, List<CheckedCard> cards, List<Reissued> files, LocalDateTime now) {
		Map<String, CheckedCard> byHousehold = new HashMap<>();
		cards.forEach(c -> byHousehold.put(c.householdCode(), c));
		List<Object[]> rows = new ArrayList<>(files.size());
		for (Reissued file : files) {
			CheckedCard card = byHousehold.get(file.householdCode());
			rows.add(new Object[] { runId, mailing.festival(), mailing.year(), file.householdCode(),
					Date.valueOf(mailing.asOf()), card.stage(), card.arrears(), file.file(), file.fingerprint(),
					Timestamp.valueOf(now) });
		}
		batch(INSERT_CARD, rows);
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows);
		}
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2);
	}

}
