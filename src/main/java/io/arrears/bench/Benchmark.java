package io.arrears.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.batch.Databases;
import io.arrears.dunning.ArrearsProperties;
import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.DunningRuns.RunSummary;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.notice.IssuedDocuments;
import io.arrears.document.DocumentRenderer;
import io.arrears.document.FestivalCard;
import io.arrears.document.HouseholdNotice;
import io.arrears.estate.EstateDocumentRuns;
import io.arrears.estate.EstateDocumentRuns.FestivalSummary;
import io.arrears.festival.Festival;

/**
 * {@code bench}: generates an estate of H households with M months of ledger, then
 * measures one dunning day through the pipeline against what the database needs just to
 * read the same ledger, and the pipeline's rendering against rendering the same notices
 * in a plain loop. It empties the database it is given: it refuses one that holds estates
 * it did not generate.
 */
@Component
public class Benchmark {

	/** What to generate and how to run. */
	public record Settings(int households, int months, LocalDate asOf, long seed, boolean reuse, int renderSample,
			Floors floors, Collection collection, boolean daily, Festival festival, boolean warm) {

		/** Without the collection work of {@code --collection}, the day alone. */
		public Settings(int households, int months, LocalDate asOf, long seed, boolean reuse, int renderSample,
				Floors floors) {
			this(households, months, asOf, seed, reuse, renderSample, floors, Collection.NONE, false, null, false);
		}
	}

	/** The collection work (SPEC §9) loaded before the day. */
	public enum Collection {

		/** none: the collection tables emptied, no work lists */
		NONE,
		/**
		 * {@code --collectors}: collectors per estate and team, so the day writes work
		 * lists
		 */
		COLLECTORS,
		/**
		 * {@code --collection}: the collectors, and contacts and holds for 10 % of the
		 * households
		 */
		CONTACTS_AND_HOLDS

	}

	/** Which floors to measure. */
	public enum Floors {

		/** the allocated (window-function) floor and the grouped one */
		ALL,
		/**
		 * the grouped floor only: the allocated one sorts the whole ledger, minutes at a
		 * million households, and is never the lowest
		 */
		GROUPED

	}

	/**
	 * The figures the issue "Speed and scale" asks for, in the order of the last output
	 * line.
	 */
	public record Result(int households, double seconds, double floorSeconds, double notices, double renderSeconds,
			double renderFloorPerNotice, long peakHeapMb, Documents documents, Cards cards) {

		public double ratio() {
			return seconds / floorSeconds;
		}

		public double noticesPerSecond() {
			return notices == 0 ? 0 : notices / renderSeconds;
		}

		public double renderRatio() {
			return notices == 0 || renderFloorPerNotice == 0 ? 0 : (renderSeconds / notices) / renderFloorPerNotice;
		}

		/** The one line a script reads: always the last line of the command's output. */
		public String line() {
			return String.format(Locale.ROOT,
					"households=%d seconds=%.2f floor_seconds=%.2f ratio=%.2f notices_per_s=%.1f render_ratio=%.2f"
							+ " peak_heap_mb=%d",
					households, seconds, floorSeconds, ratio(), noticesPerSecond(), renderRatio(), peakHeapMb)
					+ documents.fields() + (cards == null ? "" : cards.fields());
		}
	}

