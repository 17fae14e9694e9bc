package io.arrears.limitation;

import java.math.RoundingMode;
import java.util.List;

/**
 * The lines of {@code export limitation} (SPEC §10): two-decimal amounts with a point,
 * ISO dates. The exporter writes them through the pipeline's one CSV writer (SPEC §7).
 */
public final class LimitationCsv {

	public static final List<String> COLUMNS = List.of("household_code", "charge_reference", "due_date", "outstanding",
			"last_start_kind", "last_start_date", "limitation_ends", "days_left");

	private LimitationCsv() {
	}

	/** The fields of one line, in the order of {@link #COLUMNS}. */
	public static List<String> fields(LimitationPeriod p) {
		return List.of(p.householdCode(), p.chargeReference(), p.dueDate().toString(),
				p.outstanding().setScale(2, RoundingMode.UNNECESSARY).toPlainString(), p.lastStartKind().name(),
				p.lastStartDate().toString(), p.ends().toString(), Long.toString(p.daysLeft()));
	}

}
