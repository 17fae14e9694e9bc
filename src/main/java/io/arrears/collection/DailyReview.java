package io.arrears.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.arrears.dunning.Team;

/**
 * The daily review (每日收费分析, SPEC §9) as a pure function of one day's households
 * ({@link CollectionDay}): per estate and collector, the households worked, newly in
 * arrears and cleared, the principal to recover and what was recovered, contacts and
 * promises, the ranking by recovery rate and the collectors ranked last three days
 * running. No clock, no database: the earlier days' rankings are a parameter.
 *
 * <p>
 * Decisions where SPEC §9 is silent (docs/collection.md, "The daily review"):
 * <ul>
 * <li>a household counts for one collector in the month: the one whose list holds it
 * today, else the one who covered it on the first of the month, so a household that paid
 * everything still counts for whoever recovered it;</li>
 * <li>a household's payments count as recovered only up to its overdue principal on the
 * first of the month ({@link #recovered}): what it pays beyond pays the charges that fell
 * due in the month, which were not arrears to recover, so a recovery rate never exceeds
 * 1; recovered today is the day's share of that (what the month's recovery grew by);</li>
 * <li>the recovery rate is rounded to four decimals half up and ranks compare the rounded
 * rates, so two collectors shown with the same rate share a rank (1, 1, 3: the next rank
 * skips); a collector with nothing to recover has no rate and no rank, and {@code -} is
 * never ranked;</li>
 * <li>"last" needs two ranked collectors or more (a lone collector is not last), and ties
 * for last are all last, unless every ranked collector has the same rate (then no one is
 * last); "three days running" means the day and the two calendar days before, each with a
 * recorded ranking in which the collector was last.</li>
 * </ul>
 */
public final class DailyReview {

	/**
	 * The collectors ranked last of an estate on a date, as earlier runs recorded them.
	 */
	public interface History {

		/** The codes of the collectors ranked last in the estate on the date. */
		Set<String> rankedLast(String estateCode, LocalDate date);

		History NONE = (estate, date) -> Set.of();

	}

	private DailyReview() {
	}

	/** The review of the day: contacts and promises counted on the day only. */
	public static List<ReviewLine> of(CollectionDay day, History history) {
		List<ReviewLine> lines = lines(day, day.asOf(), day.asOf());
		List<ReviewLine> marked = new ArrayList<>(lines.size());
		for (ReviewLine l : lines) {
			boolean mark = l.last()
					&& history.rankedLast(l.estateCode(), day.asOf().minusDays(1)).contains(l.collectorCode())
					&& history.rankedLast(l.estateCode(), day.asOf().minusDays(2)).contains(l.collectorCode());
			marked.add(l.withMark(mark));
		}
		return marked;
	}

	/**
	 * The month's figures to the day (the month-end pack): contacts and promises counted
	 * from the first of the month; not marked.
	 */
	public static List<ReviewLine> month(CollectionDay day) {
		return lines(day, day.asOf().withDayOfMonth(1), day.asOf());
	}

	private static final class Tally {

		int households;

		int newly;

		int cleared;

		BigDecimal opening = BigDecimal.ZERO.setScale(2);

		BigDecimal today = BigDecimal.ZERO.setScale(2);

		BigDecimal month = BigDecimal.ZERO.setScale(2);

		int contacts;

		int made;

		int kept;

		int broken;

		int limitation;

	}

