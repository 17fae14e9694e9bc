package io.arrears.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.Assessment;
import io.arrears.dunning.NoticeKind;
import io.arrears.collection.CollectionDay;
import io.arrears.collection.CollectionDays;
import io.arrears.collection.DailyReview;
import io.arrears.collection.ReviewLine;
import io.arrears.document.EstateInfo;
import io.arrears.limitation.LimitationPeriod;

/**
 * Reads the month-end packs of every estate for a date with a fixed handful of aggregate
 * queries ({@code GROUP BY} estate and stage, bucket, kind or month) over
 * {@code stage_history}, the notice registry and the ledger: the number of queries does
 * not grow with the households, nor with the estates.
 */
final class MonthEndQueries {

	private static final String ESTATES = """
			SELECT estate_code, name, company_name, service_phone, manager_name, address
			  FROM estate
			 ORDER BY estate_code
			""";

	/**
	 * The date's stage history, a row per household with its estate: {@link Aging} groups
	 * it as the rows stream by.
	 */
	private static final String STANDINGS = """
			SELECT h.estate_code, s.stage, s.days_overdue, s.principal_overdue, s.late_fee_posted,
			       s.late_fee_outstanding, s.prior_year_principal
			  FROM stage_history s
			  JOIN household h ON h.household_code = s.household_code
			 WHERE s.as_of = ?
			""";

	/**
	 * Households charged in the month: a charge due from the month's first day to the day
	 * before the date (a charge due on the date itself cannot be overdue yet), not
	 * reversed by the date.
	 */
	private static final String PAID_THIS_PERIOD = """
			SELECT h.estate_code, COUNT(*) AS charged,
			       SUM(CASE WHEN s.stage = 'CURRENT' THEN 1 ELSE 0 END) AS paid
			  FROM stage_history s
			  JOIN household h ON h.household_code = s.household_code
			 WHERE s.as_of = ?
			   AND EXISTS (SELECT 1
			                 FROM ledger_entry c
			                WHERE c.household_code = s.household_code
			                  AND c.entry_type = 'CHARGE'
			                  AND c.effective_date >= ?
			                  AND c.effective_date < ?
			                  AND NOT EXISTS (SELECT 1
			                                    FROM ledger_entry r
			                                   WHERE r.entry_type = 'REVERSAL'
			                                     AND r.reverses = c.reference
			                                     AND r.effective_date <= ?))
			 GROUP BY h.estate_code
			""";

	private static final String NOTICES = """
			SELECT h.estate_code, n.kind, COUNT(*) AS issued
			  FROM notice n
			  JOIN household h ON h.household_code = n.household_code
			 WHERE n.issued_on >= ? AND n.issued_on <= ?
			 GROUP BY h.estate_code, n.kind
			""";

	/**
	 * Each lawyer's letter of the window against the household's assessment the day its
	 * time ran out: paid when no charge that was overdue on the letter's date (due before
	 * it) still is.
	 */
	private static final String LAWYER_LETTERS = """
			SELECT h.estate_code, COUNT(*) AS letters,
			       SUM(CASE WHEN s.household_code IS NULL THEN 1 ELSE 0 END) AS unmeasured,
			       SUM(CASE WHEN s.household_code IS NOT NULL
			                 AND (s.oldest_due_date IS NULL OR s.oldest_due_date >= n.issued_on) THEN 1 ELSE 0 END) AS paid
			  FROM notice n
			  JOIN household h ON h.household_code = n.household_code
			  LEFT JOIN stage_history s
			    ON s.household_code = n.household_code
			   AND s.as_of = TIMESTAMPADD(DAY, ?, n.issued_on)
			 WHERE n.kind = 'LAWYER_LETTER'
			   AND n.issued_on >= ? AND n.issued_on <= ?
			 GROUP BY h.estate_code
			""";

	/** {@code %s} is one placeholder per month-end of the chart. */
	private static final String TREND = """
			SELECT h.estate_code, s.as_of, COUNT(*) AS households,
			       SUM(CASE WHEN s.stage <> 'CURRENT' THEN 1 ELSE 0 END) AS in_arrears,
			       SUM(CASE WHEN s.stage <> 'CURRENT' AND s.days_overdue >= ? THEN 1 ELSE 0 END) AS beyond_target
			  FROM stage_history s
			  JOIN household h ON h.household_code = s.household_code
			 WHERE s.as_of IN (%s)
			 GROUP BY h.estate_code, s.as_of
			""";

