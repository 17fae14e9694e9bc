package io.arrears.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;

import javax.sql.DataSource;

/**
 * A generated estate of any size: H households with M months of charges and payments up
 * to the as-of date, the same for the same seed. The payers are mostly punctual, some pay
 * late, a few stopped paying, so that a few per cent of households get a notice on the
 * as-of date (a late payer whose last-but-one month is unpaid, a stopped payer at a
 * reminder or the lawyer's letter) and a few are long enough overdue for a case file.
 *
 * <p>
 * The ledger goes in month by month, every household's entries of a month together, as a
 * service centre's imports do: a household's entries are scattered over the table, as
 * they are in production, not stored side by side. Rows go in as multi-row INSERT batches
 * (the connection rewrites a JDBC batch into one statement), never one statement per row.
 */
final class BenchEstate {

	static final String ESTATE_PREFIX = "BENCH";

	private static final int HOUSEHOLDS_PER_ESTATE = 2000;

	private static final int BATCH = 5000;

	private static final BigDecimal RATE_PER_SQM = new BigDecimal("2.50");

	private static final BigDecimal PARKING = new BigDecimal("150.00");

	private static final String INSERT_ESTATE = """
			INSERT INTO estate (estate_code, name, company_name, service_phone, manager_name, address)
			VALUES (?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_HOUSEHOLD = """
			INSERT INTO household (household_code, estate_code, building, unit, room, area_sqm, owner_name,
			    owner_phone, mailing_address, tags)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_ENTRY = """
			INSERT INTO ledger_entry (reference, household_code, entry_type, fee_item, period, amount,
			    effective_date, recorded_at, reverses)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)
			""";

	/** How a household pays. */
	enum Payer {

		/** on or a few days before the due date: 80 % */
		PUNCTUAL,
		/** 0 to 45 days after it: 16 % */
		LATE,
		/** paid until one of the last three months, then nothing: 3.7 % */
		STOPPED,
		/** stopped in any month of the range: 0.3 % */
		STOPPED_LONG

	}

	/** What is fixed about a household: derived from the seed and its number alone. */
	record Profile(BigDecimal monthlyFee, boolean parking, Payer payer, int stopMonth) {
	}

	private final long seed;

	private final int households;

	private final YearMonth firstPeriod;

	private final int months;

	private final LocalDate asOf;

	BenchEstate(long seed, int households, int months, LocalDate asOf) {
		this.seed = seed;
		this.households = households;
		this.months = months;
		this.asOf = asOf;
		this.firstPeriod = YearMonth.from(asOf).minusMonths(months - 1L);
	}

	static String code(int household) {
		return String.format("H%07d", household);
	}

	Profile profile(int household) {
		long r = mix(seed, household, 0);
		int dice = (int) Long.remainderUnsigned(r, 1000);
		Payer payer = dice < 800 ? Payer.PUNCTUAL
				: dice < 960 ? Payer.LATE : dice < 997 ? Payer.STOPPED : Payer.STOPPED_LONG;
		long r2 = mix(seed, household, 1);
		int stopMonth = switch (payer) {
			case STOPPED -> months - 1 - (int) Long.remainderUnsigned(r2, Math.min(3, months));
			case STOPPED_LONG -> (int) Long.remainderUnsigned(r2, months);
			default -> Integer.MAX_VALUE;
		};
		BigDecimal area = BigDecimal.valueOf(6000 + Long.remainderUnsigned(r >>> 20, 12000), 2);
		boolean parking = Long.remainderUnsigned(r >>> 40, 4) == 0;
		return new Profile(area.multiply(RATE_PER_SQM).setScale(2, RoundingMode.HALF_UP), parking, payer, stopMonth);
	}