	/**
	 * Every estate's lines, by estate then collector code; each collector of the estate's
	 * coverage has a line, also with nothing to count.
	 */
	static List<ReviewLine> lines(CollectionDay day, LocalDate from, LocalDate to) {
		Map<String, Map<String, Tally>> estates = new TreeMap<>();
		for (Collector c : day.coverage().collectors()) {
			if (c.active()) {
				tally(estates, c.estateCode(), c.code());
			}
		}
		for (CollectionDay.ReviewItem item : day.review()) {
			String estate = item.estateCode();
			if (item.listedWith() != null) {
				Tally t = tally(estates, estate, item.listedWith());
				t.households++;
				if (item.teamYesterday() == null) {
					t.newly++;
				}
				if (item.limitation()) {
					t.limitation++;
				}
			}
			if (item.current() && item.teamYesterday() != null) {
				tally(estates, estate,
						collector(day.coverage(), item.teamYesterday(), estate, item.building())).cleared++;
			}
			if (item.monthCollector() != null) {
				Tally t = tally(estates, estate, item.monthCollector());
				BigDecimal month = recovered(item.paidMonth(), item.openingPrincipal());
				t.opening = t.opening.add(item.openingPrincipal());
				t.today = t.today.add(month
					.subtract(recovered(item.paidMonth().subtract(item.paidToday()), item.openingPrincipal())));
				t.month = t.month.add(month);
			}
			for (Contact c : item.contacts()) {
				if (within(c.contactedOn(), from, to)) {
					tally(estates, estate, code(c)).contacts++;
				}
			}
			for (Promise p : item.promises()) {
				if (within(p.contact().contactedOn(), from, to)) {
					tally(estates, estate, code(p.contact())).made++;
				}
				LocalDate judged = p.promiseDate().plusDays(1);
				if (within(judged, from, to)) {
					if (p.status() == PromiseStatus.KEPT) {
						tally(estates, estate, code(p.contact())).kept++;
					}
					else if (p.status() == PromiseStatus.BROKEN) {
						tally(estates, estate, code(p.contact())).broken++;
					}
				}
			}
		}
		List<ReviewLine> lines = new ArrayList<>();
		estates.forEach((estate, collectors) -> {
			List<ReviewLine> of = new ArrayList<>();
			collectors.forEach((code,
					t) -> of.add(new ReviewLine(estate, code, day.names().get(code), t.households, t.newly, t.cleared,
							t.opening, t.today, t.month, rate(t.month, t.opening), t.contacts, t.made, t.kept, t.broken,
							t.limitation, null, false, false)));
			lines.addAll(rank(of));
		});
		return lines;
	}

	/**
	 * What a household's payments of the month recovered of its arrears at the start of
	 * the month: the payments up to its overdue principal on the first, never more.
	 * Payments allocate to the oldest charge first (SPEC §2), so the month's first
	 * payments pay off that principal, and what is paid beyond it pays charges that fell
	 * due in the month: the fees of the month (当期收费), not arrears recovered (清欠). A
	 * household with nothing overdue on the first recovers nothing; a reversal of a
	 * payment of an earlier month counts against the month.
	 */
	static BigDecimal recovered(BigDecimal paid, BigDecimal openingPrincipal) {
		return paid.min(openingPrincipal.max(BigDecimal.ZERO));
	}

	/**
	 * The recovery rate: recovered over the principal to recover, four decimals half up;
	 * null when there was nothing to recover.
	 */
	public static BigDecimal rate(BigDecimal recovered, BigDecimal opening) {
		if (opening.signum() <= 0) {
			return null;
		}
		return recovered.divide(opening, 4, RoundingMode.HALF_UP);
	}

	/**
	 * Ranks one estate's lines by rate, highest first; equal rates share a rank and the
	 * next rank skips (1, 1, 3). Lines without a rate, and {@code -}, stay unranked. With
	 * two ranked collectors or more, those of the highest rank number are last.
	 */
	static List<ReviewLine> rank(Collection<ReviewLine> estateLines) {
		List<BigDecimal> rates = estateLines.stream()
			.filter(DailyReview::rankable)
			.map(ReviewLine::recoveryRate)
			.sorted((a, b) -> b.compareTo(a))
			.toList();
		List<ReviewLine> ranked = new ArrayList<>();
		for (ReviewLine l : estateLines) {
			if (!rankable(l)) {
				ranked.add(l);
				continue;
			}
			int rank = 1;
			for (BigDecimal r : rates) {
				if (r.compareTo(l.recoveryRate()) > 0) {
					rank++;
				}
			}
			boolean last = rates.size() >= 2 && l.recoveryRate().compareTo(rates.get(rates.size() - 1)) == 0
					&& rates.get(0).compareTo(rates.get(rates.size() - 1)) != 0;
			ranked.add(l.withRank(rank, last));
		}
		return ranked;
	}

	private static boolean rankable(ReviewLine l) {
		return l.recoveryRate() != null && !l.collectorCode().equals(Coverage.UNASSIGNED);
	}

	private static String collector(Coverage coverage, Team team, String estate, String building) {
		return coverage.assign(team, estate, building).orElse(Coverage.UNASSIGNED);
	}

	private static String code(Contact c) {
		return c.collectorCode() == null ? Coverage.UNASSIGNED : c.collectorCode();
	}

	private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

	private static Tally tally(Map<String, Map<String, Tally>> estates, String estate, String collector) {
		return estates.computeIfAbsent(estate, e -> new TreeMap<>()).computeIfAbsent(collector, c -> new Tally());
	}

}
