package io.arrears.audit;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.audit.RecordedHousehold.PostedFee;
import io.arrears.document.Money;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;

/**
 * Reads what the dunning runs of a date recorded, for every household at once (a handful
 * of set-based queries per date, never one per household): the stage history, the late
 * fees posted on the date net of reversals, the notices issued on it and those a promise
 * or hold kept back ({@code notice_suppression}). A restatement sees an earlier non-dry
 * re-run's corrections; a replay sees only what was recorded by the end of the date, so
 * corrections made since do not count against the run that could not know them.
 */
class RecordedDunning {

	static final String STAGES = """
			SELECT household_code, stage, days_overdue, oldest_due_date, principal_overdue, late_fee_posted,
			       late_fee_outstanding, prior_year_principal, team
			  FROM stage_history
			 WHERE as_of = ?
			""";

	static final String RESTATED = """
			SELECT household_code, stage, days_overdue, oldest_due_date, principal_overdue, late_fee_posted,
			       late_fee_outstanding, prior_year_principal, team, notice_kind, notice_number, notice_episode,
			       notice_principal, notice_late_fee, notice_total, notice_digest
			  FROM audit_restated
			 WHERE as_of = ?
			 ORDER BY run_id
			""";

	static final String LATE_FEES = """
			SELECT e.reference, e.household_code, e.amount
			  FROM ledger_entry e
			 WHERE e.entry_type = 'LATE_FEE' AND e.reference LIKE 'LF:%' AND e.effective_date = ?
			   AND e.recorded_at < ?
			   AND NOT EXISTS (SELECT 1 FROM ledger_entry r
			                    WHERE r.entry_type = 'REVERSAL' AND r.reverses = e.reference AND r.recorded_at < ?)
			 ORDER BY e.reference
			""";

	static final String NOTICES = """
			SELECT household_code, kind, number, episode_due_date, principal, late_fee, total
			  FROM notice
			 WHERE issued_on = ?
			""";

	static final String NOTICE_LINES = """
			SELECT l.household_code, l.kind, l.number, l.episode_due_date, l.charge_reference, l.due_date,
			       l.outstanding, l.late_fee
			  FROM notice_line l
			  JOIN notice n
			    ON n.household_code = l.household_code AND n.kind = l.kind AND n.number = l.number
			   AND n.episode_due_date = l.episode_due_date
			 WHERE n.issued_on = ?
			 ORDER BY l.household_code, l.kind, l.number, l.episode_due_date, l.line_no
			""";

	static final String SUPPRESSED = """
			SELECT household_code, kind, number, episode_due_date, cause, reason, cause_reference, until_date
			  FROM notice_suppression
			 WHERE as_of = ?
			""";

	static final String ISSUED_BEFORE = """
			SELECT household_code, kind, number, episode_due_date FROM notice WHERE issued_on < ?
			""";

	/** Far enough ahead to mean "recorded at any time". */
	private static final LocalDateTime ANY_TIME = LocalDateTime.of(9999, 1, 1, 0, 0);

	private final JdbcTemplate jdbc;

