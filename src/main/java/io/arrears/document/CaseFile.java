package io.arrears.document;

import io.arrears.dunning.NoticeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The case file (案卷) for a household referred to arbitration or litigation (stage LEGAL):
 * the full statement of account, how each payment was allocated, how each late fee was
 * computed, and every notice issued with its fingerprint, so that the claim can be proved
 * line by line.
 *
 * @param estate the estate
 * @param household building, unit, room
 * @param ownerName the owner
 * @param mailingAddress the owner's mailing address
 * @param asOf the date the file is as of
 * @param episodeDueDate due date of the oldest overdue charge
 * @param statement every ledger entry effective on or before {@code asOf}, in allocation
 * order
 * @param allocations each payment's (and credit's) application to charges and late fees
 * @param lateFees the late-fee computation of each charge that accrued one
 * @param notices every notice issued to the household, in issue order
 * @param principal overdue principal on {@code asOf}
 * @param lateFee late fee owed on {@code asOf}
 * @param total principal plus late fee
 */
public record CaseFile(EstateInfo estate, HouseholdRef household, String ownerName, String mailingAddress,
		LocalDate asOf, LocalDate episodeDueDate, List<StatementEntry> statement, List<PaymentAllocation> allocations,
		List<LateFeeComputation> lateFees, List<IssuedNotice> notices, BigDecimal principal, BigDecimal lateFee,
		BigDecimal total) implements Document {

	public CaseFile {
		Objects.requireNonNull(estate, "estate");
		Objects.requireNonNull(household, "household");
		ownerName = Objects.requireNonNullElse(ownerName, "");
		mailingAddress = Objects.requireNonNullElse(mailingAddress, "");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(episodeDueDate, "episodeDueDate");
		statement = List.copyOf(statement);
		allocations = List.copyOf(allocations);
		lateFees = List.copyOf(lateFees);
		notices = List.copyOf(notices);
		principal = Money.exact(principal, "principal");
		lateFee = Money.exact(lateFee, "lateFee");
		total = Money.exact(total, "total");
		Money.requireEqual(total, principal.add(lateFee), "total");
	}

	/**
	 * One ledger entry (SPEC §1) with the running balance after it.
	 *
	 * @param effectiveDate business date
	 * @param reference the entry's unique reference
	 * @param entryType CHARGE, PAYMENT, LATE_FEE, LATE_FEE_WAIVER or REVERSAL
	 * @param feeItem fee item, empty when not applicable
	 * @param period the charge's period, null when not applicable
	 * @param amount the entry's amount, positive (the type gives the sign)
	 * @param balance the household's balance after the entry (negative is credit)
	 */
	public record StatementEntry(LocalDate effectiveDate, String reference, String entryType, String feeItem,
			YearMonth period, BigDecimal amount, BigDecimal balance) {
		public StatementEntry {
			Objects.requireNonNull(effectiveDate, "effectiveDate");
			Objects.requireNonNull(reference, "reference");
			Objects.requireNonNull(entryType, "entryType");
			feeItem = Objects.requireNonNullElse(feeItem, "");
			amount = Money.exact(amount, "amount");
			Objects.requireNonNull(balance, "balance");
			balance = balance.setScale(2, RoundingMode.UNNECESSARY);
		}
	}

	/**
	 * Part of a payment applied to a charge's principal or to a posted late fee (SPEC
	 * §2).
	 *
	 * @param paymentReference the payment (or the credit it left)
	 * @param appliedOn the date it was applied
	 * @param targetReference the charge or late fee it paid
	 * @param targetLabel what was paid, e.g. 物业费 2026-01 本金
	 * @param amount the amount applied
	 */
	public record PaymentAllocation(String paymentReference, LocalDate appliedOn, String targetReference,
			String targetLabel, BigDecimal amount) {
		public PaymentAllocation {
			Objects.requireNonNull(paymentReference, "paymentReference");
			Objects.requireNonNull(appliedOn, "appliedOn");
			Objects.requireNonNull(targetReference, "targetReference");
			targetLabel = Objects.requireNonNullElse(targetLabel, "");
			amount = Money.exact(amount, "amount");
		}
	}

	/**
	 * A charge's late fee: Σ rate × outstanding over the days from due + 1 to
	 * {@code asOf}, in spans of constant outstanding, capped, rounded half-up to the fen
	 * (SPEC §4).
	 *
	 * @param chargeReference the charge
	 * @param feeItem its fee item
	 * @param period its period
	 * @param dueDate its due date
	 * @param spans the spans of constant outstanding principal
	 * @param cap the cap (cap ratio × amount)
	 * @param accrued the late fee accrued, exact (after the cap)
	 * @param rounded accrued rounded half-up to the fen
	 * @param posted late fee posted to the ledger so far for this charge
	 */
	public record LateFeeComputation(String chargeReference, String feeItem, YearMonth period, LocalDate dueDate,
			List<LateFeeSpan> spans, BigDecimal cap, BigDecimal accrued, BigDecimal rounded, BigDecimal posted) {
		public LateFeeComputation {
			Objects.requireNonNull(chargeReference, "chargeReference");
			feeItem = Objects.requireNonNullElse(feeItem, "");
			Objects.requireNonNull(period, "period");
			Objects.requireNonNull(dueDate, "dueDate");
			spans = List.copyOf(spans);
			cap = Money.exact(cap, "cap");
			Objects.requireNonNull(accrued, "accrued");
			rounded = Money.exact(rounded, "rounded");
			posted = Money.exact(posted, "posted");
		}
	}

	/**
	 * Days {@code from}..{@code to} inclusive on which the outstanding principal was
	 * constant.
	 *
	 * @param from first day
	 * @param to last day
	 * @param days number of days
	 * @param outstanding the principal on those days
	 * @param dailyRate the daily rate, e.g. 0.0003
	 * @param amount days × outstanding × rate, exact
	 */
	public record LateFeeSpan(LocalDate from, LocalDate to, int days, BigDecimal outstanding, BigDecimal dailyRate,
			BigDecimal amount) {
		public LateFeeSpan {
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
			outstanding = Money.exact(outstanding, "outstanding");
			Objects.requireNonNull(dailyRate, "dailyRate");
			Objects.requireNonNull(amount, "amount");
		}
	}

	/**
	 * A notice issued to the household, as the notice registry recorded it (SPEC §5).
	 *
	 * @param kind reminder or lawyer's letter
	 * @param number 1–10, or 0 for a lawyer's letter
	 * @param issuedOn the as-of date of the run that issued it
	 * @param episodeDueDate the episode it belongs to
	 * @param amountStated the total the notice stated
	 * @param fingerprint SHA-256 of the data it was rendered from
	 */
	public record IssuedNotice(NoticeKind kind, int number, LocalDate issuedOn, LocalDate episodeDueDate,
			BigDecimal amountStated, String fingerprint) {
		public IssuedNotice {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(issuedOn, "issuedOn");
			Objects.requireNonNull(episodeDueDate, "episodeDueDate");
			amountStated = Money.exact(amountStated, "amountStated");
			Objects.requireNonNull(fingerprint, "fingerprint");
		}
	}

	@Override
	public String template() {
		return "case-file";
	}
}
