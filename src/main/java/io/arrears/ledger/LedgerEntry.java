package io.arrears.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One row of the append-only ledger (SPEC §1). Amounts are positive; the type gives the
 * sign. {@code period} is set for charges, {@code reverses} for reversals.
 */
public record LedgerEntry(String reference, String householdCode, EntryType type, String feeItem,
		YearMonth period, BigDecimal amount, LocalDate effectiveDate, LocalDateTime recordedAt,
		String reverses) {

	private static final String LATE_FEE_PREFIX = "LF:";

	public LedgerEntry {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(effectiveDate, "effectiveDate");
	}

	/** The deterministic reference of a late fee the pipeline posts: {@code LF:<charge>:<date>}. */
	public static String lateFeeReference(String chargeReference, LocalDate postedOn) {
		return LATE_FEE_PREFIX + chargeReference + ":" + postedOn;
	}

	/**
	 * The charge a pipeline-posted late fee belongs to. The date suffix has a fixed width, so a
	 * charge reference that itself contains a colon is still recovered exactly.
	 */
	public String lateFeeChargeReference() {
		if (type != EntryType.LATE_FEE || !reference.startsWith(LATE_FEE_PREFIX)
				|| reference.length() < LATE_FEE_PREFIX.length() + 12) {
			return null;
		}
		return reference.substring(LATE_FEE_PREFIX.length(), reference.length() - ":yyyy-MM-dd".length());
	}
}
