package io.arrears.demo;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.arrears.csv.CsvWriter;

/**
 * Generates a demo estate as the CSV files of SPEC §7: a few hundred households with the
 * payers a service centre knows — punctual, late, partial, never, prepaid, and carried
 * over from last year. The same seed always gives the same files, so the demo is
 * reproducible.
 */
public final class DemoEstate {

	/** How a household pays. */
	public enum Payer {

		PUNCTUAL, LATE, PARTIAL, NEVER, PREPAID, PRIOR_YEAR

	}

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "欧阳", "司马" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
			"涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "海燕" };

	private static final BigDecimal RATE_PER_SQM = new BigDecimal("2.50");

	private static final BigDecimal PARKING = new BigDecimal("150.00");

	private final long seed;

	private final YearMonth firstPeriod;

	private final YearMonth lastPeriod;

	private final YearMonth season;

	private final List<Owner> owners = new ArrayList<>();

	/** A generated household as the simulation of the season knows it. */
	public record Owner(String code, String building, Payer payer, boolean dispute, boolean unreachable) {
	}

	/**
	 * Every payment in the files, the season's included: the payers behave the same
	 * whatever the pipeline does.
	 * @param firstPeriod the first month charged; the households that carry arrears over
	 * from the previous year stop paying from its fourth month
	 */
	public DemoEstate(long seed, YearMonth firstPeriod, YearMonth lastPeriod) {
		this(seed, firstPeriod, lastPeriod, null);
	}

	/**
	 * @param season the first month of the season, from which the late, partial and never
	 * payers' payments are left to the simulation ({@link Owners}), which answers what
	 * the pipeline does; the never payers stop paying from it. Null: no simulation, every
	 * payment in the files, never payers stopping in January of the last period's year.
	 */
	public DemoEstate(long seed, YearMonth firstPeriod, YearMonth lastPeriod, YearMonth season) {
		this.seed = seed;
		this.firstPeriod = firstPeriod;
		this.lastPeriod = lastPeriod;
		this.season = season;
	}

	/** The households of the last {@link #write}, in code order. */
	public List<Owner> owners() {
		return List.copyOf(owners);
	}

	/**
	 * Writes {@code estates.csv}, {@code households.csv} and {@code ledger.csv} into a
	 * folder.
	 */
	public List<Path> write(Path folder, int households) throws IOException {
		Files.createDirectories(folder);
		owners.clear();
		Random random = new Random(seed);
		Path estates = folder.resolve("estates.csv");
		Path householdFile = folder.resolve("households.csv");
		Path ledger = folder.resolve("ledger.csv");
		try (Writer e = Files.newBufferedWriter(estates, StandardCharsets.UTF_8);
				Writer householdWriter = Files.newBufferedWriter(householdFile, StandardCharsets.UTF_8);
				Writer ledgerWriter = Files.newBufferedWriter(ledger, StandardCharsets.UTF_8)) {
			CsvWriter.withHeader(e, "estate_code", "name", "company_name", "service_phone", "manager_name", "address")
				.row("DEMO", "锦绣花园", "安居物业服务有限公司", "0571-88880166", "李明", "杭州市西湖区文三路188号锦绣花园");
			CsvWriter h = CsvWriter.withHeader(householdWriter, "household_code", "estate_code", "building", "unit",
					"room", "area_sqm", "owner_name", "owner_phone", "mailing_address", "tags");
			CsvWriter l = CsvWriter.withHeader(ledgerWriter, "reference", "household_code", "entry_type", "fee_item",
					"period", "amount", "effective_date", "recorded_at", "reverses");
			int made = 0;
			for (int building = 1; made < households; building++) {
				for (int unit = 1; unit <= 2 && made < households; unit++) {
					for (int floor = 1; floor <= 12 && made < households; floor++) {
						for (int door = 1; door <= 2 && made < households; door++) {
							String room = String.format("%02d%02d", floor, door);
							String code = String.format("DEMO-%02d-%d-%s", building, unit, room);
							writeHousehold(h, l, random, code, building, unit, room);
							made++;
						}
					}
				}
			}
		}
		return List.of(estates, householdFile, ledger);
	}