	/**
	 * The documents of the day against JasperReports' floor (issue #13).
	 *
	 * @param seconds the day's document steps: render-notices (the print batches) and
	 * render-case-files
	 * @param renderSeconds render-notices alone
	 * @param batchPages the pages of the day's print batches, cover sheets included
	 * @param noticePages the pages of the notices in them
	 * @param floorPages pages of the floor: the same notices (at most --render-sample)
	 * filled and exported into one multi-page PDF per kind, one thread, templates
	 * compiled
	 * @param floorSeconds the floor's time
	 */
	public record Documents(double seconds, double renderSeconds, long batchPages, long noticePages, long floorPages,
			double floorSeconds) {

		public double pagesPerSecond() {
			return renderSeconds == 0 ? 0 : batchPages / renderSeconds;
		}

		public double floorPagesPerSecond() {
			return floorSeconds == 0 ? 0 : floorPages / floorSeconds;
		}

		/** render-notices' time per notice page over the floor's time per page. */
		public double ratio() {
			return noticePages == 0 || floorPages == 0 ? 0
					: (renderSeconds / noticePages) / (floorSeconds / floorPages);
		}

		String fields() {
			return String.format(Locale.ROOT,
					" documents_seconds=%.2f pages_per_s=%.1f doc_floor_pages_per_s=%.1f" + " doc_ratio=%.2f", seconds,
					pagesPerSecond(), floorPagesPerSecond(), ratio());
		}

	}

	/**
	 * A whole festival card mailing against JasperReports' floor (issue #13,
	 * {@code --festival}).
	 *
	 * @param cards the cards mailed, one per household
	 * @param seconds the festival job, both steps: the cards assessed and recorded, then
	 * rendered into their print batches
	 * @param cardPages the pages of the cards in the print batches (cover sheets not
	 * counted)
	 * @param floorPages pages of the floor: the first --render-sample cards filled and
	 * exported into one multi-page PDF, one thread, template compiled
	 * @param floorSeconds the floor's time
	 */
	public record Cards(long cards, double seconds, long cardPages, long floorPages, double floorSeconds) {

		public double cardsPerSecond() {
			return seconds == 0 ? 0 : cards / seconds;
		}

		/** The mailing's time per card page over the floor's time per page. */
		public double ratio() {
			return cardPages == 0 || floorPages == 0 ? 0 : (seconds / cardPages) / (floorSeconds / floorPages);
		}

		String fields() {
			return String.format(Locale.ROOT, " cards=%d cards_per_s=%.1f card_ratio=%.2f", cards, cardsPerSecond(),
					ratio());
		}

	}

	// the tables a run writes or the generator fills, children first; TRUNCATE, as the
	// ledger refuses DELETE
	private static final List<String> TABLES = List.of("collection_staged", "collection_staging", "review_rank",
			"import_reject", "estate_document", "festival_card", "notice_suppression", "receipt", "collection_hold",
			"contact", "collector", "notice_line", "notice", "stage_history", "ledger_entry", "household", "estate",
			"BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
			"BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE");

	private static final List<String> RUN_TABLES = List.of("collection_staged", "collection_staging", "review_rank",
			"festival_card", "notice_suppression", "notice_line", "notice", "stage_history",
			"BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
			"BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE");

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final DunningRuns runs;

	private final IssuedDocuments issuedDocuments;

	private final DocumentRenderer renderer;

	private final ArrearsProperties properties;

	private final DataSourceProperties connection;

	private final EstateDocumentRuns estateDocuments;

	Benchmark(DataSource dataSource, JdbcTemplate jdbc, DunningRuns runs, IssuedDocuments issuedDocuments,
			DocumentRenderer renderer, ArrearsProperties properties, DataSourceProperties connection,
			EstateDocumentRuns estateDocuments) {
		this.estateDocuments = estateDocuments;
		this.dataSource = dataSource;
		this.connection = connection;
		this.jdbc = jdbc;
		this.runs = runs;
		this.issuedDocuments = issuedDocuments;
		this.renderer = renderer;
		this.properties = properties;
	}

