package io.arrears.collection;

import java.math.BigDecimal;
import java.util.List;

/**
 * One collector's line of the daily review (每日收费分析, SPEC §9) of an estate; what the
 * month-end pack shows of a collector is the same line counted over the month.
 *
 * @param collectorCode {@code -} for the households no collector covers (never ranked)
 * @param households the households on the collector's work list of the day
 * @param newlyInArrears of those, the ones in arrears (with a team) today and not the day
 * before
 * @param cleared households in arrears the day before, in the collector's team and
 * buildings then, {@code CURRENT} today
 * @param openingPrincipal the overdue principal on the first of the month of the
 * collector's households for the month (those on the list today, and those the collector
 * covered on the first that are on no list today)
 * @param recoveredToday their payments effective on the day
 * @param recoveredMonth their payments effective from the first of the month to the day
 * @param recoveryRate {@code recoveredMonth / openingPrincipal}, four decimals, half up;
 * null when there was nothing to recover
 * @param contacts contacts the collector logged in the period (the day; the month in the
 * pack)
 * @param promisesMade promises the collector recorded in the period
 * @param promisesKept promises recorded by the collector judged kept in the period (the
 * day after their date)
 * @param promisesBroken the same, broken
 * @param limitation the collector's households flagged {@code LIMITATION} on the day
 * @param rank by recovery rate, highest first, equal rates sharing a rank; null when not
 * ranked
 * @param last whether the collector ranks last of the estate (of two or more ranked)
 * @param lastThreeDays whether the collector ranks last today and did on each of the two
 * days before
 */
public record ReviewLine(String estateCode, String collectorCode, String collectorName, int households,
		int newlyInArrears, int cleared, BigDecimal openingPrincipal, BigDecimal recoveredToday,
		BigDecimal recoveredMonth, BigDecimal recoveryRate, int contacts, int promisesMade, int promisesKept,
		int promisesBroken, int limitation, Integer rank, boolean last, boolean lastThreeDays) {

	/** The columns of {@code export review} and of the review's CSV. */
	public static final List<String> COLUMNS = List.of("estate_code", "collector_code", "collector_name", "households",
			"newly_in_arrears", "cleared", "principal_at_month_start", "recovered_today", "recovered_month",
			"recovery_rate", "contacts", "promises_made", "promises_kept", "promises_broken", "limitation", "rank",
			"last_three_days");

	/** The line's fields in {@link #COLUMNS} order, unquoted; empty for none. */
	public List<String> fields() {
		return List.of(estateCode, collectorCode, collectorName == null ? "" : collectorName,
				Integer.toString(households), Integer.toString(newlyInArrears), Integer.toString(cleared),
				WorkLine.money(openingPrincipal), WorkLine.money(recoveredToday), WorkLine.money(recoveredMonth),
				recoveryRate == null ? "" : recoveryRate.toPlainString(), Integer.toString(contacts),
				Integer.toString(promisesMade), Integer.toString(promisesKept), Integer.toString(promisesBroken),
				Integer.toString(limitation), rank == null ? "" : rank.toString(), Boolean.toString(lastThreeDays));
	}

	ReviewLine withMark(boolean mark) {
		return new ReviewLine(estateCode, collectorCode, collectorName, households, newlyInArrears, cleared,
				openingPrincipal, recoveredToday, recoveredMonth, recoveryRate, contacts, promisesMade, promisesKept,
				promisesBroken, limitation, rank, last, mark);
	}

	ReviewLine withRank(Integer rank, boolean last) {
		return new ReviewLine(estateCode, collectorCode, collectorName, households, newlyInArrears, cleared,
				openingPrincipal, recoveredToday, recoveredMonth, recoveryRate, contacts, promisesMade, promisesKept,
				promisesBroken, limitation, rank, last, lastThreeDays);
	}

}
