package io.arrears.dunning;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.ledger.LedgerEntries;
import io.arrears.ledger.LedgerEntry;

/**
 * Writes a chunk's outcome in three batched statements inside the chunk's transaction:
 * the stage history, the late fees posted, and the notices due; then tells the treatment
 * ({@link HouseholdTreatment#written}). A notice already issued in the same episode is
 * left as it was, so a household gets each notice once per episode. It keeps the run's
 * totals in the step's execution context, committed with each chunk, so that the summary
 * of a restarted run counts the chunks of the failed one too.
 */
public class DunningWriter implements ItemStreamWriter<Dunning> {

	static final String INSERT_STAGE = """
			INSERT INTO stage_history (as_of, household_code, stage, days_overdue, oldest_due_date,
			    principal_overdue, late_fee_posted, late_fee_outstanding, prior_year_principal, team, listed_publicly)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	/**
	 * A notice kept back, once per household and date, and only when the registry had not
	 * issued it: a notice of the episode issued before the hold was not suppressed.
	 */
	static final String INSERT_SUPPRESSION = """
			INSERT INTO notice_suppression (as_of, household_code, kind, number, episode_due_date, cause, reason,
			    cause_reference, until_date)
			SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? FROM (SELECT 1 AS one) candidate
			 WHERE NOT EXISTS (SELECT 1 FROM notice n
			                    WHERE n.household_code = ? AND n.kind = ? AND n.number = ? AND n.episode_due_date = ?)
			   AND NOT EXISTS (SELECT 1 FROM notice_suppression s WHERE s.as_of = ? AND s.household_code = ?)
			""";

	static final String INSERT_NOTICE = """
			INSERT INTO notice (household_code, kind, number, episode_due_date, issued_on, principal, late_fee, total)
			SELECT ?, ?, ?, ?, ?, ?, ?, ? FROM (SELECT 1 AS one) candidate
			 WHERE NOT EXISTS (SELECT 1 FROM notice n
			                    WHERE n.household_code = ? AND n.kind = ? AND n.number = ? AND n.episode_due_date = ?)
			""";

	static final String INSERT_NOTICE_LINE = """
			INSERT INTO notice_line (household_code, kind, number, episode_due_date, line_no, charge_reference,
			    fee_item, period, due_date, outstanding, late_fee)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final HouseholdTreatment treatment;

	private DunningTotals totals = DunningTotals.NONE;

	DunningWriter(JdbcTemplate jdbc) {
		this(jdbc, HouseholdTreatment.NONE);
	}

	/**
	 * @param treatment the treatment of the same step or partition's processor, told of
	 * each chunk written ({@link HouseholdTreatment#written})
	 */
	DunningWriter(JdbcTemplate jdbc, HouseholdTreatment treatment) {
		this.jdbc = jdbc;
		this.treatment = treatment;
	}

	@Override
	public void open(ExecutionContext context) {
		totals = DunningTotals.from(context);
	}

	@Override
	public void update(ExecutionContext context) {
		totals.into(context);
	}

	@Override
	public void write(Chunk<? extends Dunning> chunk) {
		List<Object[]> stages = new ArrayList<>(chunk.size());
		List<LedgerEntry> fees = new ArrayList<>();
		List<Object[]> notices = new ArrayList<>();
		List<Dunning> noticed = new ArrayList<>();
		List<Object[]> suppressions = new ArrayList<>();
		for (Dunning dunning : chunk) {
			Assessment a = dunning.assessment();
			stages.add(new Object[] { Date.valueOf(a.asOf()), a.householdCode(), a.stage().name(), a.daysOverdue(),
					a.oldestDueDate() == null ? null : Date.valueOf(a.oldestDueDate()), a.principalOverdue(),
					a.lateFeePosted(), a.lateFeeOutstanding(), a.priorYearPrincipal(),
					a.team() == null ? null : a.team().name(), dunning.listedPublicly() });
			Withheld w = dunning.withheld();
			if (w != null) {
				Date episode = Date.valueOf(w.notice().episodeDueDate());
				String kind = w.notice().kind().name();
				suppressions.add(new Object[] { Date.valueOf(a.asOf()), a.householdCode(), kind, w.notice().number(),
						episode, w.cause(), w.reason(), w.causeReference(),
						w.until() == null ? null : Date.valueOf(w.until()), a.householdCode(), kind,
						w.notice().number(), episode, Date.valueOf(a.asOf()), a.householdCode() });
			}
			fees.addAll(dunning.lateFees());
			NoticeDue notice = dunning.notice();
			if (notice != null) {
				Date episode = Date.valueOf(notice.episodeDueDate());
				notices.add(new Object[] { a.householdCode(), notice.kind().name(), notice.number(), episode,
						Date.valueOf(a.asOf()), notice.principal(), notice.lateFee(), notice.total(), a.householdCode(),
						notice.kind().name(), notice.number(), episode });
				noticed.add(dunning);
			}
		}
		jdbc.batchUpdate(INSERT_STAGE, stages);
		if (!suppressions.isEmpty()) {
			jdbc.batchUpdate(INSERT_SUPPRESSION, suppressions);
		}
		LedgerEntries.append(jdbc, fees);
		int issued = 0;
		if (!notices.isEmpty()) {
			int[] counts = jdbc.batchUpdate(INSERT_NOTICE, notices);
			List<Object[]> lines = new ArrayList<>();
			for (int i = 0; i < counts.length; i++) {
				// 0: already issued in this episode; its lines were stored with it
				if (counts[i] > 0) {
					issued++;
					lines.addAll(lineRows(noticed.get(i)));
				}
			}
			if (!lines.isEmpty()) {
				jdbc.batchUpdate(INSERT_NOTICE_LINE, lines);
			}
		}
		treatment.written(chunk.getItems());
		totals = totals.plus(chunk, issued);
	}

	private static List<Object[]> lineRows(Dunning dunning) {
		NoticeDue notice = dunning.notice();
		List<Object[]> rows = new ArrayList<>(notice.lines().size());
		int lineNo = 0;
		for (ArrearsLine line : notice.lines()) {
			rows.add(new Object[] { dunning.assessment().householdCode(), notice.kind().name(), notice.number(),
					Date.valueOf(notice.episodeDueDate()), ++lineNo, line.chargeReference(), line.feeItem(),
					line.period() == null ? null : line.period().toString(), Date.valueOf(line.due()),
					line.outstanding(), line.lateFee() });
		}
		return rows;
	}

}
