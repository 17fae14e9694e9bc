package io.arrears.audit;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import io.arrears.audit.Corrections.Restated;
import io.arrears.ledger.LedgerEntries;

/**
 * The audit tables: each re-run, its differences, and the outcomes a non-dry re-run
 * restated.
 */
class AuditRuns {

	static final String INSERT_RUN = """
			INSERT INTO audit_run (job_name, mode, dry_run, from_date, to_date, started_at, status)
			VALUES (?, ?, ?, ?, ?, ?, 'STARTED')
			""";

	static final String FINISH_RUN = """
			UPDATE audit_run SET finished_at = ?, status = ?, differences = ?, report_csv = ?, report_pdf = ?
			 WHERE run_id = ?
			""";

	static final String INSERT_DIFFERENCE = """
			INSERT INTO audit_difference (run_id, seq, as_of, household_code, kind, subject, expected, recorded,
			    finding, notice, cause, cause_reason, cause_reference, cause_until)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	static final String INSERT_RESTATED = """
			INSERT INTO audit_restated (run_id, as_of, household_code, stage, days_overdue, oldest_due_date,
			    principal_overdue, late_fee_posted, late_fee_outstanding, prior_year_principal, team,
			    notice_kind, notice_number, notice_episode, notice_principal, notice_late_fee, notice_total, notice_digest)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	static final String INSERT_DOCUMENT = """
			INSERT INTO audit_document (run_id, job_name, as_of, estate_code, kind, recorded_at, fingerprint, file_path,
			    content)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	/** Later runs' rows come last and win. */
	static final String CORRECTED_DOCUMENTS = """
			SELECT estate_code, kind, fingerprint, content
			  FROM audit_document
			 WHERE job_name = ? AND as_of = ?
			 ORDER BY run_id
			""";

	static final String LAST_SEQ = "SELECT COALESCE(MAX(seq), 0) FROM audit_difference WHERE run_id = ?";

	/**
	 * Every row of a run in the order found, the notices explained included, with the
	 * from date of the promise or hold behind a finding (the rules do not carry it; the
	 * hold's or the contact's row, append-only, does).
	 */
	static final String ROWS = """
			SELECT d.as_of, d.household_code, d.kind, d.subject, d.expected, d.recorded, d.finding, d.notice,
			       d.cause, d.cause_reason, d.cause_reference, d.cause_until,
			       CASE d.cause
			         WHEN 'HOLD' THEN (SELECT h.from_date FROM collection_hold h WHERE h.reference = d.cause_reference)
			         WHEN 'PROMISE' THEN (SELECT c.contacted_on FROM contact c WHERE c.reference = d.cause_reference)
			       END AS cause_from
			  FROM audit_difference d
			 WHERE d.run_id = ?
			 ORDER BY d.seq
			""";

	static final String REOPEN_RUN = "UPDATE audit_run SET status = 'STARTED', finished_at = NULL WHERE run_id = ?";

	private final JdbcTemplate jdbc;

	AuditRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long start(String job, RerunRequest request, LocalDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(INSERT_RUN, Statement.RETURN_GENERATED_KEYS);
			insert.setString(1, job);
			insert.setString(2, request.mode().name());
			insert.setBoolean(3, request.dryRun());
			insert.setDate(4, Date.valueOf(request.from()));
			insert.setDate(5, Date.valueOf(request.to()));
			insert.setTimestamp(6, Timestamp.valueOf(now));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	void finish(long runId, String status, int differences, Path csv, Path pdf, LocalDateTime now) {
		jdbc.update(FINISH_RUN, Timestamp.valueOf(now), status, differences, csv == null ? null : csv.toString(),
				pdf == null ? null : pdf.toString(), runId);
	}

	/** Records a date's differences, numbered on from {@code firstSeq}. */
	void addDifferences(long runId, int firstSeq, List<Difference> differences) {
		List<Object[]> rows = new ArrayList<>(differences.size());
		int seq = firstSeq;
		for (Difference d : differences) {
			Difference.Cause c = d.cause();
			rows.add(new Object[] { runId, seq++, Date.valueOf(d.asOf()), d.householdCode(), d.kind().name(),
					clip(d.subject(), 200), clip(d.expected(), 500), clip(d.recorded(), 500),
					d.finding() == null ? null : d.finding().name(), d.notice(), c == null ? null : c.type(),
					c == null ? null : c.reason(), c == null ? null : c.reference(),
					c == null || c.until() == null ? null : Date.valueOf(c.until()) });
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(INSERT_DIFFERENCE, rows);
		}
	}

	/**
	 * Records differences after those already recorded for the run: call inside the
	 * transaction of the chunk that found them, so that a chunk rolled back leaves no
	 * number taken.
	 */
	void addDifferences(long runId, List<Difference> differences) {
		if (!differences.isEmpty()) {
			addDifferences(runId, jdbc.queryForObject(LAST_SEQ, Integer.class, runId) + 1, differences);
		}
	}

	/** Every difference of a run, in the order found. */
	List<Difference> differences(long runId) {
		return rows(runId).stream().filter(Difference::isDifference).toList();
	}

	/** The notices a run explained by the promise or hold that kept them back. */
	List<Difference> explained(long runId) {
		return rows(runId).stream().filter(d -> !d.isDifference()).toList();
	}

	/**
	 * Every row of a run's report, differences and explained notices, in the order found.
	 */
	List<Difference> rows(long runId) {
		return jdbc.query(ROWS, (rs, n) -> {
			String type = rs.getString("cause");
			Difference.Cause cause = type == null ? null
					: new Difference.Cause(type, rs.getString("cause_reason"), rs.getString("cause_reference"),
							localDate(rs.getDate("cause_from")), localDate(rs.getDate("cause_until")));
			String finding = rs.getString("finding");
			return new Difference(rs.getDate("as_of").toLocalDate(), rs.getString("household_code"),
					Difference.Kind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("expected"),
					rs.getString("recorded"), finding == null ? null : Difference.Finding.valueOf(finding),
					rs.getString("notice"), cause);
		}, runId);
	}

	private static LocalDate localDate(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	/** When the run started: the recording time of everything it posts. */
	LocalDateTime startedAt(long runId) {
		return jdbc.queryForObject("SELECT started_at FROM audit_run WHERE run_id = ?", Timestamp.class, runId)
			.toLocalDateTime();
	}

	/** Where the run's report was written: CSV and PDF, null until it completes. */
	List<String> report(long runId) {
		return jdbc.queryForObject("SELECT report_csv, report_pdf FROM audit_run WHERE run_id = ?",
				(rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2)), runId);
	}

	/** A failed run restarted: running again. */
	void reopen(long runId) {
		jdbc.update(REOPEN_RUN, runId);
	}

	/**
	 * Posts a date's corrections: call inside the transaction of the step that owns them.
	 */
	void post(Corrections corrections) {
		// corrections are entries like any other, through the ledger's one writer
		LedgerEntries.append(jdbc, corrections.entries());
		List<Object[]> rows = new ArrayList<>();
		for (Restated r : corrections.restated()) {
			StageRow s = r.stage();
			NoticeStatement n = r.notice();
			rows.add(new Object[] { corrections.runId(), Date.valueOf(corrections.asOf()), r.householdCode(), s.stage(),
					s.daysOverdue(), s.oldestDueDate() == null ? null : Date.valueOf(s.oldestDueDate()),
					s.principalOverdue(), s.lateFeePosted(), s.lateFeeOutstanding(), s.priorYearPrincipal(), s.team(),
					n == null ? null : n.kind(), n == null ? null : n.number(),
					n == null ? null : Date.valueOf(n.episodeDueDate()), n == null ? null : n.principal(),
					n == null ? null : n.lateFee(), n == null ? null : n.total(), n == null ? null : n.digest() });
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(INSERT_RESTATED, rows);
		}
		List<Object[]> documents = new ArrayList<>();
		Timestamp now = Timestamp.valueOf(corrections.recordedAt());
		for (CorrectedDocument c : corrections.documents()) {
			StatedDocument d = c.document();
			documents.add(new Object[] { corrections.runId(), c.job(), Date.valueOf(c.asOf()), d.estateCode(), d.kind(),
					now, d.fingerprint(), c.file(), d.content() });
		}
		if (!documents.isEmpty()) {
			jdbc.batchUpdate(INSERT_DOCUMENT, documents);
		}
	}

	/**
	 * The documents earlier non-dry re-runs of the job issued as of the date, the latest
	 * of each estate and kind, by {@link StatedDocument#key()}.
	 */
	Map<String, StatedDocument> correctedDocuments(String job, LocalDate asOf) {
		Map<String, StatedDocument> documents = new HashMap<>();
		jdbc.query(CORRECTED_DOCUMENTS, rs -> {
			StatedDocument d = new StatedDocument(rs.getString("estate_code"), rs.getString("kind"),
					rs.getString("fingerprint"), StatedDocument.parse(rs.getString("content")));
			documents.put(d.key(), d);
		}, job, Date.valueOf(asOf));
		return documents;
	}

	private static String clip(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
