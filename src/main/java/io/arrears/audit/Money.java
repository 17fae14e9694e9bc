package io.arrears.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts compared by value: the database and the rules may give 5.0 and 5.00. */
final class Money {

	static final BigDecimal ZERO = new BigDecimal("0.00");

	private Money() {
	}

	static BigDecimal of(BigDecimal amount) {
		// every amount of the ledger has two decimals already; UNNECESSARY says so loudly
		// if not
		return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
	}

}