	public Result run(Settings settings, PrintWriter out) throws Exception {
		boolean mysql = isMySql();
		out.printf(
				"bench: %d households x %d months as of %s, seed %d, grid-size %d, chunk-size %d, %s, %d cpus,"
						+ " max heap %d MB, load average %s%n",
				settings.households(), settings.months(), settings.asOf(), settings.seed(),
				properties.dunning().gridSize(), properties.dunning().chunkSize(), mysql ? "MySQL" : "H2",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
				loadAverage());
		prepare(settings, mysql, out);
		collection(settings, mysql, out);
		if (settings.warm()) {
			warmUp(settings.asOf(), mysql, out);
		}
		if (settings.daily()) {
			daysBefore(settings.asOf(), out);
		}
		int fetchSize = Databases.streamingFetchSize(dataSource);
		if (mysql) {
			out.print("bench: EXPLAIN of the dunning read:\n"
					+ Floor.explain(dataSource, HouseholdLedgerReader.SQL, Date.valueOf(settings.asOf()), ""));
			out.print("bench: EXPLAIN of the grouped floor:\n" + Floor.explain(dataSource, Floor.GROUPED,
					Date.valueOf(settings.asOf()), Date.valueOf(settings.asOf()), Date.valueOf(settings.asOf())));
		}

		double lowest = Double.MAX_VALUE;
		if (settings.floors() == Floors.ALL) {
			Floor.Result allocated = Floor.overdue(dataSource, settings.asOf(), fetchSize);
			out.printf(Locale.ROOT,
					"bench: floor, allocated (window functions: overdue principal and oldest overdue due"
							+ " date): %.2f s, %d households, %d overdue%n",
					allocated.seconds(), allocated.households(), allocated.overdue());
			lowest = allocated.seconds();
		}
		else {
			out.println("bench: floor, allocated (window functions): not measured (--floors grouped)");
		}
		Floor.Result before = Floor.grouped(dataSource, settings.asOf(), fetchSize);
		out.printf(Locale.ROOT,
				"bench: floor, grouped (one pass in key order, no sort): %.2f s, %d households," + " %d overdue%n",
				before.seconds(), before.households(), before.overdue());
		double readOnly = readerOnly(settings.asOf(), fetchSize);
		out.printf(Locale.ROOT,
				"bench: the dunning reader alone (every household with its ledger, nothing done): %.2f s%n", readOnly);

		RunSummary day;
		long peakAfterGc;
		long peakUsed;
		try (HeapWatch heap = new HeapWatch()) {
			day = runs.run(settings.asOf());
			peakAfterGc = heap.peakAfterGcMb();
			peakUsed = heap.peakUsedMb();
		}
		if (day.status() != BatchStatus.COMPLETED || day.alreadyDone()) {
			throw new IllegalStateException("the dunning run as of " + settings.asOf() + " did not run to completion: "
					+ day.status() + (day.failure() == null ? "" : ": " + day.failure()));
		}
		double assess = seconds(day.stepTimes().get("assess"));
		double render = seconds(day.stepTimes().get("render-notices"));
		out.printf(Locale.ROOT,
				"bench: dunning day %.2f s in all (%s); %d households, %d in arrears, %d notices,"
						+ " load average %s%n",
				day.took().toMillis() / 1000.0, describe(day), day.totals().households(), day.totals().inArrears(),
				day.totals().notices(), loadAverage());
		out.printf(Locale.ROOT,
				"bench: assess %.2f s = %.0f households/s; heap after GC at most %d MB, in use at most" + " %d MB%n",
				assess, settings.households() / assess, peakAfterGc, peakUsed);

		Floor.Result after = Floor.grouped(dataSource, settings.asOf(), fetchSize);
		// the lowest of the floors measured: the strictest comparison
		double floor = Math.min(Math.min(before.seconds(), after.seconds()), lowest);
		out.printf(Locale.ROOT,
				"bench: floor, grouped, again after the run: %.2f s; the lowest floor, %.2f s, is the" + " floor%n",
				after.seconds(), floor);

		double caseFiles = seconds(day.stepTimes().get("render-case-files"));
		Map<String, Object> pages = jdbc.queryForMap("""
				SELECT COALESCE(SUM(last_page - first_page + 1), 0) AS notice_pages,
				       COUNT(DISTINCT print_batch) AS batches
				  FROM notice WHERE issued_on = ? AND kind IN ('REMINDER', 'LAWYER_LETTER') AND print_batch IS NOT NULL
				""", Date.valueOf(settings.asOf()));
		Long batchPages = jdbc.queryForObject("""
				SELECT COALESCE(SUM(pages), 0) FROM (
				  SELECT MAX(last_page) AS pages FROM notice
				   WHERE issued_on = ? AND kind IN ('REMINDER', 'LAWYER_LETTER') AND print_batch IS NOT NULL
				   GROUP BY print_batch) b
				""", Long.class, Date.valueOf(settings.asOf()));
		long noticePages = ((Number) pages.get("notice_pages")).longValue();
		long[] floorPages = { 0 };
		double floorSeconds = documentFloor(settings, floorPages, out);
		Documents documents = new Documents(render + caseFiles, render, batchPages == null ? 0 : batchPages,
				noticePages, floorPages[0], floorSeconds);
		out.printf(Locale.ROOT,
				"bench: documents %.2f s: render-notices %.2f s, %d print batches, %d pages (%d of notices),"
						+ " %.1f pages/s; render-case-files %.2f s%n",
				documents.seconds(), render, ((Number) pages.get("batches")).longValue(), documents.batchPages(),
				noticePages, documents.pagesPerSecond(), caseFiles);
		out.printf(Locale.ROOT, "bench: documents floor %.1f pages/s; doc_ratio %.2f; documents / assess %.2f%n",
				documents.floorPagesPerSecond(), documents.ratio(), assess == 0 ? 0 : documents.seconds() / assess);
		double perNotice = floorPages[0] == 0 ? 0 : floorSeconds / floorPages[0];
		out.printf(Locale.ROOT, "bench: load average at the end %s%n", loadAverage());
		// the render step renders the reminders and lawyer's letters (case files have a
		// step of their own): all of them, or the first --render-limit
		Long rendered = jdbc.queryForObject(
				"SELECT COUNT(*) FROM notice WHERE issued_on = ?"
						+ " AND kind IN ('REMINDER', 'LAWYER_LETTER') AND print_batch IS NOT NULL",
				Long.class, Date.valueOf(settings.asOf()));
		Long issued = jdbc.queryForObject(
				"SELECT COUNT(*) FROM notice WHERE issued_on = ?" + " AND kind IN ('REMINDER', 'LAWYER_LETTER')",
				Long.class, Date.valueOf(settings.asOf()));
		out.printf(Locale.ROOT, "bench: render-notices rendered %d of the %d reminders and lawyer's letters issued%n",
				rendered, issued);
		Cards cards = settings.festival() == null ? null : festival(settings, out);
		return new Result(settings.households(), assess, floor, rendered == null ? 0 : rendered, render, perNotice,
				peakAfterGc, documents, cards);
	}

