package io.arrears.finance;

import java.time.LocalDate;
import java.util.List;

import io.arrears.collection.DailyReview;
import io.arrears.collection.ReviewLine;
import io.arrears.document.EstateInfo;
import io.arrears.limitation.LimitationPeriod;

/**
 * Everything one estate's month-end finance pack shows: the aging report by stage (every
 * stage, empty ones too) and by days-overdue bucket, their total, the collection figures
 * and the last twelve months; each collector's month (SPEC §9: recovered, contacts,
 * promises made, kept and broken) and the charges whose limitation period ends in the
 * month (SPEC §10: money that can no longer be claimed in court after it).
 *
 * @param collectors the estate's lines of the daily review counted over the month
 * ({@link DailyReview#month})
 * @param limitationEnded the estate's charges outstanding on the date whose limitation
 * period ends in the date's month
 */
record MonthEndPack(EstateInfo estate, LocalDate asOf, List<AgingRow> byStage, List<AgingRow> byDays, AgingRow total,
		Kpis kpis, List<TrendPoint> trend, List<ReviewLine> collectors, List<LimitationPeriod> limitationEnded) {

	MonthEndPack {
		byStage = List.copyOf(byStage);
		byDays = List.copyOf(byDays);
		trend = List.copyOf(trend);
		collectors = List.copyOf(collectors);
		limitationEnded = List.copyOf(limitationEnded);
	}
}
