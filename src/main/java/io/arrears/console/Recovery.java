package io.arrears.console;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An estate's recovery this month, as the daily review counts it (SPEC §9): the principal
 * overdue at the start of the month, and what the households then in arrears have paid
 * since. Plain arithmetic, for the figure and the bar of {@code /}'s chart.
 *
 * @param opening principal overdue on the last assessment before the month began
 * @param recovered payments since the month began of the households then in arrears
 */
record Recovery(String estateCode, String estateName, BigDecimal opening, BigDecimal recovered) {

	/** The chart's bar for 100 %, in SVG user units. */
	static final int FULL_BAR = 200;

	/** Recovered over opening, four places, half up; null when nothing was overdue. */
	public BigDecimal rate() {
		if (opening.signum() == 0) {
			return null;
		}
		return recovered.divide(opening, 4, RoundingMode.HALF_UP);
	}

	/** The rate in percent with one decimal ({@code 37.5%}), or a dash. */
	public String percent() {
		BigDecimal rate = rate();
		return rate == null ? "—" : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** The bar's length: the rate of {@link #FULL_BAR}, never beyond it. */
	public int bar() {
		BigDecimal rate = rate();
		if (rate == null) {
			return 0;
		}
		return rate.min(BigDecimal.ONE)
			.multiply(BigDecimal.valueOf(FULL_BAR))
			.setScale(0, RoundingMode.HALF_UP)
			.intValueExact();
	}

}
