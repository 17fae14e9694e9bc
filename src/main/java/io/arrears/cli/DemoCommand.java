package io.arrears.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.Stage;
import io.arrears.collection.CollectionImport;
import io.arrears.collection.WorkListExport;
import io.arrears.demo.DemoEstate;
import io.arrears.demo.DemoSeason;
import io.arrears.demo.SeasonClock;
import io.arrears.ledger.FileSummary;
import io.arrears.estate.EstateDocumentRuns;
import io.arrears.festival.Festival;
import io.arrears.festival.FestivalCalendar;
import io.arrears.ledger.ImportRequest;
import io.arrears.ledger.ImportSummary;
import io.arrears.ledger.LedgerImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: a generated estate, a simulated season of daily dunning runs, where it
 * ends.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = { "Generate an estate (punctual, late, partial, never, prepaid and prior-year payers),",
				"import it into its own embedded database (./data/demo unless --db is given), run the dunning",
				"job for every day of the season while simulated owners answer its notices and collectors",
				"work their lists (payments, contacts and holds imported week by week), and show where the",
				"households stand. Seeded: the same demo always gives the same figures." })
class DemoCommand implements Cli.Action {

	/** The demo's seed: the same demo always tells the same story. */
	static final long SEED = 20260101L;

	static final String DEMO_DATABASE = "jdbc:h2:file:./data/demo;MODE=MySQL;AUTO_SERVER=TRUE";

	private final SeasonClock clock = new SeasonClock(ZoneId.systemDefault());

	@Option(names = "--households", defaultValue = "300",
			description = "Households to generate (default: ${DEFAULT-VALUE})")
	int households;

	@Option(names = "--from", defaultValue = "2026-01-01", paramLabel = "D1",
			description = "First day of the season (default: ${DEFAULT-VALUE})")
	LocalDate from;

	@Option(names = "--to", defaultValue = "2026-06-30", paramLabel = "D2",
			description = "Last day of the season (default: ${DEFAULT-VALUE})")
	LocalDate to;

	@Option(names = "--input", defaultValue = "out/demo/input", paramLabel = "DIR",
			description = "Where the generated CSV files go (default: ${DEFAULT-VALUE})")
	Path input;

	@Override
	public void validate() {
		DateRange.checkRange(from, to);
		if (households < 1 || households > 100_000) {
			throw new IllegalArgumentException("--households must be between 1 and 100000");
		}
	}

	@Override
	public String defaultDatabase() {
		return DEMO_DATABASE;
	}

	@Override
	public List<String> springArguments() {
		// the command prints each file's summary itself; the log would say it twice. The
		// example payment address puts the QR code to pay by on the demo's documents
		// (SPEC
		// §11).
		return List.of("--logging.level.io.arrears.ledger.LedgerImport=WARN", "--arrears.documents.payment-url="
				+ "https://pay.example.com/{estate}/{household}?notice={notice}&amount={amount}");
	}

	@Override
	public Clock clock() {
		return clock;
	}

	@Override
	public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
		// charges from half a year before the season, so that some households carry last
		// year's arrears
		YearMonth first = YearMonth.from(from).minusMonths(6);
		DemoEstate estate = new DemoEstate(SEED, first, YearMonth.from(to), YearMonth.from(from));
		List<Path> files = estate.write(input, households);
		out.println("demo: generated " + households + " households, periods " + first + " … " + YearMonth.from(to)
				+ ", in " + input);

		ImportSummary imported = context.getBean(LedgerImport.class)
			.run(new ImportRequest(files.get(0), files.get(1), files.get(2), null));
		imported.files().forEach(f -> out.println("demo: " + f));

