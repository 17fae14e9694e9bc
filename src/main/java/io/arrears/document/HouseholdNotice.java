package io.arrears.document;

import io.arrears.dunning.NoticeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A reminder notice (催缴通知书, number 1–10) or a lawyer's letter (律师函, number 0) to one
 * household.
 *
 * <p>
 * The totals are stated, not derived, so that what the notice registry records is what
 * the page shows; the constructor checks that they equal the sums of the lines, to the
 * fen.
 *
 * @param estate the estate and its service centre
 * @param household building, unit, room
 * @param ownerName the owner's name as on the contract (letters are personal; public
 * lists never use it)
 * @param mailingAddress where the notice is delivered
 * @param kind reminder or lawyer's letter
 * @param number 1–10 for a reminder, 0 for a lawyer's letter
 * @param asOf the dunning run's date; amounts are as of the end of this day
 * @param episodeDueDate due date of the oldest overdue charge: identifies the episode
 * (SPEC §3)
 * @param lines the overdue charges, oldest first
 * @param principal overdue principal, the sum of the lines' outstanding
 * @param lateFee 违约金 accrued to {@code asOf}, the sum of the lines' late fees
 * @param total principal plus late fee
 * @param deadline pay by this date
 * @param lawFirm the signing firm, for a lawyer's letter only (null for a reminder)
 */
public record HouseholdNotice(EstateInfo estate, HouseholdRef household, String ownerName, String mailingAddress,
		NoticeKind kind, int number, LocalDate asOf, LocalDate episodeDueDate, List<ChargeLine> lines,
		BigDecimal principal, BigDecimal lateFee, BigDecimal total, LocalDate deadline,
		LawFirm lawFirm) implements Document {

	/**
	 * The reminder from which the notice states the late fee and carries a receipt (seed,
	 * part 4).
	 */
	public static final int FIRST_REMINDER_WITH_LATE_FEE = 6;

	public HouseholdNotice {
		Objects.requireNonNull(estate, "estate");
		Objects.requireNonNull(household, "household");
		ownerName = Objects.requireNonNullElse(ownerName, "");
		mailingAddress = Objects.requireNonNullElse(mailingAddress, "");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(episodeDueDate, "episodeDueDate");
		Objects.requireNonNull(deadline, "deadline");
		lines = List.copyOf(lines);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("a notice without an overdue charge: " + household.code());
		}
		switch (kind) {
			case CASE_FILE -> throw new IllegalArgumentException("a case file is a CaseFile, not a notice");
			case REMINDER -> {
				if (number < 1 || number > 10) {
					throw new IllegalArgumentException("reminder number must be 1..10, was " + number);
				}
				if (lawFirm != null) {
					throw new IllegalArgumentException("a reminder is not signed by a law firm");
				}
			}
			case LAWYER_LETTER -> {
				if (number != 0) {
					throw new IllegalArgumentException("a lawyer's letter has number 0, was " + number);
				}
				Objects.requireNonNull(lawFirm, "lawFirm");
			}
		}
		if (deadline.isBefore(asOf)) {
			throw new IllegalArgumentException("deadline " + deadline + " before as-of " + asOf);
		}
		principal = Money.exact(principal, "principal");
		lateFee = Money.exact(lateFee, "lateFee");
		total = Money.exact(total, "total");
		Money.requireEqual(principal, Money.sum(lines, ChargeLine::outstanding), "principal");
		Money.requireEqual(lateFee, Money.sum(lines, ChargeLine::lateFee), "lateFee");
		Money.requireEqual(total, principal.add(lateFee), "total");
	}

	/** A notice whose totals are the sums of its lines. */
	public static HouseholdNotice of(EstateInfo estate, HouseholdRef household, String ownerName, String mailingAddress,
			NoticeKind kind, int number, LocalDate asOf, LocalDate episodeDueDate, List<ChargeLine> lines,
			LocalDate deadline, LawFirm lawFirm) {
		BigDecimal principal = Money.sum(lines, ChargeLine::outstanding);
		BigDecimal lateFee = Money.sum(lines, ChargeLine::lateFee);
		return new HouseholdNotice(estate, household, ownerName, mailingAddress, kind, number, asOf, episodeDueDate,
				lines, principal, lateFee, principal.add(lateFee), deadline, lawFirm);
	}

	/**
	 * Whether the page states the late fee: from the sixth reminder on, or whenever one
	 * is owed.
	 */
	boolean showsLateFee() {
		return kind == NoticeKind.LAWYER_LETTER || number >= FIRST_REMINDER_WITH_LATE_FEE || lateFee.signum() > 0;
	}

	/** Whether the page ends with a receipt for the owner to sign (签收回执). */
	boolean hasReceipt() {
		return kind == NoticeKind.REMINDER && number >= FIRST_REMINDER_WITH_LATE_FEE;
	}

	@Override
	public String template() {
		return kind == NoticeKind.REMINDER ? "reminder" : "lawyer-letter";
	}
}