	/** Months in the chart, the report's own month last. */
	static final int TREND_MONTHS = 12;

	private final JdbcTemplate jdbc;

	private final FinanceProperties properties;

	private final AgingBuckets buckets;

	private final CollectionDays collectionDays;

	MonthEndQueries(JdbcTemplate jdbc, FinanceProperties properties, CollectionDays collectionDays) {
		this.jdbc = jdbc;
		this.collectionDays = collectionDays;
		this.properties = properties;
		this.buckets = properties.buckets();
	}

	/** The pack of every estate as of the date, in estate order. */
	List<MonthEndPack> packs(LocalDate asOf) {
		List<EstateInfo> estates = jdbc.query(ESTATES,
				(rs, n) -> new EstateInfo(rs.getString("estate_code"), rs.getString("name"),
						rs.getString("company_name"), rs.getString("service_phone"), rs.getString("manager_name"),
						rs.getString("address")));
		Aging aging = aging(asOf);
		Map<String, Share> paid = paidThisPeriod(asOf);
		Map<String, Map<String, Integer>> notices = notices(asOf);
		LocalDate windowTo = asOf.minusDays(properties.lawyerLetterDays());
		LocalDate windowFrom = windowTo.minusDays(properties.lawyerLetterDays() - 1L);
		Map<String, LawyerLetters> letters = lawyerLetters(windowFrom, windowTo);
		List<LocalDate> monthEnds = monthEnds(asOf);
		Map<String, Map<LocalDate, TrendPoint>> trend = trend(monthEnds);
		// one pass over the ledger for every estate's collectors and limitation periods
		CollectionDay day = collectionDays.compute(asOf);
		List<ReviewLine> month = DailyReview.month(day);

		List<MonthEndPack> packs = new ArrayList<>(estates.size());
		for (EstateInfo estate : estates) {
			String code = estate.code();
			AgingReport report = aging.report(code, asOf);
			List<TrendPoint> points = new ArrayList<>();
			for (LocalDate monthEnd : monthEnds) {
				points.add(trend.getOrDefault(code, Map.of())
					.getOrDefault(monthEnd,
							new TrendPoint(YearMonth.from(monthEnd), monthEnd, Share.NONE, Share.NONE)));
			}
			TrendPoint now = points.get(points.size() - 1);
			LawyerLetters sent = letters.getOrDefault(code, LawyerLetters.NONE);
			Map<String, Integer> issued = new LinkedHashMap<>();
			for (NoticeKind kind : NoticeKind.values()) {
				issued.put(kind.name(), 0);
			}
			issued.putAll(new TreeMap<>(notices.getOrDefault(code, Map.of())));
			Kpis kpis = new Kpis(paid.getOrDefault(code, Share.NONE), now.inArrears(), now.beyondTarget(),
					new Share(sent.paid(), sent.measured()), sent.unmeasured(), windowFrom, windowTo, issued);
			List<ReviewLine> collectors = month.stream().filter(l -> l.estateCode().equals(code)).toList();
			List<LimitationPeriod> ended = day.endedInMonth()
				.stream()
				.filter(p -> code.equals(day.estateOf().get(p.householdCode())))
				.toList();
			packs.add(new MonthEndPack(estate, asOf, report.byStage(), report.byDays(), report.total(), kpis, points,
					collectors, ended));
		}
		return packs;
	}

	/**
	 * Each estate's aging report as of the date, as the month-end job prints it from the
	 * date's stage history, by estate code.
	 */
	Map<String, AgingReport> agingReports(LocalDate asOf) {
		Aging aging = aging(asOf);
		Map<String, AgingReport> reports = new TreeMap<>();
		for (String code : estateCodes()) {
			reports.put(code, aging.report(code, asOf));
		}
		return reports;
	}

	/**
	 * Each estate's aging report as of the date had the households stood as given: the
	 * same grouping as the job's queries, done here. A household without a standing is
	 * left out, as the job leaves out one the dunning run did not assess.
	 */
	Map<String, AgingReport> agingReports(LocalDate asOf, Map<String, Assessment> standings) {
		Aging aging = new Aging(buckets);
		jdbc.query("SELECT household_code, estate_code FROM household", rs -> {
			Assessment a = standings.get(rs.getString(1));
			if (a != null) {
				aging.add(rs.getString(2), a.stage().name(), a.daysOverdue(), a.principalOverdue(), a.lateFeePosted(),
						a.lateFeeOutstanding(), a.priorYearPrincipal());
			}
		});
		Map<String, AgingReport> reports = new TreeMap<>();
		for (String code : estateCodes()) {
			reports.put(code, aging.report(code, asOf));
		}
		return reports;
	}