	/**
	 * {@code --festival}: the festival's mailing of the as-of date's year to every
	 * household, the whole job timed, then JasperReports' floor for its cards: the first
	 * {@code --render-sample} of them, in delivery order, filled and exported into one
	 * multi-page PDF on one thread with the renderer the job used (template compiled).
	 */
	private Cards festival(Settings settings, PrintWriter out) throws Exception {
		Festival festival = settings.festival();
		int year = settings.asOf().getYear();
		FestivalSummary mailing;
		long peakAfterGc;
		long started = System.nanoTime();
		try (HeapWatch heap = new HeapWatch()) {
			mailing = estateDocuments.festival(festival, year);
			peakAfterGc = heap.peakAfterGcMb();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		if (mailing.status() != BatchStatus.COMPLETED || mailing.alreadyDone()) {
			throw new IllegalStateException("the " + festival + " " + year + " mailing did not run to completion: "
					+ mailing.status() + (mailing.failure() == null ? "" : ": " + mailing.failure()));
		}
		Map<String, Object> pages = jdbc.queryForMap("""
				SELECT COALESCE(SUM(last_page - first_page + 1), 0) AS card_pages, COUNT(*) AS cards
				  FROM festival_card WHERE festival = ? AND festival_year = ? AND print_batch IS NOT NULL
				""", festival.name(), year);
		long cardPages = ((Number) pages.get("card_pages")).longValue();
		long printed = ((Number) pages.get("cards")).longValue();
		StringBuilder steps = new StringBuilder();
		mailing.stepTimes()
			.forEach((step, took) -> steps.append(steps.isEmpty() ? "" : ", ")
				.append(step)
				.append(String.format(Locale.ROOT, " %.2f s", seconds(took))));
		out.printf(Locale.ROOT,
				"bench: festival %s %d mailed %s: %.2f s in all (%s); %d cards (%d with arrears) printed in %d print"
						+ " batches, %d pages of cards; heap after GC at most %d MB; load average %s%n",
				festival, year, mailing.asOf(), seconds, steps, printed, mailing.inArrears(), mailing.printBatches(),
				cardPages, peakAfterGc, loadAverage());

		List<FestivalCard> sample = estateDocuments.recordedCards(festival, year, settings.renderSample());
		long floorPages = 0;
		double floorSeconds = 0;
		if (!sample.isEmpty()) {
			Path folder = Files.createTempDirectory("arrears-bench-cards");
			try {
				long floorStarted = System.nanoTime();
				floorPages = renderer.renderBatch(sample, folder, "floor-festival").pages();
				floorSeconds = (System.nanoTime() - floorStarted) / 1e9;
			}
			finally {
				delete(folder);
			}
		}
		Cards cards = new Cards(printed, seconds, cardPages, floorPages, floorSeconds);
		out.printf(Locale.ROOT,
				"bench: festival floor: %d of the cards, %d pages, in one PDF on one thread: %.2f s, %.1f pages/s;"
						+ " the mailing %.1f cards/s; card_ratio %.2f%n",
				sample.size(), floorPages, floorSeconds, floorSeconds == 0 ? 0 : floorPages / floorSeconds,
				cards.cardsPerSecond(), cards.ratio());
		return cards;
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			// a temporary folder left behind is harmless
		}
	}

