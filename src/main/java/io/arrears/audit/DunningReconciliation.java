package io.arrears.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.arrears.document.Money;
import io.arrears.dunning.Dunning;
import io.arrears.audit.Difference.Kind;
import io.arrears.audit.RecordedHousehold.PostedFee;
import io.arrears.ledger.LedgerEntry;

/**
 * Compares what a re-run computes for one household on one date with what was recorded,
 * and names every difference: the stage row, the late fee of each charge, the notice.
 * Plain Java, no database: the caller reads both sides.
 */
final class DunningReconciliation {

	static final String NONE = "none";

	private DunningReconciliation() {
	}

	/**
	 * @param notice the notice the re-run issues on the date (null when none: not due, or
	 * already issued in the episode)
	 */
	static List<Difference> compare(LocalDate asOf, String household, Dunning expected, NoticeStatement notice,
			RecordedHousehold recorded) {
		List<Difference> differences = new ArrayList<>();
		StageRow stage = StageRow.of(expected.assessment());
		if (!stage.equals(recorded.stage())) {
			differences.add(new Difference(asOf, household, Kind.STAGE, "stage", stage.describe(),
					recorded.stage() == null ? "no run" : recorded.stage().describe()));
		}

		// charges in reference order, so that the report reads the same every time
		Map<String, BigDecimal> fees = new TreeMap<>();
		for (LedgerEntry fee : expected.lateFees()) {
			fees.merge(fee.lateFeeChargeReference(), Money.of(fee.amount()), BigDecimal::add);
		}
		Map<String, PostedFee> posted = new TreeMap<>(recorded.lateFees());
		for (String charge : union(fees.keySet(), posted.keySet())) {
			BigDecimal want = fees.get(charge);
			PostedFee got = posted.get(charge);
			if (got == null || want == null || want.compareTo(got.amount()) != 0) {
				differences.add(new Difference(asOf, household, Kind.LATE_FEE, charge,
						want == null ? NONE : want.toPlainString(),
						got == null ? NONE : got.amount().toPlainString() + " " + String.join(" ", got.references())));
			}
		}

		NoticeStatement issued = recorded.notice();
		if (notice == null || issued == null || !notice.key().equals(issued.key())) {
			if (notice != null || issued != null) {
				differences.add(new Difference(asOf, household, Kind.NOTICE, "notice",
						notice == null ? NONE : notice.describe(), issued == null ? NONE : issued.describe()));
			}
		}
		else if (!Objects.equals(notice.digest(), issued.digest())) {
			differences.add(new Difference(asOf, household, Kind.NOTICE_CONTENT, notice.key(),
					notice.describe() + " lines " + notice.digest().substring(0, 12),
					issued.describe() + " lines " + issued.digest().substring(0, 12)));
		}
		return differences;
	}

	private static List<String> union(Set<String> a, Set<String> b) {
		TreeSet<String> all = new TreeSet<>(a);
		all.addAll(b);
		return new ArrayList<>(all);
	}

}