	private void writeHousehold(CsvWriter h, CsvWriter l, Random random, String code, int building, int unit,
			String room) {
		BigDecimal area = BigDecimal.valueOf(6000 + random.nextInt(12000), 2);
		String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		String phone = "13" + (100000000 + random.nextInt(900000000));
		Payer payer = payer(random.nextInt(100));
		String tags = payer == Payer.NEVER && random.nextInt(3) == 0 ? "dispute"
				: random.nextInt(25) == 0 ? "unreachable" : "";
		h.row(code, "DEMO", building, unit, room, area, name, phone, "锦绣花园" + building + "幢" + unit + "单元" + room + "室",
				tags);
		owners.add(
				new Owner(code, Integer.toString(building), payer, tags.equals("dispute"), tags.equals("unreachable")));
		YearMonth neverFrom = season != null ? season : YearMonth.of(lastPeriod.getYear(), 1);

		BigDecimal fee = area.multiply(RATE_PER_SQM).setScale(2, RoundingMode.HALF_UP);
		boolean parking = random.nextInt(3) == 0;
		List<String[]> charges = new ArrayList<>();
		for (YearMonth period = firstPeriod; !period.isAfter(lastPeriod); period = period.plusMonths(1)) {
			LocalDate due = period.atDay(15);
			charges.add(new String[] { "C-" + code + "-" + period + "-MF", "物业费", period.toString(),
					fee.toPlainString(), due.toString() });
			if (parking) {
				charges.add(new String[] { "C-" + code + "-" + period + "-PK", "停车费", period.toString(),
						PARKING.toPlainString(), due.toString() });
			}
		}
		for (String[] c : charges) {
			l.row(c[0], code, "CHARGE", c[1], c[2], c[3], c[4], LocalDate.parse(c[4]).minusDays(10) + "T09:00:00", "");
		}
		int paymentNo = 0;
		for (YearMonth period = firstPeriod; !period.isAfter(lastPeriod); period = period.plusMonths(1)) {
			BigDecimal monthly = parking ? fee.add(PARKING) : fee;
			LocalDate due = period.atDay(15);
			LocalDate paid;
			BigDecimal amount = monthly;
			switch (payer) {
				case PUNCTUAL -> paid = due.minusDays(random.nextInt(5));
				case LATE -> {
					// drawn whether or not it is used, so that the history is the same
					paid = due.plusDays(10 + random.nextInt(40));
					if (season != null && !period.isBefore(season)) {
						// in the season the owner pays when the ladder and the collectors
						// move them
						continue;
					}
				}
				case PARTIAL -> {
					paid = due.plusDays(random.nextInt(10));
					amount = monthly.multiply(BigDecimal.valueOf(50 + random.nextInt(40), 2))
						.setScale(2, RoundingMode.HALF_UP);
				}
				case NEVER -> paid = period.isBefore(neverFrom) ? due : null;
				case PREPAID -> {
					if (!period.equals(firstPeriod)) {
						continue;
					}
					paid = due.minusDays(20);
					amount = monthly.multiply(BigDecimal.valueOf(firstPeriod.until(lastPeriod, ChronoUnit.MONTHS) + 1));
				}
				case PRIOR_YEAR ->
					paid = period.getYear() < lastPeriod.getYear() && period.isAfter(firstPeriod.plusMonths(2)) ? null
							: due;
				default -> throw new IllegalStateException(payer.name());
			}
			if (paid == null) {
				continue;
			}
			paymentNo++;
			l.row("P-" + code + "-" + paymentNo, code, "PAYMENT", "", "", amount, paid,
					paid + "T" + String.format("%02d:%02d:00", 9 + random.nextInt(9), random.nextInt(60)), "");
		}
	}

	private static Payer payer(int dice) {
		if (dice < 45) {
			return Payer.PUNCTUAL;
		}
		if (dice < 63) {
			return Payer.LATE;
		}
		if (dice < 73) {
			return Payer.PARTIAL;
		}
		if (dice < 81) {
			return Payer.NEVER;
		}
		if (dice < 91) {
			return Payer.PREPAID;
		}
		return Payer.PRIOR_YEAR;
	}

}
