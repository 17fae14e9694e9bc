package io.arrears.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arrears export of SPEC §7: one line per household, two-decimal amounts, {@code \n}
 * endings.
 */
public final class ArrearsCsv {

	public static final String HEADER = "household_code,as_of,stage,days_overdue,oldest_due_date,principal_overdue,"
			+ "late_fee_posted,late_fee_outstanding,prior_year_principal,team";

	private ArrearsCsv() {
	}

	public static String line(Assessment a) {
		return String.join(",", a.householdCode(), a.asOf().toString(), a.stage().name(),
				Integer.toString(a.daysOverdue()), a.oldestDueDate() == null ? "" : a.oldestDueDate().toString(),
				money(a.principalOverdue()), money(a.lateFeePosted()), money(a.lateFeeOutstanding()),
				money(a.priorYearPrincipal()), a.team() == null ? "" : a.team().name());
	}

	/** Two decimals and a point, no thousands separator, whatever the default locale. */
	public static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

}
