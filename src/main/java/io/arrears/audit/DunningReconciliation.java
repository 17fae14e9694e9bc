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
import io.arrears.audit.Difference.Finding;
import io.arrears.audit.Difference.Kind;
import io.arrears.audit.RecordedHousehold.PostedFee;
import io.arrears.ledger.LedgerEntry;

/**
 * Compares what a re-run computes for one household on one date with what was recorded,
 * and names every difference: the stage row, the late fee of each charge, the notice; and
 * explains a notice that neither issued by the promise or hold that kept it back. Plain
 * Java, no database: the caller reads both sides.
 */
final class DunningReconciliation {

	static final String NONE = "none";

	private DunningReconciliation() {
	}

	/**
	 * @param notice the notice the re-run issues on the date (null when none: not due, or
	 * already issued in the episode, or kept back)
	 * @param keptBack the notice the re-run keeps back by a promise or hold, one the
	 * episode has not had yet; null when none
	 * @return the differences, and the row explaining a notice kept back
	 * ({@link Kind#WITHHELD}, not a difference)
	 */
	static List<Difference> compare(LocalDate asOf, String household, Dunning expected, NoticeStatement notice,
			KeptBack keptBack, RecordedHousehold recorded) {
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

		differences.addAll(notices(asOf, household, notice, keptBack, recorded));
		return differences;
	}

	/**
	 * The notice of the date, with what promises and holds make of it (SPEC §9):
	 * <ul>
	 * <li>neither issues one and the re-run keeps one back: explained, by the promise or
	 * hold that kept it ({@link Kind#WITHHELD}, {@link Finding#EXPLAINED});</li>
	 * <li>the date issued one the re-run does not:
	 * {@link Finding#SHOULD_NOT_HAVE_GONE_OUT}, naming the promise or hold that now keeps
	 * it back, if one does;</li>
	 * <li>the re-run issues one the date did not: {@link Finding#WOULD_BE_ISSUED}, naming
	 * the promise or hold that kept it back then, if the run recorded one;</li>
	 * <li>both issue one, another or with other content: no finding.</li>
	 * </ul>
	 */
	private static List<Difference> notices(LocalDate asOf, String household, NoticeStatement notice, KeptBack keptBack,
			RecordedHousehold recorded) {
		NoticeStatement issued = recorded.notice();
		KeptBack wasKeptBack = recorded.keptBack();
		if (notice == null && issued == null) {
			if (keptBack == null) {
				return List.of();
			}
			return List.of(new Difference(asOf, household, Kind.WITHHELD, keptBack.notice(), keptBack.describe(),
					wasKeptBack == null ? NONE + " issued" : wasKeptBack.describe(), Finding.EXPLAINED,
					keptBack.notice(), keptBack.cause()));
		}
		if (notice == null) {
			return List.of(new Difference(asOf, household, Kind.NOTICE, "notice",
					keptBack == null ? NONE : keptBack.describe(), issued.describe(), Finding.SHOULD_NOT_HAVE_GONE_OUT,
					issued.key(), keptBack == null ? null : keptBack.cause()));
		}
		if (issued == null) {
			return List.of(new Difference(asOf, household, Kind.NOTICE, "notice", notice.describe(),
					wasKeptBack == null ? NONE : wasKeptBack.describe(), Finding.WOULD_BE_ISSUED, notice.key(),
					wasKeptBack == null ? null : wasKeptBack.cause()));
		}
		if (!notice.key().equals(issued.key())) {
			return List
				.of(new Difference(asOf, household, Kind.NOTICE, "notice", notice.describe(), issued.describe()));
		}
		if (!Objects.equals(notice.digest(), issued.digest())) {
			return List.of(new Difference(asOf, household, Kind.NOTICE_CONTENT, notice.key(),
					notice.describe() + " lines " + notice.digest().substring(0, 12),
					issued.describe() + " lines " + issued.digest().substring(0, 12)));
		}
		return List.of();
	}

	private static List<String> union(Set<String> a, Set<String> b) {
		TreeSet<String> all = new TreeSet<>(a);
		all.addAll(b);
		return new ArrayList<>(all);
	}

}
