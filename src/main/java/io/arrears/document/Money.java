package io.arrears.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Yuan amounts at the ledger's scale of two decimals: checked and printed the way every
 * document shows them, and compared by value where the database and the rules may give
 * 5.0 and 5.00 (the audit).
 */
public final class Money {

	/** Zero yuan, to the fen. */
	public static final BigDecimal ZERO = new BigDecimal("0.00");

	private Money() {
	}

	/**
	 * The amount at scale 2, null for null. Every amount of the ledger has two decimals
	 * already; {@code UNNECESSARY} says so loudly if not.
	 */
	public static BigDecimal of(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/**
	 * The amount at scale 2. Rounding is the ledger's job (SPEC §4 rounds once, half-up,
	 * per rule); a third decimal arriving here is a bug upstream, so it fails instead of
	 * being rounded.
	 */
	static BigDecimal exact(BigDecimal amount, String what) {
		Objects.requireNonNull(amount, what);
		if (amount.signum() < 0) {
			throw new IllegalArgumentException(what + " is negative: " + amount);
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
		return items.stream()
			.map(amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.UNNECESSARY);
	}

	static void requireEqual(BigDecimal stated, BigDecimal computed, String what) {
		if (stated.compareTo(computed) != 0) {
			throw new IllegalArgumentException(
					what + " " + stated + " does not equal the sum of its lines " + computed);
		}
	}

	/** 1,234.50: grouping helps a reader; tests and owners read it back to the fen. */
	static String format(BigDecimal amount) {
		return String.format(Locale.ROOT, "%,.2f", amount);
	}

}
