package io.arrears.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.arrears.audit.Corrections.Restated;
import io.arrears.audit.Difference.Kind;
import io.arrears.audit.RecordedHousehold.PostedFee;
import io.arrears.dunning.Assessor;
import io.arrears.dunning.Dunning;
import io.arrears.dunning.HouseholdTreatment;
import io.arrears.dunning.NoticeDue;
import io.arrears.dunning.Withheld;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;
import io.arrears.document.Money;

/**
 * What a re-run's date does with each household (its step's processor delegates here):
 * assesses a household with the dunning rules, lets promises and holds treat the outcome
 * as the dunning run does, decides the notice the date issues or keeps back, and compares
 * all of it with what was recorded. Pure: everything it needs comes in the item, and the
 * correction's time is the audit run's.
 */
final class DunningReconciler {

	private final Assessor assessor;

	private final HouseholdTreatment treatment;

	private final LocalDate day;

	private final long runId;

	private final boolean compare;

	private final boolean dryRun;

	private final LocalDateTime correctedAt;

	/**
	 * @param treatment what promises and holds let of the date's dunning be carried out,
	 * with the contacts and holds the mode sees (as the dunning run's processor)
	 * @param compare whether the date is compared household by household (the dunning
	 * re-run's); a document re-run only assesses, and compares the documents afterwards
	 * @param correctedAt the recording time of the corrections: the audit run's start, so
	 * a restarted run posts what an uninterrupted one would
	 */
	DunningReconciler(Assessor assessor, HouseholdTreatment treatment, LocalDate day, long runId, boolean compare,
			boolean dryRun, LocalDateTime correctedAt) {
		this.assessor = assessor;
		this.treatment = treatment;
		this.day = day;
		this.runId = runId;
		this.compare = compare;
		this.dryRun = dryRun;
		this.correctedAt = correctedAt;
	}

	Reconciled reconcile(RerunHousehold household) {
		String code = household.householdCode();
		Dunning dunning = treatment.treat(assessor.assess(household.ledger(), day), household.ledger());
		NoticeStatement notice = null;
		NoticeDue due = dunning.notice();
		if (due != null && !issued(household, due)) {
			notice = NoticeStatement.of(due);
		}
		// kept back only if the episode has not had it: else there was nothing to keep
		Withheld withheld = dunning.withheld();
		KeptBack keptBack = withheld != null && !issued(household, withheld.notice()) ? KeptBack.of(withheld) : null;
		if (!compare) {
			return new Reconciled(code, dunning, notice, List.of(), List.of(), null);
		}
		RecordedHousehold was = household.recorded();
		List<Difference> found = DunningReconciliation.compare(day, code, dunning, notice, keptBack, was);
		if (found.stream().noneMatch(Difference::isDifference) || dryRun) {
			return new Reconciled(code, dunning, notice, found, List.of(), null);
		}
		return new Reconciled(code, dunning, notice, found, ledgerCorrections(dunning, was, found),
				new Restated(code, StageRow.of(dunning.assessment()), notice));
	}

	private static boolean issued(RerunHousehold household, NoticeDue due) {
		return household.issued()
			.contains(RecordedDunning.registryKey(household.householdCode(), due.kind().name(), due.number(),
					due.episodeDueDate()));
	}

	/**
	 * For each charge whose late fee differs: a reversal of every fee recorded for it on
	 * the date, and the fee it should have had under a reference of this run. Never an
	 * update.
	 */
	private List<LedgerEntry> ledgerCorrections(Dunning dunning, RecordedHousehold was, List<Difference> found) {
		List<LedgerEntry> entries = new ArrayList<>();
		String household = dunning.assessment().householdCode();
		for (Difference difference : found) {
			if (difference.kind() != Kind.LATE_FEE) {
				continue;
			}
			String charge = difference.subject();
			PostedFee posted = was.lateFees().get(charge);
			if (posted != null) {
				for (String reference : posted.references()) {
					entries.add(new LedgerEntry(RerunLedgerReader.REVERSAL_PREFIX + reference + ":R" + runId, household,
							EntryType.REVERSAL, null, null, Money.ZERO, day, correctedAt, reference));
				}
			}
			for (LedgerEntry fee : dunning.lateFees()) {
				if (charge.equals(fee.lateFeeChargeReference())) {
					entries.add(new LedgerEntry(LedgerEntry.correctedLateFeeReference(charge, day, runId),
							fee.householdCode(), EntryType.LATE_FEE, fee.feeItem(), fee.period(), fee.amount(), day,
							correctedAt, null));
				}
			}
		}
		return entries;
	}

}
