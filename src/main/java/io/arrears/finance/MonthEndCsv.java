package io.arrears.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import io.arrears.collection.ReviewLine;
import io.arrears.csv.CsvWriter;
import io.arrears.limitation.LimitationPeriod;

/**
 * The pack's CSV files (docs/month-end.md): UTF-8, {@code \n} line ends, amounts with two
 * decimals and a point and no thousands separator, shares as fractions with four
 * decimals, an empty field where nothing was measured; written by {@link CsvWriter}, so
 * that an estate code with a comma or a leading {@code =} stays one harmless cell.
 */
final class MonthEndCsv {

	static final String AGING_HEADER = "estate_code,as_of,dimension,key,households,principal_overdue,"
			+ "late_fee_posted,late_fee_outstanding,prior_year_principal";

	static final String KPI_HEADER = "estate_code,as_of,kpi,count,of,share,target,met";

	static final String TREND_HEADER = "estate_code,month,as_of,households,in_arrears,in_arrears_share,"
			+ "beyond_target,beyond_target_share";

	static final String COLLECTION_HEADER = "estate_code,as_of,collector_code,collector_name,principal_at_month_start,"
			+ "recovered_month,recovery_rate,contacts,promises_made,promises_kept,promises_broken";

	static final String LIMITATION_HEADER = "estate_code,as_of,household_code,charge_reference,due_date,outstanding,"
			+ "last_start_kind,last_start_date,limitation_ends";

	private MonthEndCsv() {
	}

	/**
	 * Each collector's month (SPEC §9), by collector code: {@code -} for the households
	 * no collector covers; rate empty when there was nothing to recover.
	 */
	static String collection(MonthEndPack pack) {
		StringBuilder out = new StringBuilder();
		CsvWriter csv = CsvWriter.withHeader(out, COLLECTION_HEADER.split(","));
		for (ReviewLine l : pack.collectors()) {
			csv.row(pack.estate().code(), pack.asOf(), l.collectorCode(),
					l.collectorName() == null ? "" : l.collectorName(), money(l.openingPrincipal()),
					money(l.recoveredMonth()), l.recoveryRate() == null ? "" : l.recoveryRate().toPlainString(),
					l.contacts(), l.promisesMade(), l.promisesKept(), l.promisesBroken());
		}
		return out.toString();
	}

	/**
	 * The charges whose limitation period (SPEC §10) ends in the month, by the day it
	 * ends: from the next month on they can no longer be claimed in court.
	 */
	static String limitationEnded(MonthEndPack pack) {
		StringBuilder out = new StringBuilder();
		CsvWriter csv = CsvWriter.withHeader(out, LIMITATION_HEADER.split(","));
		for (LimitationPeriod p : pack.limitationEnded()) {
			csv.row(pack.estate().code(), pack.asOf(), p.householdCode(), p.chargeReference(), p.dueDate(),
					money(p.outstanding()), p.lastStartKind(), p.lastStartDate(), p.ends());
		}
		return out.toString();
	}

	/** The aging report's first dimension. */
	static final String STAGE = "stage";

	/** The aging report's second dimension. */
	static final String DAYS_OVERDUE = "days_overdue";

	/** Every stage, then every bucket, each followed by its total line. */
	static String aging(MonthEndPack pack) {
		return aging(new AgingReport(pack.estate().code(), pack.asOf(), pack.byStage(), pack.byDays(), pack.total()));
	}

	/** The aging CSV of a report. */
	static String aging(AgingReport report) {
		StringBuilder out = new StringBuilder();
		CsvWriter csv = CsvWriter.withHeader(out, AGING_HEADER.split(","));
		agingLines(csv, report, STAGE, report.byStage());
		agingLines(csv, report, DAYS_OVERDUE, report.byDays());
		return out.toString();
	}

	private static void agingLines(CsvWriter csv, AgingReport report, String dimension, List<AgingRow> rows) {
		for (AgingRow row : rows) {
			agingLine(csv, report, dimension, row);
		}
		agingLine(csv, report, dimension, report.total());
	}

	private static void agingLine(CsvWriter csv, AgingReport report, String dimension, AgingRow row) {
		csv.row(report.estateCode(), report.asOf(), dimension, row.key(), row.households(),
				money(row.principalOverdue()), money(row.lateFeePosted()), money(row.lateFeeOutstanding()),
				money(row.priorYearPrincipal()));
	}

	static String kpis(MonthEndPack pack, FinanceProperties properties) {
		Kpis k = pack.kpis();
		StringBuilder out = new StringBuilder();
		CsvWriter csv = CsvWriter.withHeader(out, KPI_HEADER.split(","));
		kpiLine(csv, pack, "paid_this_period", k.paidThisPeriod(), "", "");
		kpiLine(csv, pack, "in_arrears", k.inArrears(), "", "");
		kpiLine(csv, pack, "beyond_target", k.beyondTarget(), ratio(properties.arrearsTarget()),
				k.beyondTarget().measured() ? Boolean.toString(k.beyondTarget().below(properties.arrearsTarget()))
						: "");
		kpiLine(csv, pack, "paid_after_lawyer_letter", k.lawyerLetterPaid(), ratio(properties.lawyerLetterPractice()),
				"");
		for (Map.Entry<String, Integer> issued : k.notices().entrySet()) {
			csv.row(pack.estate().code(), pack.asOf(), "notices_" + issued.getKey(), issued.getValue(), "", "", "", "");
		}
		return out.toString();
	}

	private static void kpiLine(CsvWriter csv, MonthEndPack pack, String kpi, Share share, String target, String met) {
		csv.row(pack.estate().code(), pack.asOf(), kpi, share.count(), share.of(),
				share.measured() ? share.ratio().toPlainString() : "", target, met);
	}

	static String trend(MonthEndPack pack) {
		StringBuilder out = new StringBuilder();
		CsvWriter csv = CsvWriter.withHeader(out, TREND_HEADER.split(","));
		for (TrendPoint p : pack.trend()) {
			boolean m = p.measured();
			csv.row(pack.estate().code(), p.month(), p.asOf(), m ? p.inArrears().of() : null,
					m ? p.inArrears().count() : null, m ? p.inArrears().ratio().toPlainString() : null,
					m ? p.beyondTarget().count() : null, m ? p.beyondTarget().ratio().toPlainString() : null);
		}
		return out.toString();
	}

	/** Two decimals and a point, no thousands separator, whatever the default locale. */
	static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

	private static String ratio(BigDecimal fraction) {
		return fraction.setScale(4, RoundingMode.HALF_UP).toPlainString();
	}

}
