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
 * computed, every notice issued with its fingerprint, and each charge's limitation period
 * with the evidence of every interruption, so that the claim can be proved line by line
 * and filed in time.
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
 * @param limitation each overdue charge's limitation period and the evidence of every
 * interruption (SPEC §10)
 */
public record CaseFile(EstateInfo estate, HouseholdRef household, String ownerName, String mailingAddress,
		LocalDate asOf, LocalDate episodeDueDate, List<StatementEntry> statement, List<PaymentAllocation> allocations,
		List<LateFeeComputation> lateFees, List<IssuedNotice> notices, BigDecimal principal, BigDecimal lateFee,
		BigDecimal total, Limitation limitation) implements Document {

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
		Objects.requireNonNull(limitation, "limitation");
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

	/**
	 * The limitation period (诉讼时效, SPEC §10) as of the file's date: can each charge still
	 * be claimed in court, until when, and what proves it.
	 *
	 * @param years the limitation period ({@code limitation-years})
	 * @param charges each overdue charge's period, in the order of the charges
	 * @param restarts every interruption that restarted one of them, in date order
	 */
	public record Limitation(int years, List<ChargeLimitation> charges, List<Restart> restarts) {
		public Limitation {
			charges = List.copyOf(charges);
			restarts = List.copyOf(restarts);
		}
	}

	/**
	 * One overdue charge's period: a line of {@code export limitation} as of the file's
	 * date.
	 *
	 * @param outstanding its unpaid principal
	 * @param lastStartKind DUE, PAYMENT, PROMISE, RECEIPT or LITIGATION
	 * @param lastStartDate the due date or the latest interruption
	 * @param ends the last day on which it can be claimed in court
	 * @param daysLeft {@code ends − asOf}, negative once the period has ended
	 */
	public record ChargeLimitation(String chargeReference, LocalDate dueDate, BigDecimal outstanding,
			String lastStartKind, LocalDate lastStartDate, LocalDate ends, long daysLeft) {
		public ChargeLimitation {
			Objects.requireNonNull(chargeReference, "chargeReference");
			Objects.requireNonNull(dueDate, "dueDate");
			outstanding = Money.exact(outstanding, "outstanding");
			Objects.requireNonNull(lastStartKind, "lastStartKind");
			Objects.requireNonNull(lastStartDate, "lastStartDate");
			Objects.requireNonNull(ends, "ends");
		}
	}

	/**
	 * A day on which the period started again, with what proves it.
	 *
	 * @param on the day
	 * @param evidence the payment, the promise, the receipt or the claim filed
	 * @param charges the charges whose period it restarted
	 */
	public record Restart(LocalDate on, Evidence evidence, List<String> charges) {
		public Restart {
			Objects.requireNonNull(on, "on");
			Objects.requireNonNull(evidence, "evidence");
			charges = List.copyOf(charges);
		}
	}

	/** What proves an interruption: one record per kind (SPEC §10). */
	public sealed interface Evidence permits PaymentEvidence, PromiseEvidence, ReceiptEvidence, ClaimEvidence {

		/**
		 * PAYMENT, PROMISE, RECEIPT or LITIGATION, as {@code export limitation} names it.
		 */
		String kind();

	}

	/** A payment by the household: the ledger entry. */
	public record PaymentEvidence(String reference, BigDecimal amount) implements Evidence {
		public PaymentEvidence {
			Objects.requireNonNull(reference, "reference");
			amount = Money.exact(amount, "amount");
		}

		@Override
		public String kind() {
			return "PAYMENT";
		}
	}

	/**
	 * The contact in which the owner promised to pay (an acknowledgment).
	 *
	 * @param channel PHONE, VISIT, WECHAT, SMS, LETTER or OTHER
	 * @param collectorName the collector's name as recorded by the file's date, empty if
	 * unknown
	 * @param promiseAmount null for the whole overdue principal
	 */
	public record PromiseEvidence(String reference, String channel, String collectorCode, String collectorName,
			LocalDate promiseDate, BigDecimal promiseAmount) implements Evidence {
		public PromiseEvidence {
			Objects.requireNonNull(reference, "reference");
			Objects.requireNonNull(channel, "channel");
			Objects.requireNonNull(collectorCode, "collectorCode");
			collectorName = Objects.requireNonNullElse(collectorName, "");
			Objects.requireNonNull(promiseDate, "promiseDate");
		}

		@Override
		public String kind() {
			return "PROMISE";
		}
	}

	/**
	 * The receipt that proves a notice reached the owner: the notice's earliest.
	 *
	 * @param method SIGNED, EMS, REGISTERED_MAIL, HAND or ELECTRONIC
	 * @param tracking the tracking number or the witness, empty when none
	 */
	public record ReceiptEvidence(NoticeKind notice, int number, LocalDate episodeDueDate, String method,
			String tracking) implements Evidence {
		public ReceiptEvidence {
			Objects.requireNonNull(notice, "notice");
			Objects.requireNonNull(episodeDueDate, "episodeDueDate");
			Objects.requireNonNull(method, "method");
			tracking = Objects.requireNonNullElse(tracking, "");
		}

		@Override
		public String kind() {
			return "RECEIPT";
		}
	}

	/** A claim filed: the {@code LITIGATION} hold. */
	public record ClaimEvidence(String reference, LocalDate until, String approvedBy) implements Evidence {
		public ClaimEvidence {
			Objects.requireNonNull(reference, "reference");
			Objects.requireNonNull(until, "until");
			approvedBy = Objects.requireNonNullElse(approvedBy, "");
		}

		@Override
		public String kind() {
			return "LITIGATION";
		}
	}

	@Override
	public String template() {
		return "case-file";
	}
}
