package io.arrears.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.Stage;
import io.arrears.demo.DemoEstate;
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
				"job for every day of the season and show where the households stand." })
class DemoCommand implements Cli.Action {

	static final String DEMO_DATABASE = "jdbc:h2:file:./data/demo;MODE=MySQL;AUTO_SERVER=TRUE";

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
	public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
		// charges from half a year before the season, so that some households carry last
		// year's arrears
		YearMonth first = YearMonth.from(from).minusMonths(6);
		List<Path> files = new DemoEstate(20260101L, first, YearMonth.from(to)).write(input, households);
		out.println("demo: generated " + households + " households, periods " + first + " … " + YearMonth.from(to)
				+ ", in " + input);

		ImportSummary imported = context.getBean(LedgerImport.class)
			.run(new ImportRequest(files.get(0), files.get(1), files.get(2), null));
		imported.files().forEach(f -> out.println("demo: " + f));

		DunningRuns runs = context.getBean(DunningRuns.class);
		out.println("demo: dunning every day " + from + " … " + to + " (one line per month-end)");
		DunningRuns.RangeSummary range = runs.run(from, to, day -> {
			if (day.asOf().equals(day.asOf().withDayOfMonth(day.asOf().lengthOfMonth())) || day.asOf().equals(to)) {
				out.println("  " + RunCommand.Dunning.describe(day));
			}
		});
		if (range.failed() != null) {
			err.println(
					"error: the dunning run as of " + range.failed().asOf() + " failed: " + range.failed().failure());
			return Cli.FAILED;
		}
		printTable(out, context);

		// the estate's documents of the season: the bulletin and open letter of the last
		// day, and
		// the Spring Festival cards when the season includes their mailing day
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
				+ "/DEMO/<date>/<kind>/ (print-batch-*.pdf per day and kind; one PDF per case file and card)");
		out.println();
		out.println("Next: the arrears of the last day as CSV, and the notices of the season:");
		String db = "--db='" + DEMO_DATABASE + "'";
		out.println("  java -jar target/arrears-pipeline.jar export arrears --as-of " + to + " " + db);
		out.println("  java -jar target/arrears-pipeline.jar export notices --from " + from + " --to " + to + " " + db);
		return Cli.OK;
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
