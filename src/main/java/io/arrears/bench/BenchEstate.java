package io.arrears.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.mysql.cj.jdbc.JdbcStatement;

import io.arrears.ledger.LedgerEntries;

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
 * they are in production, not stored side by side. On MySQL each month's entries are
 * streamed to the server as one {@code LOAD DATA LOCAL INFILE} (no file is written), with
 * the ledger's secondary indexes dropped for the load and built again afterwards, sorted;
 * elsewhere (H2) they go in as JDBC batches. Both produce the same rows in the same
 * order.
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

	// the file name is only a label: the driver sends the stream set on the statement.
	// The entry ids are given: the server would leave gaps between the LOAD statements
	// (it reserves auto-increment values in growing blocks for a statement of unknown
	// size)
	private static final String LOAD_ENTRIES = """
			LOAD DATA LOCAL INFILE 'bench-ledger-month.tsv' INTO TABLE ledger_entry CHARACTER SET utf8mb4
			FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'
			(entry_id, reference, household_code, entry_type, fee_item, period, amount, effective_date, recorded_at)
			""";

	// the ledger's secondary indexes as V2 and V3 create them; dropped for the load and
	// built again in one sorted pass, which is many times faster than maintaining them
	// row by row once they outgrow the buffer pool. The table's definition is compared
	// before and after: a migration that changes them fails the load, not the benchmark.
	private static final String DROP_INDEXES = """
			ALTER TABLE ledger_entry DROP INDEX ledger_reference_uk, DROP INDEX ledger_household_idx,
			    DROP INDEX ledger_reverses_idx
			""";

	private static final List<String> ADD_INDEXES = List.of("ADD CONSTRAINT ledger_reference_uk UNIQUE (reference)",
			"ADD INDEX ledger_household_idx (household_code, effective_date)",
			"ADD INDEX ledger_reverses_idx (reverses)");

	private static final List<String> INDEX_NAMES = List.of("ledger_reference_uk", "ledger_household_idx",
			"ledger_reverses_idx");

	private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** How the ledger goes in. */
	enum Loading {

		/** JDBC batches of multi-row INSERTs (rewritten by Connector/J): any database */
		INSERT_BATCHES,
		/**
		 * one streamed {@code LOAD DATA LOCAL INFILE} per month, secondary indexes built
		 * afterwards: MySQL only, on a connection that allows LOCAL INFILE
		 */
		LOAD_DATA

	}

	/** Where a generated ledger entry goes. */
	@FunctionalInterface
	private interface Entries {

		void add(String reference, String household, String type, String feeItem, String period, BigDecimal amount,
				LocalDate effective, LocalDateTime recorded) throws SQLException;

	}

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
	 * Inserts the estates, households and ledger on the given connection, which must
	 * allow {@code LOAD DATA LOCAL INFILE} for {@link Loading#LOAD_DATA}; returns the
	 * number of ledger entries.
	 */
	long load(Connection c, boolean mysql, Loading loading) throws SQLException {
		Profile[] profiles = new Profile[households];
		for (int i = 0; i < households; i++) {
			profiles[i] = profile(i);
		}
		boolean autoCommit = c.getAutoCommit();
		c.setAutoCommit(false);
		try {
			if (mysql) {
				try (Statement s = c.createStatement()) {
					// the generator's keys are unique and its households exist: let the
					// server skip the checks
					s.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
				}
			}
			insertHouseholds(c, profiles);
			c.commit();
			long entries = loading == Loading.LOAD_DATA ? loadData(c, profiles) : insertBatches(c, profiles);
			if (mysql) {
				try (Statement s = c.createStatement()) {
					s.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1");
				}
			}
			return entries;
		}
		finally {
			c.setAutoCommit(autoCommit);
		}
	}

	private static final String INSERT_COLLECTOR = """
			INSERT INTO collector (collector_code, name, phone, team, estate_code, buildings, active, recorded_at)
			VALUES (?, ?, ?, ?, ?, '', TRUE, ?)
			""";

	private static final String INSERT_CONTACT = """
			INSERT INTO contact (reference, household_code, collector_code, contacted_on, channel, outcome,
			    promise_date, promise_amount, note, recorded_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)
			""";

	private static final String INSERT_HOLD = """
			INSERT INTO collection_hold (reference, household_code, reason, from_date, until_date, approved_by, note,
			    recorded_at)
			VALUES (?, ?, ?, ?, ?, '李明', NULL, ?)
			""";

	/**
	 * Whether a household is one of the 10 % the collectors work in the collection
	 * variant ({@code bench --collection}): half of those that do not pay punctually, by
	 * a dice of their own, so that most of them are the ones in arrears.
	 */
	boolean worked(int household, Profile profile) {
		return profile.payer() != Payer.PUNCTUAL && Long.remainderUnsigned(mix(seed, household, 3), 2) == 0;
	}

	/**
	 * The collection work of {@code bench --collection} (SPEC §9): per estate a collector
	 * of each team, recorded a month before the day; for each household {@link #worked}
	 * two contacts (an unanswered call ten days before the day, then three days before it
	 * a promise to pay within a week, a refusal or a dispute, a third each) and a hold (a
	 * {@code DISPUTE}, {@code HARDSHIP} or {@code VACANT} hold from five days before the
	 * day to 25 days after it, every fifth one ended by a {@code RELEASE} two days before
	 * the day). Every household worked has rows in all three of the dunning run's reads;
	 * about a third of them have a promise or a hold that suppresses their notice on the
	 * day. Returns the number of households worked. With {@code contactsAndHolds} false
	 * only the collectors are loaded ({@code --collectors}): the work lists and the
	 * review without anything heard from the owners.
	 */
	long loadCollection(Connection c, boolean contactsAndHolds) throws SQLException {
		boolean autoCommit = c.getAutoCommit();
		c.setAutoCommit(false);
		LocalDateTime collectorsRecorded = asOf.minusDays(30).atTime(8, 0);
		String[] teams = { "SUPERVISOR", "MANAGER", "PRIOR_YEAR" };
		long worked = 0;
		try (PreparedStatement collector = c.prepareStatement(INSERT_COLLECTOR);
				PreparedStatement contact = c.prepareStatement(INSERT_CONTACT);
				PreparedStatement hold = c.prepareStatement(INSERT_HOLD)) {
			for (int e = 0; e * HOUSEHOLDS_PER_ESTATE < households; e++) {
				for (int t = 0; t < teams.length; t++) {
					collector.setString(1, collectorCode(e, t));
					collector.setString(2, "收费员" + (e * teams.length + t + 1));
					collector.setString(3, "139" + String.format("%08d", e * teams.length + t));
					collector.setString(4, teams[t]);
					collector.setString(5, estateCode(e));
					collector.setTimestamp(6, Timestamp.valueOf(collectorsRecorded));
					collector.addBatch();
				}
			}
			collector.executeBatch();
			for (int i = 0; contactsAndHolds && i < households; i++) {
				Profile profile = profile(i);
				if (!worked(i, profile)) {
					continue;
				}
				worked++;
				String code = code(i);
				String by = collectorCode(i / HOUSEHOLDS_PER_ESTATE, 0);
				int dice = (int) Long.remainderUnsigned(mix(seed, i, 4), 3);
				contact(contact, "BC-" + code + "-1", code, by, asOf.minusDays(10), "NO_ANSWER", null);
				contact(contact, "BC-" + code + "-2", code, by, asOf.minusDays(3),
						dice == 0 ? "PROMISED" : dice == 1 ? "REFUSED" : "DISPUTED",
						dice == 0 ? asOf.plusDays(4) : null);
				LocalDate from = asOf.minusDays(5);
				hold.setString(1, "BH-" + code + "-1");
				hold.setString(2, code);
				hold.setString(3, dice == 2 ? "DISPUTE" : dice == 1 ? "HARDSHIP" : "VACANT");
				hold.setDate(4, Date.valueOf(from));
				hold.setDate(5, Date.valueOf(asOf.plusDays(25)));
				hold.setTimestamp(6, Timestamp.valueOf(from.atTime(10, 0)));
				hold.addBatch();
				if (Long.remainderUnsigned(mix(seed, i, 5), 5) == 0) {
					hold.setString(1, "BH-" + code + "-2");
					hold.setString(2, code);
					hold.setString(3, "RELEASE");
					hold.setDate(4, Date.valueOf(asOf.minusDays(2)));
					hold.setDate(5, null);
					hold.setTimestamp(6, Timestamp.valueOf(asOf.minusDays(2).atTime(10, 0)));
					hold.addBatch();
				}
				if (worked % BATCH == 0) {
					contact.executeBatch();
					hold.executeBatch();
				}
			}
			contact.executeBatch();
			hold.executeBatch();
			c.commit();
		}
		finally {
			c.setAutoCommit(autoCommit);
		}
		return worked;
	}

	private static void contact(PreparedStatement contact, String reference, String household, String collector,
			LocalDate on, String outcome, LocalDate promiseDate) throws SQLException {
		contact.setString(1, reference);
		contact.setString(2, household);
		contact.setString(3, collector);
		contact.setDate(4, Date.valueOf(on));
		contact.setString(5, "PHONE");
		contact.setString(6, outcome);
		contact.setDate(7, promiseDate == null ? null : Date.valueOf(promiseDate));
		contact.setTimestamp(8, Timestamp.valueOf(on.atTime(16, 0)));
		contact.addBatch();
	}

	private static String collectorCode(int estate, int team) {
		return String.format("BC%04d-%d", estate, team);
	}

	private void insertHouseholds(Connection c, Profile[] profiles) throws SQLException {
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
	}

	private long insertBatches(Connection c, Profile[] profiles) throws SQLException {
		long entries = 0;
		try (PreparedStatement entry = c.prepareStatement(LedgerEntries.INSERT)) {
			Entries batch = (reference, household, type, feeItem, period, amount, effective, recorded) -> {
				entry.setString(1, reference);
				entry.setString(2, household);
				entry.setString(3, type);
				entry.setString(4, feeItem);
				entry.setString(5, period);
				entry.setBigDecimal(6, amount);
				entry.setDate(7, Date.valueOf(effective));
				entry.setTimestamp(8, Timestamp.valueOf(recorded));
				entry.setString(9, null);
				entry.addBatch();
			};
			for (int month = 0; month < months; month++) {
				YearMonth period = firstPeriod.plusMonths(month);
				int pending = 0;
				for (int i = 0; i < households; i++) {
					pending += month(batch, i, profiles[i], period, month);
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

	private long loadData(Connection c, Profile[] profiles) throws SQLException {
		restoreIndexes(c);
		String definition = definition(c);
		try (Statement s = c.createStatement()) {
			s.execute(DROP_INDEXES);
		}
		long entries = 0;
		long lastId = lastEntryId(c);
		for (int month = 0; month < months; month++) {
			MonthStream rows = new MonthStream(profiles, month, lastId + entries);
			try (Statement s = c.createStatement()) {
				s.unwrap(JdbcStatement.class).setLocalInfileInputStream(rows);
				long loaded = s.executeLargeUpdate(LOAD_ENTRIES);
				SQLWarning warning = s.getWarnings();
				if (warning != null || loaded != rows.rows()) {
					throw new SQLException("LOAD DATA of month " + firstPeriod.plusMonths(month) + " took " + loaded
							+ " of " + rows.rows() + " rows" + (warning == null ? "" : ": " + warning.getMessage()));
				}
				entries += loaded;
			}
			c.commit();
		}
		try (Statement s = c.createStatement()) {
			s.execute("ALTER TABLE ledger_entry " + String.join(", ", ADD_INDEXES));
		}
		String rebuilt = definition(c);
		if (!rebuilt.equals(definition)) {
			throw new IllegalStateException("ledger_entry after the load differs from the schema Flyway created:\n"
					+ definition + "\nafter:\n" + rebuilt);
		}
		return entries;
	}

	/**
	 * The last entry id in use (0 in the emptied ledger), after which the INSERTs would
	 * have numbered the entries.
	 */
	private static long lastEntryId(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(entry_id), 0) FROM ledger_entry")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Builds the indexes a load that stopped half-way left dropped. */
	private static void restoreIndexes(Connection c) throws SQLException {
		List<String> present = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT DISTINCT index_name FROM information_schema.statistics"
						+ " WHERE table_schema = DATABASE() AND table_name = 'ledger_entry'")) {
			while (rs.next()) {
				present.add(rs.getString(1));
			}
		}
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < INDEX_NAMES.size(); i++) {
			if (!present.contains(INDEX_NAMES.get(i))) {
				missing.add(ADD_INDEXES.get(i));
			}
		}
		if (!missing.isEmpty()) {
			try (Statement s = c.createStatement()) {
				s.execute("ALTER TABLE ledger_entry " + String.join(", ", missing));
			}
		}
	}

	/**
	 * The ledger's definition as the server prints it, without its AUTO_INCREMENT
	 * counter.
	 */
	static String definition(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW CREATE TABLE ledger_entry")) {
			rs.next();
			return rs.getString(2).replaceAll(" AUTO_INCREMENT=\\d+", "");
		}
	}

	/**
	 * One month of the ledger as tab-separated lines, generated household by household as
	 * the server reads it: nothing of the month is held in memory.
	 */
	private final class MonthStream extends InputStream {

		private final Profile[] profiles;

		private final int month;

		private final YearMonth period;

		private final StringBuilder text = new StringBuilder(1 << 16);

		private final Entries entries = (reference, household, type, feeItem, period, amount, effective, recorded) -> {
			text.append(++this.id)
				.append('\t')
				.append(reference)
				.append('\t')
				.append(household)
				.append('\t')
				.append(type)
				.append('\t')
				.append(feeItem == null ? "\\N" : feeItem)
				.append('\t')
				.append(period == null ? "\\N" : period)
				.append('\t')
				.append(amount.toPlainString())
				.append('\t')
				.append(effective)
				.append('\t')
				.append(RECORDED.format(recorded))
				.append('\n');
		};

		private byte[] buffer = new byte[0];

		private int position;

		private int next;

		private long rows;

		private long id;

		MonthStream(Profile[] profiles, int month, long lastId) {
			this.profiles = profiles;
			this.month = month;
			this.id = lastId;
			this.period = firstPeriod.plusMonths(month);
		}

		long rows() {
			return rows;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] into, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			while (position == buffer.length) {
				if (next == households) {
					return -1;
				}
				fill();
			}
			int n = Math.min(length, buffer.length - position);
			System.arraycopy(buffer, position, into, offset, n);
			position += n;
			return n;
		}

		private void fill() throws IOException {
			text.setLength(0);
			int until = Math.min(households, next + 500);
			try {
				for (; next < until; next++) {
					rows += month(entries, next, profiles[next], period, month);
				}
			}
			catch (SQLException e) {
				throw new IOException(e);
			}
			buffer = text.toString().getBytes(StandardCharsets.UTF_8);
			position = 0;
		}

	}

	/**
	 * One household's entries of one month: its charges and, if it paid by the as-of
	 * date, its payment.
	 */
	private int month(Entries entry, int household, Profile profile, YearMonth period, int month) throws SQLException {
		String code = code(household);
		LocalDate due = period.atDay(15);
		LocalDateTime billed = due.minusDays(10).atTime(9, 0);
		int rows = 0;
		entry.add("C-" + code + "-" + period + "-MF", code, "CHARGE", "物业费", period.toString(), profile.monthlyFee(),
				due, billed);
		rows++;
		BigDecimal owed = profile.monthlyFee();
		if (profile.parking()) {
			entry.add("C-" + code + "-" + period + "-PK", code, "CHARGE", "停车费", period.toString(), PARKING, due,
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
		entry.add("P-" + code + "-" + period, code, "PAYMENT", null, null, owed, paid,
				paid.atTime(9 + (int) Long.remainderUnsigned(r >>> 8, 9), 30));
		return rows + 1;
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
