package io.arrears.finance;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month of the twelve-month chart, read from the assessment of its last day (of the
 * report's date, for the report's own month). A month whose day was never assessed has
 * unmeasured shares: a gap in the chart, not a zero.
 */
record TrendPoint(YearMonth month, LocalDate asOf, Share inArrears, Share beyondTarget) {

	boolean measured() {
		return inArrears.measured();
	}
}