	/**
	 * {@code --warm}: the day run once, untimed, and its results emptied, so that the day
	 * measured runs in a process that has rendered before, as a service's does
	 * ({@code serve} runs every day in one process): the JIT has compiled the rendering
	 * code and the templates are compiled. Without it the day includes the JVM's warm-up,
	 * which on this machine is most of a fresh process's documents time.
	 */
	private void warmUp(LocalDate asOf, boolean mysql, PrintWriter out) throws Exception {
		long started = System.nanoTime();
		RunSummary run = runs.run(asOf);
		if (run.status() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("the warm-up run as of " + asOf + " did not run to completion: "
					+ run.status() + (run.failure() == null ? "" : ": " + run.failure()));
		}
		truncate(RUN_TABLES, mysql);
		out.printf(Locale.ROOT, "bench: --warm: ran %s once, untimed, in %.1f s (%s), and emptied its results%n", asOf,
				(System.nanoTime() - started) / 1e9, describe(run));
	}

	/**
	 * {@code --daily}: the runs of the month's first day and of the day before, untimed,
	 * so that the day measured is one of a daily schedule (SPEC §9: the review compares
	 * the day with them).
	 */
	private void daysBefore(LocalDate asOf, PrintWriter out) throws Exception {
		List<LocalDate> dates = new ArrayList<>();
		if (!asOf.withDayOfMonth(1).isAfter(asOf.minusDays(2))) {
			dates.add(asOf.withDayOfMonth(1));
		}
		dates.add(asOf.minusDays(1));
		long started = System.nanoTime();
		for (LocalDate d : dates) {
			RunSummary run = runs.run(d);
			if (run.status() != BatchStatus.COMPLETED) {
				throw new IllegalStateException("the dunning run as of " + d + " did not run to completion: "
						+ run.status() + (run.failure() == null ? "" : ": " + run.failure()));
			}
		}
		out.printf(Locale.ROOT, "bench: --daily: ran %s first, untimed, in %.1f s%n", dates,
				(System.nanoTime() - started) / 1e9);
	}