		DemoSeason season = new DemoSeason(context.getBean(JdbcTemplate.class), context.getBean(DunningRuns.class),
				context.getBean(LedgerImport.class), context.getBean(CollectionImport.class),
				context.getBean(WorkListExport.class), clock, SEED);
		Path seasonFiles = input.resolve("season");
		out.println("demo: dunning every day " + from + " … " + to
				+ " (one line per month-end); every three or four days the"
				+ " owners answer what it issued and the collectors work their lists: their payments, contacts and"
				+ " holds are imported as files, in " + seasonFiles);
		DunningRuns.RunSummary[] failed = new DunningRuns.RunSummary[1];
		DemoSeason.Story story = season.run(estate.owners(), from, to, seasonFiles, day -> {
			if (!day.alreadyDone() && day.status() != BatchStatus.COMPLETED) {
				failed[0] = day;
			}
			if (day.asOf().equals(day.asOf().withDayOfMonth(day.asOf().lengthOfMonth())) || day.asOf().equals(to)) {
				out.println("  " + RunCommand.Dunning.describe(day));
			}
		});
		if (story == null) {
			err.println("error: the dunning run as of " + failed[0].asOf() + " failed: " + failed[0].failure());
			return Cli.FAILED;
		}
		printImports(out, story, seasonFiles);
		printTable(out, context);
		printSeason(out, context, story);