	/**
	 * Inserts the estates, households and ledger; returns the number of ledger entries.
	 */
	long load(DataSource dataSource, boolean mysql) throws SQLException {
		Profile[] profiles = new Profile[households];
		for (int i = 0; i < households; i++) {
			profiles[i] = profile(i);
		}
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			if (mysql) {
				try (Statement s = c.createStatement()) {
					// the generator's keys are unique and its households exist: let the
					// server skip the checks
					s.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
				}
			}
			try (PreparedStatement estate = c.prepareStatement(INSERT_ESTATE)) {
				for (int e = 0; e * HOUSEHOLDS_PER_ESTATE < households; e++) {
					estate.setString(1, estateCode(e));
					estate.setString(2, "测试花园" + (e + 1) + "期");
					estate.setString(3, "安居物业服务有限公司");
					estate.setString(4, "0571-8888" + String.format("%04d", e % 10000));
					estate.setString(5, "李明");
					estate.setString(6, "杭州市西湖区文三路" + (e + 1) + "号");
					estate.addBatch();
				}
				estate.executeBatch();
			}
			try (PreparedStatement household = c.prepareStatement(INSERT_HOUSEHOLD)) {
				for (int i = 0; i < households; i++) {
					int inEstate = i % HOUSEHOLDS_PER_ESTATE;
					String building = Integer.toString(inEstate / 96 + 1);
					String unit = Integer.toString(inEstate % 96 / 48 + 1);
					String room = String.format("%02d%02d", inEstate % 48 / 4 + 1, inEstate % 4 + 1);
					household.setString(1, code(i));
					household.setString(2, estateCode(i / HOUSEHOLDS_PER_ESTATE));
					household.setString(3, building);
					household.setString(4, unit);
					household.setString(5, room);
					household.setBigDecimal(6, profiles[i].monthlyFee().divide(RATE_PER_SQM, 2, RoundingMode.HALF_UP));
					household.setString(7, "王" + (i % 7 == 0 ? "秀英" : "伟"));
					household.setString(8, "138" + String.format("%08d", i));
					household.setString(9, "测试花园" + building + "幢" + unit + "单元" + room + "室");
					household.setString(10, Long.remainderUnsigned(mix(seed, i, 2), 100) == 0 ? "dispute" : "");
					household.addBatch();
					if ((i + 1) % BATCH == 0) {
						household.executeBatch();
					}
				}
				household.executeBatch();
			}
			c.commit();
			long entries = 0;
			try (PreparedStatement entry = c.prepareStatement(INSERT_ENTRY)) {
				for (int month = 0; month < months; month++) {
					YearMonth period = firstPeriod.plusMonths(month);
					int pending = 0;
					for (int i = 0; i < households; i++) {
						pending += month(entry, i, profiles[i], period, month);
						if (pending >= BATCH) {
							entry.executeBatch();
							entries += pending;
							pending = 0;
						}
					}
					entry.executeBatch();
					entries += pending;
					c.commit();
				}
			}
			return entries;
		}
	}

	/**
	 * One household's entries of one month: its charges and, if it paid by the as-of
	 * date, its payment.
	 */
	private int month(PreparedStatement entry, int household, Profile profile, YearMonth period, int month)
			throws SQLException {
		String code = code(household);
		LocalDate due = period.atDay(15);
		Timestamp billed = Timestamp.valueOf(due.minusDays(10).atTime(9, 0));
		int rows = 0;
		add(entry, "C-" + code + "-" + period + "-MF", code, "CHARGE", "物业费", period.toString(), profile.monthlyFee(),
				due, billed);
		rows++;
		BigDecimal owed = profile.monthlyFee();
		if (profile.parking()) {
			add(entry, "C-" + code + "-" + period + "-PK", code, "CHARGE", "停车费", period.toString(), PARKING, due,
					billed);
			owed = owed.add(PARKING);
			rows++;
		}
		if (month >= profile.stopMonth()) {
			return rows;
		}
		long r = mix(seed, household, 100 + month);
		LocalDate paid = switch (profile.payer()) {
			case LATE -> due.plusDays(Long.remainderUnsigned(r, 46));
			default -> due.minusDays(Long.remainderUnsigned(r, 5));
		};
		if (paid.isAfter(asOf)) {
			return rows;
		}
		add(entry, "P-" + code + "-" + period, code, "PAYMENT", null, null, owed, paid,
				Timestamp.valueOf(paid.atTime(9 + (int) Long.remainderUnsigned(r >>> 8, 9), 30)));
		return rows + 1;
	}

	private static void add(PreparedStatement entry, String reference, String household, String type, String feeItem,
			String period, BigDecimal amount, LocalDate effective, Timestamp recorded) throws SQLException {
		entry.setString(1, reference);
		entry.setString(2, household);
		entry.setString(3, type);
		entry.setString(4, feeItem);
		entry.setString(5, period);
		entry.setBigDecimal(6, amount);
		entry.setDate(7, Date.valueOf(effective));
		entry.setTimestamp(8, recorded);
		entry.addBatch();
	}

	private static String estateCode(int estate) {
		return ESTATE_PREFIX + String.format("%04d", estate + 1);
	}

	/**
	 * SplitMix64 of the seed, the household and a purpose: independent, repeatable draws.
	 */
	static long mix(long seed, long household, long purpose) {
		long z = seed + household * 0x9E3779B97F4A7C15L + purpose * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
