package io.arrears.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.arrears.dunning.Assessment;
import io.arrears.dunning.Dunning;
import io.arrears.dunning.KeptOff;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.NoticeDue;
import io.arrears.dunning.Stage;
import io.arrears.dunning.Team;
import io.arrears.ledger.LedgerEntry;

/**
 * What the ladder does with promises and holds (SPEC §9), beside the ladder: the stage is
 * computed as in SPEC §3 whatever they say, and this rule then decides what of the day's
 * dunning is carried out. Plain Java: the date comes with the dunning, what was recorded
 * by then is a {@link Visibility}.
 *
 * <p>
 * No back-fill needs code here: a notice kept back is simply not registered, so when the
 * promise or hold ends the registry issues the notice of the stage the household is in
 * then, if its episode has not had it, as it does after days the pipeline did not run.
 */
public final class CollectionRules {

	private static final Comparator<Contact> LATEST_CONTACT = Comparator.comparing(Contact::contactedOn)
		.thenComparing(Contact::reference);

	private final CollectionSettings settings;

	public CollectionRules(CollectionSettings settings) {
		this.settings = settings;
	}

	public CollectionSettings settings() {
		return settings;
	}

	/**
	 * The household's promises, holds and last contact on {@code asOf}, as far as the run
	 * may see them.
	 * @param household the household's ledger as the run sees it (its own visibility
	 * applied by the reader)
	 */
	public CollectionState state(HouseholdLedger household, CollectionFacts facts, Visibility visibility,
			LocalDate asOf) {
		CollectionFacts seen = facts.visibleTo(visibility);
		Promises promises = Promises.judge(seen.contacts(), household.entries(), settings, asOf);
		return state(household.householdCode(), seen, promises, asOf);
	}

	/**
	 * The same with the promises judged already ({@link CollectionStaging}).
	 * @param seen the facts as far as the run may see them
	 */
	static CollectionState state(String householdCode, CollectionFacts seen, Promises promises, LocalDate asOf) {
		List<Hold> active = Holds.of(seen.holds()).activeOn(asOf);
		Contact last = seen.contacts()
			.stream()
			.filter(c -> !c.contactedOn().isAfter(asOf))
			.max(LATEST_CONTACT)
			.orElse(null);
		return new CollectionState(householdCode, asOf, promises, active, last);
	}

	/**
	 * The day's dunning as promises and holds let it be carried out.
	 * <ul>
	 * <li>an open promise that holds, or an active hold: no per-household notice (the
	 * case file included: it is the next step of the same ladder), no public
	 * listing;</li>
	 * <li>a {@code DISPUTE} hold: the posting day posts nothing for the household;
	 * posting is cumulative, so the first posting day after the hold posts what
	 * accrued;</li>
	 * <li>on hold and not {@code CURRENT}: team {@code MANAGER}, unless the arrears are
	 * prior-year ({@code PRIOR_YEAR} comes first in SPEC §3).</li>
	 * </ul>
	 */
	public Treatment treat(Dunning dunning, HouseholdLedger household, CollectionFacts facts, Visibility visibility) {
		Assessment assessment = dunning.assessment();
		CollectionState state = state(household, facts, visibility, assessment.asOf());

		NoticeDue notice = dunning.notice();
		Suppression suppression = null;
		if (notice != null && state.holdsTheLadder()) {
			suppression = suppression(notice, state);
			notice = null;
		}

		List<LedgerEntry> lateFees = dunning.lateFees();
		boolean deferred = false;
		if (!lateFees.isEmpty() && state.isDisputed()) {
			BigDecimal unposted = lateFees.stream().map(LedgerEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
			// The assessor allocated the day's fees in; nothing of a new fee is paid yet
			// (a household with overdue principal has no credit), so both totals drop by
			// the same amount.
			assessment = with(assessment, assessment.lateFeePosted().subtract(unposted),
					assessment.lateFeeOutstanding().subtract(unposted), assessment.team());
			lateFees = List.of();
			deferred = true;
		}

		if (assessment.stage() != Stage.CURRENT && state.isOnHold() && assessment.team() != Team.PRIOR_YEAR
				&& assessment.team() != Team.MANAGER) {
			assessment = with(assessment, assessment.lateFeePosted(), assessment.lateFeeOutstanding(), Team.MANAGER);
		}
		return new Treatment(new Dunning(assessment, lateFees, notice), suppression, !state.holdsTheLadder(), deferred,
				state);
	}

	/** A hold is named before a promise: it is a manager's decision. */
	private static Suppression suppression(NoticeDue notice, CollectionState state) {
		KeptOff why = keptOff(state);
		return new Suppression(notice, Suppression.Cause.valueOf(why.cause()), why.reason(), why.reference(),
				why.until());
	}

	/**
	 * What holds the ladder, and so keeps the household off the public lists, on the
	 * state's date: the first active hold, else the promise that holds (a hold is named
	 * before a promise, as for a notice kept back).
	 * @throws java.util.NoSuchElementException when nothing holds the ladder
	 */
	static KeptOff keptOff(CollectionState state) {
		if (state.isOnHold()) {
			Hold hold = state.firstHold().orElseThrow();
			return new KeptOff(Suppression.Cause.HOLD.name(), hold.reason().name(), hold.reference(), hold.untilDate());
		}
		Promise promise = state.promises().holding().orElseThrow();
		return new KeptOff(Suppression.Cause.PROMISE.name(), Outcome.PROMISED.name(), promise.contact().reference(),
				promise.promiseDate());
	}

	private static Assessment with(Assessment a, BigDecimal posted, BigDecimal outstanding, Team team) {
		return new Assessment(a.householdCode(), a.asOf(), a.stage(), a.daysOverdue(), a.oldestDueDate(),
				a.principalOverdue(), posted, outstanding, a.priorYearPrincipal(), team, a.lines());
	}

}