		// the estate's documents of the season: the bulletin and open letter of the last
		// day, and the Spring Festival cards when the season includes their mailing day
		var estateDocuments = context.getBean(EstateDocumentRuns.class);
		var bulletin = estateDocuments.bulletin(to);
		out.println("Bulletin board and open letter as of " + to + ": " + bulletin.listedOnBulletins()
				+ " households listed, " + bulletin.listedOnOpenLetters() + " named in the open letter");
		int year = from.getYear();
		LocalDate mailing = context.getBean(FestivalCalendar.class).mailingDate(Festival.SPRING_FESTIVAL, year);
		if (!mailing.isBefore(from) && !mailing.isAfter(to)) {
			var cards = estateDocuments.festival(Festival.SPRING_FESTIVAL, year);
			out.println("Spring Festival cards mailed " + cards.asOf() + ": " + cards.cards() + " cards, "
					+ cards.inArrears() + " with a warm reminder of arrears");
		}
		Path documents = context.getBean(ArrearsProperties.class).outputDir().toAbsolutePath();
		out.println("Documents: " + documents
				+ "/DEMO/<date>/<kind>/ (print-batch-*.pdf per day and kind, and per festival; one PDF per case file)");
		out.println();
		out.println("Next: the arrears of the last day as CSV, the notices of the season, the collectors' work"
				+ " lists (internal: they name owners and phones) and the limitation watch:");
		String db = "--db='" + DEMO_DATABASE + "'";
		out.println("  java -jar target/arrears-pipeline.jar export arrears --as-of " + to + " " + db);
		out.println("  java -jar target/arrears-pipeline.jar export notices --from " + from + " --to " + to + " " + db);
		out.println(
				"  java -jar target/arrears-pipeline.jar export worklist --as-of " + to + " --out worklist.csv " + db);
		out.println("  java -jar target/arrears-pipeline.jar export limitation --as-of " + to + " " + db);
		return Cli.OK;
	}

	private static void printImports(PrintWriter out, DemoSeason.Story story, Path folder) {
		Map<String, long[]> byKind = new LinkedHashMap<>();
		for (FileSummary f : story.imports()) {
			long[] n = byKind.computeIfAbsent(f.kind(), k -> new long[5]);
			n[0]++;
			n[1] += f.read();
			n[2] += f.imported();
			n[3] += f.unchanged();
			n[4] += f.rejected();
		}
		byKind.forEach((kind, n) -> out.printf(
				"demo: %d %s file%s of the season: %d rows read, %d imported, %d unchanged, %d rejected%n", n[0], kind,
				n[0] == 1 ? "" : "s", n[1], n[2], n[3], n[4]));
	}

	private void printSeason(PrintWriter out, ConfigurableApplicationContext context, DemoSeason.Story story) {
		var jdbc = context.getBean(JdbcTemplate.class);
		out.println();
		out.println("Households in arrears (any stage but CURRENT) at each month-end:");
		out.printf("  %-10s %10s %8s %8s %16s%n", "as of", "in arrears", "share", "LEGAL", "principal owed");
		List<LocalDate> dates = new ArrayList<>();
		dates.add(from);
		for (LocalDate d = from.withDayOfMonth(from.lengthOfMonth()); !d
			.isAfter(to); d = d.plusDays(1).withDayOfMonth(1).plusMonths(1).minusDays(1)) {
			if (!d.equals(from)) {
				dates.add(d);
			}
		}
		if (!dates.contains(to)) {
			dates.add(to);
		}
		for (LocalDate d : dates) {
			Object[] row = jdbc.queryForObject("""
					SELECT COUNT(*), SUM(CASE WHEN stage <> 'CURRENT' THEN 1 ELSE 0 END),
					       SUM(CASE WHEN stage = 'LEGAL' THEN 1 ELSE 0 END), COALESCE(SUM(principal_overdue), 0)
					  FROM stage_history WHERE as_of = ?
					""", (rs, n) -> new Object[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4) },
					Date.valueOf(d));
			int all = (Integer) row[0];
			int owing = (Integer) row[1];
			out.printf(Locale.ROOT, "  %-10s %10s %7.1f%% %8d %16s%n", d, owing + " of " + all,
					all == 0 ? 0 : 100.0 * owing / all, row[2], row[3]);
		}
		out.println();
		out.println("Collectors (SPEC §9) over the season: calls logged, promises made, kept and broken (as the"
				+ " owners answered), and what the households on their lists paid:");
		out.printf("  %-5s %-6s %-10s %-22s %6s %9s %5s %7s %12s%n", "code", "name", "team", "buildings", "calls",
				"promises", "kept", "broken", "recovered");
		for (var m : DemoSeason.COLLECTORS) {
			DemoSeason.Tally t = story.collectors().get(m.code());
			out.printf("  %-5s %-6s %-10s %-22s %6d %9d %5d %7d %12s%n", m.code(), m.name(), m.team(),
					m.buildings().isEmpty() ? "(the estate)" : m.buildings(), t.calls(), t.promises(), t.kept(),
					t.broken(), t.recovered().setScale(2));
		}
		out.printf(Locale.ROOT,
				"Lawyer's letters issued: %d; paid in answer to the letter (in the days after it): %d"
						+ " (%.0f %%).%n",
				story.lawyerLetters(), story.paidAfterLawyerLetter(),
				story.lawyerLetters() == 0 ? 0 : 100.0 * story.paidAfterLawyerLetter() / story.lawyerLetters());
		out.printf("Disputes put on hold (DISPUTE): %d, released when settled: %d.%n", story.disputeHolds(),
				story.released());
		Map<String, Integer> suppressed = new LinkedHashMap<>();
		jdbc.query(
				"SELECT cause, COUNT(*) FROM notice_suppression WHERE as_of BETWEEN ? AND ? GROUP BY cause ORDER BY cause",
				rs -> {
					suppressed.put(rs.getString(1), rs.getInt(2));
				}, Date.valueOf(from), Date.valueOf(to));
		out.println("Notices the ladder kept back (notice_suppression): " + suppressed.getOrDefault("PROMISE", 0)
				+ " for an open promise, " + suppressed.getOrDefault("HOLD", 0) + " for a hold.");
	}

	private void printTable(PrintWriter out, ConfigurableApplicationContext context) {
		var jdbc = context.getBean(JdbcTemplate.class);
		out.println();
		out.printf("Households by stage as of %s%n", to);
		out.printf("  %-14s %10s %16s %14s%n", "stage", "households", "principal owed", "late fees due");
		Map<String, Object[]> rows = new LinkedHashMap<>();
		jdbc.query("""
				SELECT stage, COUNT(*), SUM(principal_overdue), SUM(late_fee_outstanding)
				  FROM stage_history WHERE as_of = ? GROUP BY stage
				""", rs -> {
			rows.put(rs.getString(1), new Object[] { rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4) });
		}, Date.valueOf(to));
		for (Stage stage : Stage.values()) {
			Object[] row = rows.get(stage.name());
			if (row != null) {
				out.printf("  %-14s %10d %16s %14s%n", stage, row[0], row[1], row[2]);
			}
		}
		out.printf("  %-14s %10d%n", "total", rows.values().stream().mapToInt(r -> (Integer) r[0]).sum());
		Object[] fees = jdbc.queryForObject("""
				SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM ledger_entry
				 WHERE entry_type = 'LATE_FEE' AND effective_date BETWEEN ? AND ?
				""", (rs, n) -> new Object[] { rs.getInt(1), rs.getBigDecimal(2) }, Date.valueOf(from),
				Date.valueOf(to));
		Integer notices = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE issued_on BETWEEN ? AND ?",
				Integer.class, Date.valueOf(from), Date.valueOf(to));
		out.printf("Late fees posted in the season: %d entries, %s yuan. Notices issued: %d.%n", fees[0], fees[1],
				notices);
	}

}