	RecordedDunning(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param recordedBefore the replay's cut-off, or null to see everything (restate)
	 */
	Map<String, RecordedHousehold> of(LocalDate asOf, Mode mode, LocalDateTime recordedBefore) {
		Map<String, StageRow> stages = new HashMap<>();
		Map<String, NoticeStatement> notices = new HashMap<>(notices(asOf));
		jdbc.query(STAGES, rs -> {
			stages.put(rs.getString("household_code"), stageRow(rs));
		}, Date.valueOf(asOf));
		Set<String> restated = new HashSet<>();
		if (mode == Mode.RESTATE) {
			// later runs' rows come last and win
			jdbc.query(RESTATED, rs -> {
				String household = rs.getString("household_code");
				restated.add(household);
				stages.put(household, stageRow(rs));
				String kind = rs.getString("notice_kind");
				notices.put(household, kind == null ? null : new NoticeStatement(kind, rs.getInt("notice_number"),
						rs.getDate("notice_episode").toLocalDate(), Money.of(rs.getBigDecimal("notice_principal")),
						Money.of(rs.getBigDecimal("notice_late_fee")), Money.of(rs.getBigDecimal("notice_total")),
						rs.getString("notice_digest")));
			}, Date.valueOf(asOf));
		}
		Map<String, Map<String, PostedFee>> fees = lateFees(asOf, recordedBefore == null ? ANY_TIME : recordedBefore);

		Map<String, KeptBack> keptBack = new HashMap<>();
		jdbc.query(SUPPRESSED, rs -> {
			String household = rs.getString("household_code");
			// a restated outcome supersedes the run's, and records no notice kept back
			if (!restated.contains(household)) {
				Date until = rs.getDate("until_date");
				keptBack.put(household, new KeptBack(
						KeptBack.key(rs.getString("kind"), rs.getInt("number"),
								rs.getDate("episode_due_date").toLocalDate()),
						new Difference.Cause(rs.getString("cause"), rs.getString("reason"),
								rs.getString("cause_reference"), null, until == null ? null : until.toLocalDate())));
			}
		}, Date.valueOf(asOf));

		Set<String> households = new HashSet<>(stages.keySet());
		households.addAll(notices.keySet());
		households.addAll(fees.keySet());
		households.addAll(keptBack.keySet());
		Map<String, RecordedHousehold> recorded = new HashMap<>();
		for (String household : households) {
			recorded.put(household, new RecordedHousehold(stages.get(household), fees.getOrDefault(household, Map.of()),
					notices.get(household), keptBack.get(household)));
		}
		return recorded;
	}

	/** Every notice issued before a date: the registry a re-run starts from. */
	Set<String> issuedBefore(LocalDate date) {
		Set<String> keys = new HashSet<>();
		jdbc.query(ISSUED_BEFORE, rs -> {
			keys.add(registryKey(rs.getString("household_code"), rs.getString("kind"), rs.getInt("number"),
					rs.getDate("episode_due_date").toLocalDate()));
		}, Date.valueOf(date));
		return keys;
	}

	static String registryKey(String household, String kind, int number, LocalDate episode) {
		return household + "|" + kind + "|" + number + "|" + episode;
	}

	private Map<String, Map<String, PostedFee>> lateFees(LocalDate asOf, LocalDateTime recordedBefore) {
		Map<String, Map<String, PostedFee>> fees = new HashMap<>();
		Timestamp before = Timestamp.valueOf(recordedBefore);
		jdbc.query(LATE_FEES, rs -> {
			String reference = rs.getString("reference");
			String household = rs.getString("household_code");
			BigDecimal amount = Money.of(rs.getBigDecimal("amount"));
			String charge = new LedgerEntry(reference, household, EntryType.LATE_FEE, null, null, amount, asOf, null,
					null)
				.lateFeeChargeReference();
			fees.computeIfAbsent(household, h -> new LinkedHashMap<>())
				.merge(charge, new PostedFee(charge, amount, List.of(reference)), (a, b) -> new PostedFee(charge,
						a.amount().add(b.amount()), concat(a.references(), b.references())));
		}, Date.valueOf(asOf), before, before);
		return fees;
	}

	private Map<String, NoticeStatement> notices(LocalDate asOf) {
		Map<String, List<NoticeStatement.Line>> lines = new HashMap<>();
		jdbc.query(NOTICE_LINES, rs -> {
			String key = registryKey(rs.getString("household_code"), rs.getString("kind"), rs.getInt("number"),
					rs.getDate("episode_due_date").toLocalDate());
			lines.computeIfAbsent(key, k -> new ArrayList<>())
				.add(new NoticeStatement.Line(rs.getString("charge_reference"), rs.getDate("due_date").toLocalDate(),
						rs.getBigDecimal("outstanding"), rs.getBigDecimal("late_fee")));
		}, Date.valueOf(asOf));
		Map<String, NoticeStatement> notices = new HashMap<>();
		jdbc.query(NOTICES, rs -> {
			String household = rs.getString("household_code");
			String kind = rs.getString("kind");
			int number = rs.getInt("number");
			LocalDate episode = rs.getDate("episode_due_date").toLocalDate();
			notices.put(household,
					NoticeStatement.of(kind, number, episode, rs.getBigDecimal("principal"),
							rs.getBigDecimal("late_fee"), rs.getBigDecimal("total"),
							lines.getOrDefault(registryKey(household, kind, number, episode), List.of())));
		}, Date.valueOf(asOf));
		return notices;
	}

	private static StageRow stageRow(ResultSet rs) throws SQLException {
		Date oldest = rs.getDate("oldest_due_date");
		return new StageRow(rs.getString("stage"), rs.getInt("days_overdue"),
				oldest == null ? null : oldest.toLocalDate(), rs.getBigDecimal("principal_overdue"),
				rs.getBigDecimal("late_fee_posted"), rs.getBigDecimal("late_fee_outstanding"),
				rs.getBigDecimal("prior_year_principal"), rs.getString("team"));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
