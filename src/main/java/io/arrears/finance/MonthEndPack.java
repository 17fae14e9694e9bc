package io.arrears.finance;

import java.time.LocalDate;
import java.util.List;

import io.arrears.document.EstateInfo;

/**
 * Everything one estate's month-end finance pack shows: the aging report by stage (every
 * stage, empty ones too) and by days-overdue bucket, their total, the collection figures
 * and the last twelve months.
 */
record MonthEndPack(EstateInfo estate, LocalDate asOf, List<AgingRow> byStage, List<AgingRow> byDays, AgingRow total,
		Kpis kpis, List<TrendPoint> trend) {

	MonthEndPack {
		byStage = List.copyOf(byStage);
		byDays = List.copyOf(byDays);
		trend = List.copyOf(trend);
	}
}
