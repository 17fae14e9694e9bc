package io.arrears.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of the append-only ledger (SPEC §1). Amounts are positive; the type gives the
 * sign. {@code period} is set for charges, {@code reverses} for reversals.
 */
public record LedgerEntry(String reference, String householdCode, EntryType type, String feeItem, YearMonth period,
		BigDecimal amount, LocalDate effectiveDate, LocalDateTime recordedAt, String reverses) {

	private static final String LATE_FEE_PREFIX = "LF:";

	private static final Pattern CORRECTION_SUFFIX = Pattern.compile("(?<=:\\d{4}-\\d{2}-\\d{2}):R\\d+$");

	public LedgerEntry {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(effectiveDate, "effectiveDate");
	}

	/**
	 * The deterministic reference of a late fee the pipeline posts:
	 * {@code LF:<charge>:<date>}.
	 */
	public static String lateFeeReference(String chargeReference, LocalDate postedOn) {
		return LATE_FEE_PREFIX + chargeReference + ":" + postedOn;
	}

	/**
	 * The charge a pipeline-posted late fee belongs to. The date suffix has a fixed
	 * width, so a charge reference that itself contains a colon is still recovered
	 * exactly.
	 */
	public String lateFeeChargeReference() {
		if (type != EntryType.LATE_FEE || !reference.startsWith(LATE_FEE_PREFIX)) {
			return null;
		}
		// an audit correction carries a run suffix after the date:
		// LF:<charge>:<date>:R<run>
		String posted = CORRECTION_SUFFIX.matcher(reference).replaceFirst("");
		if (posted.length() < LATE_FEE_PREFIX.length() + 12) {
			return null;
		}
		return posted.substring(LATE_FEE_PREFIX.length(), posted.length() - ":yyyy-MM-dd".length());
	}

	/**
	 * The reference of a late fee that an audit re-run posts to correct the fee of a
	 * posting day: {@code LF:<charge>:<date>:R<run>}, unique per run and still naming its
	 * charge.
	 */
	public static String correctedLateFeeReference(String chargeReference, LocalDate postedOn, long run) {
		return lateFeeReference(chargeReference, postedOn) + ":R" + run;
	}
}
