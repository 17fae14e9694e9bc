package io.arrears.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.arrears.dunning.ArrearsLine;
import io.arrears.dunning.Assessment;
import io.arrears.dunning.Stage;
import io.arrears.dunning.Team;
import io.arrears.limitation.LimitationSettings;

/**
 * The day's work lists (SPEC §9) as a pure function of the day's households: who is on
 * whose list, in which group, in which order, with which flag.
 *
 * <p>
 * On the lists: every household with a team on the date, on the list of the collector who
 * covers it ({@link Coverage}, else under {@code -}); and each {@code CURRENT} household
 * with an open promise, on the list of the collector who recorded the promise (the
 * collector must see it through to its date). A household in {@code GRACE} has no team
 * and is on no list, unless a hold makes it the manager's.
 */
public final class WorkList {

	/** A hold whose until date is today or within this many days is ending (SPEC §9). */
	static final int HOLD_ENDING_DAYS = 3;

	private final CollectionSettings settings;

	private final LimitationSettings limitation;

	public WorkList(CollectionSettings settings, LimitationSettings limitation) {
		this.settings = settings;
		this.limitation = limitation;
	}

	/** A household placed on a list, before ranking. */
	private record Placed(String collector, int group, LocalDate brokenOn, Flag flag, WorkItem item) {
	}

	/**
	 * Within a group (and a break date): stage descending, principal descending, code.
	 */
	private static final Comparator<Placed> ORDER = Comparator.comparingInt(Placed::group)
		.thenComparing(Placed::brokenOn, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing((Placed p) -> p.item().assessment().stage(), Comparator.reverseOrder())
		.thenComparing((Placed p) -> p.item().assessment().principalOverdue(), Comparator.reverseOrder())
		.thenComparing((Placed p) -> p.item().householdCode());

	/**
	 * Every collector's list for {@code asOf}, collector by collector (codes compared as
	 * strings, so {@code -} comes first), each ranked from 1.
	 */
	public List<WorkLine> lines(LocalDate asOf, Coverage coverage, Collection<WorkItem> items) {
		Map<String, List<Placed>> lists = new TreeMap<>();
		for (WorkItem item : items) {
			place(asOf, coverage, item)
				.ifPresent(p -> lists.computeIfAbsent(p.collector(), c -> new ArrayList<>()).add(p));
		}
		List<WorkLine> lines = new ArrayList<>();
		for (List<Placed> list : lists.values()) {
			list.sort(ORDER);
			int rank = 0;
			for (Placed p : list) {
				lines.add(line(p, ++rank, asOf));
			}
		}
		return lines;
	}

	/** The lines of one collector ({@code -} for the unassigned). */
	public List<WorkLine> linesOf(String collectorCode, LocalDate asOf, Coverage coverage, Collection<WorkItem> items) {
		return lines(asOf, coverage, items).stream().filter(l -> l.collectorCode().equals(collectorCode)).toList();
	}

	private Optional<Placed> place(LocalDate asOf, Coverage coverage, WorkItem item) {
		Assessment a = item.assessment();
		CollectionState state = item.collection();
		Optional<Promise> open = state.promises().open();
		String collector;
		if (a.team() != null) {
			collector = coverage.assign(a.team(), item.estateCode(), item.building()).orElse(Coverage.UNASSIGNED);
		}
		else if (a.stage() == Stage.CURRENT && open.isPresent()) {
			String recorder = open.get().contact().collectorCode();
			collector = recorder == null ? Coverage.UNASSIGNED : recorder;
		}
		else {
			return Optional.empty();
		}

		Optional<Promise> broken = state.promises().brokenWithin(asOf, settings.brokenPromiseDays());
		if (broken.isPresent()) {
			return Optional.of(new Placed(collector, 1, broken.get().brokenOn(), Flag.BROKEN_PROMISE, item));
		}
		if (open.isPresent() && open.get().promiseDate().equals(asOf)) {
			return Optional.of(new Placed(collector, 2, null, Flag.PROMISE_DUE, item));
		}
		LocalDate lastEnding = asOf.plusDays(HOLD_ENDING_DAYS);
		if (state.activeHolds().stream().anyMatch(h -> !h.untilDate().isAfter(lastEnding))) {
			return Optional.of(new Placed(collector, 3, null, Flag.HOLD_ENDING, item));
		}
		Flag flag = null;
		if (state.isOnHold()) {
			flag = Flag.ON_HOLD;
		}
		else if (open.isPresent()) {
			flag = Flag.PROMISED;
		}
		else if ((a.team() == Team.MANAGER || a.team() == Team.PRIOR_YEAR) && watched(item, asOf)) {
			flag = Flag.LIMITATION;
		}
		return Optional.of(new Placed(collector, 4, null, flag, item));
	}

	private boolean watched(WorkItem item, LocalDate asOf) {
		return item.limitationEnds() != null && !item.limitationEnds().isAfter(asOf.plusDays(limitation.watchDays()));
	}

	private WorkLine line(Placed p, int rank, LocalDate asOf) {
		WorkItem item = p.item();
		Assessment a = item.assessment();
		CollectionState state = item.collection();
		Contact last = state.lastContact();
		String lastContact = last == null ? "" : last.contactedOn() + " " + last.channel() + " " + last.outcome();
		String openPromise = state.promises()
			.open()
			.map(pr -> pr.promiseDate() + " " + WorkLine.money(pr.amount()))
			.orElse("");
		return new WorkLine(p.collector(), rank, item.householdCode(), item.building(), item.unit(), item.room(),
				item.ownerName(), item.ownerPhone(), a.stage(), a.daysOverdue(), a.principalOverdue(),
				item.lateFeeDue(), p.flag(), item.lastNotice() == null ? "" : item.lastNotice().text(), lastContact,
				openPromise, p.flag() == Flag.LIMITATION ? item.limitationEnds() : null);
	}

	/**
	 * What a notice of the day would state: the lines' late fees (posted and unpaid, plus
	 * the accrual not posted yet from the late-fee stage on); a {@code CURRENT} household
	 * has no lines, only its unpaid posted fees.
	 */
	static BigDecimal lateFeeDue(Assessment a) {
		if (a.stage() == Stage.CURRENT) {
			return a.lateFeeOutstanding().setScale(2);
		}
		return a.lines().stream().map(ArrearsLine::lateFee).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

}
