package io.arrears.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import io.arrears.csv.CsvWriter;

/**
 * The arrears export of SPEC §7: one line per household, two-decimal amounts, {@code \n}
 * endings, written by {@link CsvWriter} so that a code or name with a comma or a leading
 * {@code =} can neither break the columns nor run in a spreadsheet.
 */
public final class ArrearsCsv {

	public static final String HEADER = "household_code,as_of,stage,days_overdue,oldest_due_date,principal_overdue,"
			+ "late_fee_posted,late_fee_outstanding,prior_year_principal,team";

	/** The columns of {@link #HEADER}. */
	public static final List<String> COLUMNS = Arrays.asList(HEADER.split(","));

	private ArrearsCsv() {
	}

	/** The row of one household, in the order of {@link #COLUMNS}. */
	public static List<Object> fields(Assessment a) {
		return Arrays.asList(a.householdCode(), a.asOf(), a.stage().name(), a.daysOverdue(), a.oldestDueDate(),
				money(a.principalOverdue()), money(a.lateFeePosted()), money(a.lateFeeOutstanding()),
				money(a.priorYearPrincipal()), a.team() == null ? null : a.team().name());
	}

	/** The row of one household as a CSV line, without its line end. */
	public static String line(Assessment a) {
		return CsvWriter.line(fields(a).toArray());
	}

	/** Two decimals and a point, no thousands separator, whatever the default locale. */
	public static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

}
