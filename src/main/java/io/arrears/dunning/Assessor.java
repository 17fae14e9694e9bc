package io.arrears.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.arrears.ledger.Allocation;
import io.arrears.ledger.ChargeBalance;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.HouseholdTag;
import io.arrears.ledger.LateFeeBalance;
import io.arrears.ledger.LedgerEntry;

/**
 * Puts a household on the ladder, works out the late fees to post and the notice to issue
 * (SPEC §3 and §4). Plain Java: the as-of date is a parameter and nothing is read from
 * outside.
 */
public final class Assessor {

	/** Tag of a household whose arrears are in dispute: the manager's team takes it. */
	public static final String DISPUTE_TAG = HouseholdTag.DISPUTE.tag();

	static final String LATE_FEE_ITEM = "滞纳金";

	private final Rules rules;

	public Assessor(Rules rules) {
		this.rules = rules;
	}

	public Rules rules() {
		return rules;
	}

	public Dunning assess(HouseholdLedger household, LocalDate asOf) {
		Allocation allocation = Allocation.of(household.entries(), asOf);
		List<ChargeBalance> overdue = overdueCharges(allocation, asOf);
		BigDecimal principal = sumOutstanding(overdue);

		if (overdue.isEmpty() || principal.compareTo(rules.minArrears()) < 0) {
			Assessment current = new Assessment(household.householdCode(), asOf, Stage.CURRENT, 0, null, principal,
					allocation.lateFeePosted(), allocation.lateFeeOutstanding(), BigDecimal.ZERO.setScale(2), null,
					List.of());
			return new Dunning(current, List.of(), null);
		}

		LocalDate oldestDue = overdue.get(0).due();
		int days = Math.toIntExact(ChronoUnit.DAYS.between(oldestDue, asOf));
		Ladder.Rung rung = rules.ladder().rungFor(days);
		boolean feesApply = rung.lateFees();

		List<LedgerEntry> postings = feesApply && rules.lateFee().posting().isPostingDay(asOf)
				? postings(household.householdCode(), allocation, overdue, asOf) : List.of();
		if (!postings.isEmpty()) {
			// The new fees are owed from today: allocate again so that the totals include
			// them.
			List<LedgerEntry> all = new ArrayList<>(household.entries());
			all.addAll(postings);
			allocation = Allocation.of(all, asOf);
		}

		List<ArrearsLine> lines = statedLines(allocation, overdue, asOf, feesApply);
		Assessment assessment = new Assessment(household.householdCode(), asOf, rung.stage(), days, oldestDue,
				principal, allocation.lateFeePosted(), allocation.lateFeeOutstanding(),
				priorYearPrincipal(overdue, asOf), team(rung, household, overdue, asOf), lines);
		Ladder.Notice notice = rung.notice();
		return new Dunning(assessment, postings,
				notice == null ? null : new NoticeDue(notice.kind(), notice.number(), oldestDue, principal, lines));
	}

	/**
	 * Charges due before the as-of date and not paid off by its end, oldest due first.
	 */
	private static List<ChargeBalance> overdueCharges(Allocation allocation, LocalDate asOf) {
		List<ChargeBalance> overdue = new ArrayList<>();
		for (ChargeBalance charge : allocation.charges()) {
			if (charge.due().isBefore(asOf) && charge.outstanding().signum() > 0) {
				overdue.add(charge);
			}
		}
		return overdue;
	}

	/**
	 * Posting is cumulative: each charge is brought up to its rounded accrual, whatever
	 * earlier posting days ran, so re-running a date posts nothing new.
	 */
	private List<LedgerEntry> postings(String household, Allocation allocation, List<ChargeBalance> overdue,
			LocalDate asOf) {
		List<LedgerEntry> postings = new ArrayList<>();
		for (ChargeBalance charge : overdue) {
			BigDecimal due = rules.lateFee()
				.accruedRounded(charge, asOf)
				.subtract(allocation.lateFeePostedFor(charge.reference()));
			if (due.signum() > 0) {
				postings.add(new LedgerEntry(LedgerEntry.lateFeeReference(charge.reference(), asOf), household,
						EntryType.LATE_FEE, LATE_FEE_ITEM, charge.period(), due, asOf, asOf.atStartOfDay(), null));
			}
		}
		return postings;
	}

	private static BigDecimal priorYearPrincipal(List<ChargeBalance> overdue, LocalDate asOf) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (ChargeBalance charge : overdue) {
			YearMonth period = charge.period() != null ? charge.period() : YearMonth.from(charge.due());
			if (period.getYear() < asOf.getYear()) {
				total = total.add(charge.outstanding());
			}
		}
		return total;
	}

	/**
	 * The rung names the team; arrears of an earlier year and a dispute overrule it
	 * whatever the rung (SPEC §3).
	 */
	private static Team team(Ladder.Rung rung, HouseholdLedger household, List<ChargeBalance> overdue, LocalDate asOf) {
		if (priorYearPrincipal(overdue, asOf).signum() > 0) {
			return Team.PRIOR_YEAR;
		}
		if (household.isTagged(DISPUTE_TAG)) {
			return Team.MANAGER;
		}
		return rung.team();
	}

	/**
	 * What a notice states, charge by charge: each overdue charge with the late fee owed
	 * on it (posted and not yet paid or waived, plus from the late-fee stage on what has
	 * accrued and is not posted yet), then any charge already paid whose posted late fee
	 * is still owed.
	 */
	private List<ArrearsLine> statedLines(Allocation allocation, List<ChargeBalance> overdue, LocalDate asOf,
			boolean feesApply) {
		Map<String, BigDecimal> feeOwed = new HashMap<>();
		for (LateFeeBalance fee : allocation.lateFees()) {
			if (fee.chargeReference() != null) {
				feeOwed.merge(fee.chargeReference(), fee.outstanding(), BigDecimal::add);
			}
		}
		List<ArrearsLine> lines = new ArrayList<>();
		Set<String> listed = new HashSet<>();
		for (ChargeBalance charge : overdue) {
			BigDecimal fee = feeOwed.getOrDefault(charge.reference(), BigDecimal.ZERO.setScale(2));
			if (feesApply) {
				BigDecimal unposted = rules.lateFee()
					.accruedRounded(charge, asOf)
					.subtract(allocation.lateFeePostedFor(charge.reference()));
				if (unposted.signum() > 0) {
					fee = fee.add(unposted);
				}
			}
			lines.add(new ArrearsLine(charge.reference(), charge.feeItem(), charge.period(), charge.due(),
					charge.amount(), charge.outstanding(), fee));
			listed.add(charge.reference());
		}
		for (ChargeBalance charge : allocation.charges()) {
			BigDecimal fee = feeOwed.get(charge.reference());
			if (!listed.contains(charge.reference()) && fee != null && fee.signum() > 0) {
				lines.add(new ArrearsLine(charge.reference(), charge.feeItem(), charge.period(), charge.due(),
						charge.amount(), charge.outstanding(), fee));
			}
		}
		return lines;
	}

	private static BigDecimal sumOutstanding(List<ChargeBalance> charges) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (ChargeBalance charge : charges) {
			total = total.add(charge.outstanding());
		}
		return total;
	}

}