	private List<String> estateCodes() {
		return jdbc.queryForList("SELECT estate_code FROM estate ORDER BY estate_code", String.class);
	}

	/**
	 * The chart's dates: the last day of each of the eleven months before the date's,
	 * then the date.
	 */
	static List<LocalDate> monthEnds(LocalDate asOf) {
		List<LocalDate> dates = new ArrayList<>(TREND_MONTHS);
		for (int back = TREND_MONTHS - 1; back > 0; back--) {
			dates.add(YearMonth.from(asOf).minusMonths(back).atEndOfMonth());
		}
		dates.add(asOf);
		return dates;
	}

	/** The date's stage history, grouped as it streams by. */
	private Aging aging(LocalDate asOf) {
		Aging aging = new Aging(buckets);
		jdbc.query(STANDINGS, rs -> {
			aging.add(rs.getString("estate_code"), rs.getString("stage"), rs.getInt("days_overdue"),
					money(rs, "principal_overdue"), money(rs, "late_fee_posted"), money(rs, "late_fee_outstanding"),
					money(rs, "prior_year_principal"));
		}, Date.valueOf(asOf));
		return aging;
	}

	private Map<String, Share> paidThisPeriod(LocalDate asOf) {
		Map<String, Share> shares = new HashMap<>();
		jdbc.query(PAID_THIS_PERIOD, rs -> {
			shares.put(rs.getString("estate_code"), new Share(rs.getInt("paid"), rs.getInt("charged")));
		}, Date.valueOf(asOf), Date.valueOf(asOf.withDayOfMonth(1)), Date.valueOf(asOf), Date.valueOf(asOf));
		return shares;
	}

	private Map<String, Map<String, Integer>> notices(LocalDate asOf) {
		Map<String, Map<String, Integer>> counts = new HashMap<>();
		jdbc.query(NOTICES, rs -> {
			counts.computeIfAbsent(rs.getString("estate_code"), k -> new HashMap<>())
				.put(rs.getString("kind"), rs.getInt("issued"));
		}, Date.valueOf(asOf.withDayOfMonth(1)), Date.valueOf(asOf));
		return counts;
	}

	/**
	 * An estate's lawyer's letters of the window.
	 *
	 * @param letters letters issued
	 * @param unmeasured letters whose household has no assessment on the day the letter's
	 * time ran out, to tell whether it paid
	 * @param paid letters whose household paid
	 */
	private record LawyerLetters(int letters, int unmeasured, int paid) {

		static final LawyerLetters NONE = new LawyerLetters(0, 0, 0);

		int measured() {
			return letters - unmeasured;
		}

	}

	private Map<String, LawyerLetters> lawyerLetters(LocalDate from, LocalDate to) {
		Map<String, LawyerLetters> counts = new HashMap<>();
		jdbc.query(LAWYER_LETTERS, rs -> {
			counts.put(rs.getString("estate_code"),
					new LawyerLetters(rs.getInt("letters"), rs.getInt("unmeasured"), rs.getInt("paid")));
		}, properties.lawyerLetterDays(), Date.valueOf(from), Date.valueOf(to));
		return counts;
	}

	private Map<String, Map<LocalDate, TrendPoint>> trend(List<LocalDate> monthEnds) {
		Map<String, Map<LocalDate, TrendPoint>> points = new HashMap<>();
		List<Object> args = new ArrayList<>();
		args.add(properties.targetAfterDays());
		monthEnds.forEach(d -> args.add(Date.valueOf(d)));
		String placeholders = String.join(", ", Collections.nCopies(monthEnds.size(), "?"));
		jdbc.query(TREND.formatted(placeholders), rs -> {
			LocalDate asOf = rs.getDate("as_of").toLocalDate();
			int households = rs.getInt("households");
			points.computeIfAbsent(rs.getString("estate_code"), k -> new HashMap<>())
				.put(asOf, new TrendPoint(YearMonth.from(asOf), asOf, new Share(rs.getInt("in_arrears"), households),
						new Share(rs.getInt("beyond_target"), households)));
		}, args.toArray());
		return points;
	}

	private static BigDecimal money(ResultSet rs, String column) throws SQLException {
		BigDecimal amount = rs.getBigDecimal(column);
		return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.UNNECESSARY);
	}

}
