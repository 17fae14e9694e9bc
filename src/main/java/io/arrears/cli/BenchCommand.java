package io.arrears.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import io.arrears.bench.Benchmark;
import io.arrears.festival.Festival;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench --households H --months M [--grid N]}: docs/PERFORMANCE.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = { "Generates H households with M months of ledger in the database and measures one dunning day",
				"against the set-based floor, and its documents against JasperReports' floor (docs/PERFORMANCE.md).",
				"EMPTIES THE DATABASE: give it one of its own, e.g. --db=jdbc:mysql://127.0.0.1:3306/arrears_bench.",
				"The last line of output is: households=H seconds=S floor_seconds=F ratio=R notices_per_s=N",
				"render_ratio=Q peak_heap_mb=P documents_seconds=D pages_per_s=G doc_floor_pages_per_s=J doc_ratio=K",
				"and, with --festival, cards=C cards_per_s=V card_ratio=W" })
class BenchCommand implements Cli.Action {

	@Option(names = "--households", required = true, paramLabel = "H", description = "Households to generate")
	int households;

	@Option(names = "--months", required = true, paramLabel = "M",
			description = "Months of charges and payments, ending with the as-of date's month")
	int months;

	@Option(names = "--grid", paramLabel = "N", defaultValue = "1",
			description = "Key ranges the assessment reads in parallel (arrears.dunning.grid-size; default ${DEFAULT-VALUE})")
	int grid;

	@Option(names = "--as-of", paramLabel = "D", defaultValue = "2026-06-20",
			description = "The dunning day; not a month-end, so no late fee is posted and the data can be reused"
					+ " (default ${DEFAULT-VALUE})")
	LocalDate asOf;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "20260620", description = "Generator seed")
	long seed;

	@Option(names = "--reuse", description = "Keep the generated estate when it is the one asked for; empty only the"
			+ " previous run's results")
	boolean reuse;

	@Option(names = "--render-sample", paramLabel = "K", defaultValue = "2000",
			description = "The first K of the day's notices rendered again, in one PDF per kind on one thread, for the"
					+ " documents' floor (default ${DEFAULT-VALUE})")
	int renderSample;

	@Option(names = "--floors", paramLabel = "WHICH", defaultValue = "all",
			description = "all: the allocated (window-function) floor and the grouped one; grouped: the grouped one"
					+ " only, as the allocated one sorts the whole ledger (minutes at 1,000,000 households)"
					+ " (default ${DEFAULT-VALUE})")
	String floors;

	@Option(names = "--render-limit", paramLabel = "N", defaultValue = "0",
			description = "Render and print-batch only the first N of the day's notices, in delivery order"
					+ " (arrears.documents.render-limit; default ${DEFAULT-VALUE}: all of them)")
	int renderLimit;

	@Option(names = "--collection",
			description = "Add collectors, contacts and holds for 10 % of the households (SPEC §9) before the day;"
					+ " without it the collection tables are emptied, so the same day can be compared with and"
					+ " without them")
	boolean collection;

	@Option(names = "--collectors",
			description = "Add only the collectors (no contacts, no holds): the day writes the work lists and the"
					+ " review; compared with --collection, what listening to the owners costs")
	boolean collectors;

	@Option(names = "--daily",
			description = "Before the day, run the month's first day and the day before, untimed, as a daily"
					+ " schedule leaves them: the work lists and the review take those days from their stage"
					+ " history")
	boolean daily;

	@Option(names = "--warm",
			description = "Before the day, run it once, untimed, and empty its results: the day measured then runs"
					+ " in a process that has rendered before, as under serve (the JIT warm, the templates compiled)")
	boolean warm;

	@Option(names = "--festival", paramLabel = "FESTIVAL",
			description = "After the day, mail the festival's cards of the as-of date's year to every household"
					+ " (SPRING_FESTIVAL or LANTERN) and time the whole mailing against JasperReports' floor: the"
					+ " first --render-sample cards in one PDF on one thread")
	Festival festival;

	@Override
	public void validate() {
		if (households < 1 || months < 1 || grid < 1 || renderSample < 1) {
			throw new IllegalArgumentException("--households, --months, --grid and --render-sample must be at least 1");
		}
		if (renderLimit < 0) {
			throw new IllegalArgumentException("--render-limit must not be negative");
		}
		if (collection && collectors) {
			throw new IllegalArgumentException("--collection already adds the collectors: give one of the two");
		}
		if (!floors.equals("all") && !floors.equals("grouped")) {
			throw new IllegalArgumentException("--floors is all or grouped, not " + floors);
		}
	}

	@Override
	public List<String> springArguments() {
		List<String> args = new ArrayList<>();
		args.add("--arrears.dunning.grid-size=" + grid);
		args.add("--arrears.documents.render-limit=" + renderLimit);
		// each partition holds a streaming connection and a writing one
		args.add("--spring.datasource.hikari.maximum-pool-size=" + Math.max(10, 2 * grid + 4));
		args.add("--arrears.output-dir=" + System.getProperty("java.io.tmpdir") + "/arrears-bench-out");
		args.add("--logging.level.io.arrears=WARN");
		return args;
	}

	@Override
	public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
		Benchmark.Result result = context.getBean(Benchmark.class)
			.run(new Benchmark.Settings(households, months, asOf, seed, reuse, renderSample,
					floors.equals("grouped") ? Benchmark.Floors.GROUPED : Benchmark.Floors.ALL,
					collection ? Benchmark.Collection.CONTACTS_AND_HOLDS
							: collectors ? Benchmark.Collection.COLLECTORS : Benchmark.Collection.NONE,
					daily, festival, warm), out);
		out.println(result.line());
		return Cli.OK;
	}

}