	private void prepare(Settings settings, boolean mysql, PrintWriter out) throws SQLException {
		Integer foreign = jdbc.queryForObject("SELECT COUNT(*) FROM estate WHERE estate_code NOT LIKE ?", Integer.class,
				BenchEstate.ESTATE_PREFIX + "%");
		if (foreign != null && foreign > 0) {
			throw new IllegalStateException("this database holds estates the benchmark did not generate; bench empties"
					+ " the database it runs on: give it one of its own, e.g. --db=jdbc:mysql://127.0.0.1:3306/arrears_bench");
		}
		if (settings.reuse() && reusable(settings)) {
			truncate(RUN_TABLES, mysql);
			out.printf("bench: reusing the %d households already loaded; emptied the previous run's results%n",
					settings.households());
			return;
		}
		truncate(TABLES, mysql);
		long started = System.nanoTime();
		BenchEstate estate = new BenchEstate(settings.seed(), settings.households(), settings.months(),
				settings.asOf());
		long entries;
		try (Connection c = loadingConnection(mysql)) {
			entries = estate.load(c, mysql, mysql ? BenchEstate.Loading.LOAD_DATA : BenchEstate.Loading.INSERT_BATCHES);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		out.printf(Locale.ROOT, "bench: loaded %d households and %d ledger entries in %.1f s (%.0f rows/s)%n",
				settings.households(), entries, seconds, entries / seconds);
		if (mysql) {
			// fresh statistics after a bulk load, so the optimizer plans the join as it
			// would in production
			jdbc.execute("ANALYZE TABLE household, ledger_entry");
		}
	}

	/**
	 * The collection work of {@code --collection} (SPEC §9): collectors, contacts and
	 * holds for 10 % of the households, or none, whatever the previous run left.
	 */
	private void collection(Settings settings, boolean mysql, PrintWriter out) throws SQLException {
		truncate(List.of("collection_hold", "contact", "collector"), mysql);
		if (settings.collection() == Collection.NONE) {
			return;
		}
		BenchEstate estate = new BenchEstate(settings.seed(), settings.households(), settings.months(),
				settings.asOf());
		long started = System.nanoTime();
		long worked;
		try (Connection c = dataSource.getConnection()) {
			worked = estate.loadCollection(c, settings.collection() == Collection.CONTACTS_AND_HOLDS);
		}
		if (settings.collection() == Collection.COLLECTORS) {
			out.printf(Locale.ROOT, "bench: collectors per estate and team, no contacts or holds, in %.1f s%n",
					(System.nanoTime() - started) / 1e9);
		}
		else {
			out.printf(Locale.ROOT,
					"bench: collection work for %d households (%.1f %%): 2 contacts and a hold each, collectors per"
							+ " estate and team, in %.1f s%n",
					worked, 100.0 * worked / settings.households(), (System.nanoTime() - started) / 1e9);
		}
		if (mysql) {
			jdbc.execute("ANALYZE TABLE contact, collection_hold, collector");
		}
	}

	/**
	 * The connection the estate is loaded on. On MySQL a connection of its own that
	 * allows {@code LOAD DATA LOCAL INFILE} (the driver asks for it when it connects), so
	 * that the pool the job uses never does.
	 */
	private Connection loadingConnection(boolean mysql) throws SQLException {
		if (!mysql) {
			return dataSource.getConnection();
		}
		Properties info = new Properties();
		info.put("allowLoadLocalInfile", "true");
		// the estates and households still go in as batches: one multi-row INSERT each
		info.put("rewriteBatchedStatements", "true");
		if (connection.determineUsername() != null) {
			info.put("user", connection.determineUsername());
		}
		if (connection.determinePassword() != null) {
			info.put("password", connection.determinePassword());
		}
		return DriverManager.getConnection(connection.determineUrl(), info);
	}

	/**
	 * Whether the loaded estate is the one asked for: as many households and charges, and
	 * nothing posted by a run (an as-of date that posts late fees cannot be reused: the
	 * ledger keeps them).
	 */
	private boolean reusable(Settings settings) {
		Long households = jdbc.queryForObject("SELECT COUNT(*) FROM household", Long.class);
		// one pass over the ledger, not three: at a million households each is a minute
		Map<String, Object> ledger = jdbc.queryForMap("""
				SELECT SUM(CASE WHEN entry_type <> 'CHARGE' AND entry_type <> 'PAYMENT' THEN 1 ELSE 0 END) AS others,
				       MIN(period) AS first_period, MAX(period) AS last_period
				  FROM ledger_entry
				""");
		Number lateFees = (Number) ledger.get("others");
		String wantedFirst = YearMonth.from(settings.asOf()).minusMonths(settings.months() - 1L).toString();
		return households != null && households == settings.households() && lateFees != null
				&& lateFees.longValue() == 0 && wantedFirst.equals(ledger.get("first_period"))
				&& YearMonth.from(settings.asOf()).toString().equals(ledger.get("last_period"));
	}

	private void truncate(List<String> tables, boolean mysql) throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute(mysql ? "SET FOREIGN_KEY_CHECKS = 0" : "SET REFERENTIAL_INTEGRITY FALSE");
			for (String table : tables) {
				s.execute("TRUNCATE TABLE " + table);
			}
			s.execute(mysql ? "SET FOREIGN_KEY_CHECKS = 1" : "SET REFERENTIAL_INTEGRITY TRUE");
		}
	}

	/**
	 * The dunning step's reader on its own: what reading and grouping cost before any
	 * rule runs.
	 */
	private double readerOnly(LocalDate asOf, int fetchSize) throws Exception {
		long started = System.nanoTime();
		HouseholdLedgerReader reader = new HouseholdLedgerReader(dataSource, asOf, fetchSize);
		reader.open(new ExecutionContext());
		try {
			for (HouseholdLedger household = reader.read(); household != null; household = reader.read()) {
				// read only
			}
		}
		finally {
			reader.close();
		}
		return (System.nanoTime() - started) / 1e9;
	}

	/**
	 * JasperReports' floor for the day's notices: the first {@code --render-sample} of
	 * them, in delivery order, filled and exported into one multi-page PDF per kind (a
	 * PDF holds one template), one thread, with the renderer the job used (templates
	 * compiled): its seconds, and its pages in {@code pages[0]}.
	 */
	private double documentFloor(Settings settings, long[] pages, PrintWriter out) throws Exception {
		List<HouseholdNotice> documents = issuedDocuments.issuedOn(settings.asOf(), settings.renderSample());
		if (documents.isEmpty()) {
			out.println("bench: no notices issued: no rendering to measure");
			return 0;
		}
		Map<String, List<HouseholdNotice>> byKind = new LinkedHashMap<>();
		documents.forEach(d -> byKind.computeIfAbsent(d.template(), k -> new ArrayList<>()).add(d));
		Path folder = Files.createTempDirectory("arrears-bench-render");
		try {
			long started = System.nanoTime();
			for (List<HouseholdNotice> kind : byKind.values()) {
				pages[0] += renderer.renderBatch(kind, folder, "floor-" + kind.get(0).template()).pages();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			out.printf(Locale.ROOT,
					"bench: documents floor: %d of the day's notices, %d pages, in one PDF per kind on one thread:"
							+ " %.2f s, %.1f pages/s%n",
					documents.size(), pages[0], seconds, pages[0] / seconds);
			return seconds;
		}
		finally {
			delete(folder);
		}
	}

	private static String describe(RunSummary day) {
		StringBuilder steps = new StringBuilder();
		day.stepTimes().forEach((step, took) -> {
			if (!step.contains(":")) {
				steps.append(steps.isEmpty() ? "" : ", ")
					.append(step)
					.append(' ')
					.append(String.format(Locale.ROOT, "%.2f s", seconds(took)));
			}
		});
		return steps.toString();
	}

	private static double seconds(Duration duration) {
		return duration == null ? 0 : duration.toNanos() / 1e9;
	}

	private boolean isMySql() throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
		}
	}

	private static String loadAverage() {
		return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
