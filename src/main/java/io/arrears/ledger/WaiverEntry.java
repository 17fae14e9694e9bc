package io.arrears.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.arrears.ledger.LedgerFileRules.Decision;
import io.arrears.ledger.LedgerFileRules.Staged;
import io.arrears.ledger.LedgerFileRules.Verdict;

/**
 * A late-fee waiver (减免) entered by hand (the console) rather than imported: a row of
 * {@code ledger.csv} of type {@code LATE_FEE_WAIVER}, read by the import's own row rules
 * ({@link LedgerRow}) and decided by its rules against the ledger
 * ({@link LedgerFileRules}), appended through the one ledger writer
 * ({@link LedgerEntries}), recorded now. SPEC §1 says a waiver is by a named person: who
 * approved it, and who entered it, go to {@code waiver_approval} in the same transaction.
 */
@Component
public class WaiverEntry {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final int NAME_MAX = 64;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WaiverEntry(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * What the form gave, as text.
	 *
	 * @param amount the late fee waived, as a CSV cell would hold it ({@code 12.50})
	 * @param effectiveDate the day the waiver takes effect
	 * @param approvedBy the named person who approved it
	 * @param enteredBy the console user who entered it
	 */
	public record Form(String householdCode, String amount, String effectiveDate, String approvedBy, String enteredBy,
			String note) {
	}

	/** The entry appended, or why it was not. */
	public record Entered(LedgerEntry entry, String rejection) {

		public boolean isRejected() {
			return rejection != null;
		}

	}

	/**
	 * Records the waiver as of {@code today}: one effective later is refused (it would
	 * sit unseen in the ledger until then). Its reference is
	 * {@code WEB-WAIVER-<household>-<time>}, the time to the second.
	 */
	public Entered record(Form form, LocalDate today) {
		LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		String approvedBy = text(form.approvedBy());
		if (approvedBy.isEmpty() || approvedBy.length() > NAME_MAX) {
			return new Entered(null,
					"missing field approved_by: a waiver names who approved it (at most " + NAME_MAX + " characters)");
		}
		String household = text(form.householdCode());
		String reference = "WEB-WAIVER-" + household + "-" + now.format(STAMP);
		List<String> fields = List.of(reference, household, EntryType.LATE_FEE_WAIVER.name(), "", "",
				text(form.amount()), text(form.effectiveDate()), now.toString(), "");
		ImportRow<LedgerRow> row = LedgerRow.parse(new CsvRow(1, String.join(",", fields), fields, 0), now);
		if (row.isRejected()) {
			return new Entered(null, row.rejection());
		}
		LedgerEntry entry = row.value().entry();
		if (entry.effectiveDate().isAfter(today)) {
			return new Entered(null, "effective_date " + entry.effectiveDate() + " is after today " + today);
		}
		return transaction.execute(status -> {
			LedgerEntry stored = jdbc
				.query("SELECT * FROM ledger_entry WHERE reference = ?", (rs, n) -> LedgerEntries.read(rs), reference)
				.stream()
				.findFirst()
				.orElse(null);
			boolean known = jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE household_code = ?",
					Integer.class, household) > 0;
			Decision decision = LedgerFileRules.byReference(List.of(new Staged(1, row.value())), stored, known).get(0);
			if (decision.verdict() == Verdict.REJECTED) {
				return new Entered(null, decision.reason());
			}
			if (decision.verdict() == Verdict.IMPORTED) {
				LedgerEntries.append(jdbc, List.of(decision.entry()));
				String note = text(form.note());
				jdbc.update(
						"INSERT INTO waiver_approval (reference, approved_by, entered_by, note, recorded_at)"
								+ " VALUES (?, ?, ?, ?, ?)",
						reference, approvedBy, form.enteredBy(),
						note.isEmpty() ? null : note.substring(0, Math.min(note.length(), 500)),
						Timestamp.valueOf(now));
			}
			return new Entered(entry, null);
		});
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

}
