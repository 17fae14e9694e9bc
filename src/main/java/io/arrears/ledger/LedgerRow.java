package io.arrears.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A row of {@code ledger.csv} as the entry it asks for. {@code recordedAtGiven} is false
 * when the file left {@code recorded_at} empty and the import's own time was used: such a
 * row then matches an entry already in the ledger whatever time that entry was recorded
 * at.
 */
record LedgerRow(LedgerEntry entry, boolean recordedAtGiven) {

	/** The types an import accepts; late fees are the pipeline's alone (SPEC §4). */
	private static final String IMPORTABLE = Arrays.stream(EntryType.values())
		.filter(t -> t != EntryType.LATE_FEE)
		.map(Enum::name)
		.collect(Collectors.joining(", "));

	static ImportRow<LedgerRow> parse(CsvRow row, LocalDateTime importedAt) {
		return Fields.parse(row, ImportKind.LEDGER, f -> from(f, importedAt));
	}

	/**
	 * The pipeline's own references: late fees (SPEC §4) and the audit's reversals (§6).
	 * An imported row under one would later collide with what the pipeline posts, and the
	 * append-only ledger could not be mended.
	 */
	static final List<String> RESERVED_PREFIXES = List.of("LF:", "RV:");

	private static LedgerRow from(Fields f, LocalDateTime importedAt) {
		String reference = f.code("reference", 160);
		for (String prefix : RESERVED_PREFIXES) {
			if (reference.startsWith(prefix)) {
				throw Fields.reject("reference " + Fields.quoted(reference) + " begins with " + prefix
						+ ", which only the pipeline's own entries use: give the row the bank's or cashier's reference");
			}
		}
		String household = f.code("household_code", 64);
		EntryType type = type(f.required("entry_type", 16));
		String feeItem = f.optional("fee_item", 64);
		YearMonth period = f.optionalPeriod("period");
		BigDecimal amount = f.decimal("amount", true, 12);
		LocalDate effective = f.date("effective_date");
		LocalDateTime recordedAt = f.optionalDateTime("recorded_at");
		String reverses = f.optionalCode("reverses", 160);

		if (type == EntryType.CHARGE && period == null) {
			throw Fields.reject("CHARGE without period: expected YYYY-MM");
		}
		if (type == EntryType.REVERSAL) {
			// a reversal cancels by reference; an amount on it would be read as money
			// moved
			if (amount.signum() != 0) {
				throw Fields.reject("a REVERSAL carries amount 0.00, found " + amount.toPlainString());
			}
			if (reverses == null) {
				throw Fields.reject("missing field reverses: a REVERSAL names the reference it cancels");
			}
		}
		else {
			if (amount.signum() <= 0) {
				throw Fields.reject("negative or zero amount: " + amount.toPlainString());
			}
			if (reverses != null) {
				throw Fields.reject("reverses given on a " + type + ": only a REVERSAL cancels another entry");
			}
		}
		LedgerEntry entry = new LedgerEntry(reference, household, type, feeItem, period, amount, effective,
				recordedAt == null ? importedAt : recordedAt, reverses);
		return new LedgerRow(entry, recordedAt != null);
	}

	private static EntryType type(String name) {
		EntryType type;
		try {
			type = EntryType.valueOf(name);
		}
		catch (IllegalArgumentException e) {
			throw Fields.reject("unknown entry_type " + Fields.quoted(name) + ", expected one of " + IMPORTABLE);
		}
		if (type == EntryType.LATE_FEE) {
			throw Fields.reject("LATE_FEE is posted by the pipeline only, never imported");
		}
		return type;
	}
}
