package io.arrears.limitation;

import java.math.RoundingMode;

/**
 * The lines of {@code export limitation} (SPEC §10): two-decimal amounts with a point,
 * ISO dates. Codes are written as they are; the exporter quotes them as SPEC §7 says.
 */
public final class LimitationCsv {

	public static final String HEADER = "household_code,charge_reference,due_date,outstanding,last_start_kind,"
			+ "last_start_date,limitation_ends,days_left";

	private LimitationCsv() {
	}

	public static String line(LimitationPeriod p) {
		return String.join(",", p.householdCode(), p.chargeReference(), p.dueDate().toString(),
				p.outstanding().setScale(2, RoundingMode.UNNECESSARY).toPlainString(), p.lastStartKind().name(),
				p.lastStartDate().toString(), p.ends().toString(), Long.toString(p.daysLeft()));
	}

}
