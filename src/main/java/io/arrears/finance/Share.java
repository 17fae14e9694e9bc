package io.arrears.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count out of a count, e.g. 3 of 30 households. Kept as the two counts so that a
 * reader can check the figure, and so that "no data" (of 0) stays apart from 0%.
 */
record Share(int count, int of) {

	static final Share NONE = new Share(0, 0);

	Share {
		if (count < 0 || of < 0 || count > of) {
			throw new IllegalArgumentException(count + " of " + of);
		}
	}

	boolean measured() {
		return of > 0;
	}

	/**
	 * The share as a fraction with four decimals (0.1250), rounded half-up; null when
	 * nothing was measured.
	 */
	BigDecimal ratio() {
		return measured() ? BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP) : null;
	}

	/**
	 * The share in percent with one decimal, "12.5%", or "—" when nothing was measured.
	 */
	String percent() {
		return measured() ? percent(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 6, RoundingMode.HALF_UP))
				: "—";
	}

	/** A fraction (0.10) as a percent with one decimal (10.0%). */
	static String percent(BigDecimal fraction) {
		return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/**
	 * Whether the share is strictly below a target fraction; false when nothing was
	 * measured.
	 */
	boolean below(BigDecimal target) {
		return measured() && BigDecimal.valueOf(count).compareTo(target.multiply(BigDecimal.valueOf(of))) < 0;
	}
}
