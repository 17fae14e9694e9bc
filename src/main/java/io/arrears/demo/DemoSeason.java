package io.arrears.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.collection.CollectionImport;
import io.arrears.collection.CollectionImportRequest;
import io.arrears.collection.Coverage;
import io.arrears.collection.WorkListExport;
import io.arrears.csv.CsvWriter;
import io.arrears.demo.DemoEstate.Owner;
import io.arrears.demo.DemoEstate.Payer;
import io.arrears.demo.Owners.Answer;
import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.Stage;
import io.arrears.ledger.FileSummary;
import io.arrears.ledger.ImportRequest;
import io.arrears.ledger.LedgerImport;

/**
 * The demo's season, simulated in rounds of three or four days through the product's own
 * doors: the dunning job runs every day of a round; then the simulation reads what the
 * pipeline did (each household's stage as of the round's last day, the notices it issued,
 * each collector's work list, exported as {@code export worklist} exports it), decides
 * what the owners and the collectors do in the round to come ({@link Owners}), and writes
 * it as the files a service centre imports: payments as a ledger file, calls as
 * {@code contacts.csv}, disputes put on hold and released as {@code holds.csv}. They are
 * imported with the import jobs, recorded on the days they happen, and the next round's
 * runs see them. The collectors are imported on the season's eve.
 */
public final class DemoSeason {

	/**
	 * A collector of the demo: code, name, phone, team, buildings (empty: the estate).
	 */
	public record Member(String code, String name, String phone, String team, String buildings, int callsPerWeek) {
	}

	public static final List<Member> COLLECTORS = List.of(
			new Member("S01", "王芳", "13900000101", "SUPERVISOR", "1;2;3;4", 30),
			new Member("S02", "陈静", "13900000102", "SUPERVISOR", "5;6;7;8;9;10;11;12;13", 30),
			new Member("M01", "张强", "13900000201", "MANAGER", "", 25),
			new Member("P01", "刘洋", "13900000301", "PRIOR_YEAR", "", 20));

	/** Who approves a hold: the service centre's manager (estates.csv). */
	private static final String MANAGER = "李明";

	private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	/** Days a dispute is put on hold for (at most max-hold-days). */
	private static final int DISPUTE_DAYS = 30;

	/** What a collector's season came to. */
	public static final class Tally {

		int calls;

		int promises;

		int kept;

		int broken;

		BigDecimal recovered = BigDecimal.ZERO;

		public int calls() {
			return calls;
		}

		public int promises() {
			return promises;
		}

		public int kept() {
			return kept;
		}

		public int broken() {
			return broken;
		}

		public BigDecimal recovered() {
			return recovered;
		}

	}

	/** What the season came to, as the simulation made it. */
	public record Story(Map<String, Tally> collectors, int lawyerLetters, int paidAfterLawyerLetter, int disputeHolds,
			int released, List<FileSummary> imports) {
	}

	private record Standing(Stage stage, BigDecimal owed) {
	}

	private record Payment(Owner owner, LocalDate on, BigDecimal amount, String collector, boolean promised) {
	}

	private record Promise(String collector, LocalDate by, boolean keeps) {
	}

	private final JdbcTemplate jdbc;

	private final DunningRuns runs;

	private final LedgerImport ledgerImport;

	private final CollectionImport collectionImport;

	private final WorkListExport workLists;

	private final SeasonClock clock;

	private final Owners owners;

	public DemoSeason(JdbcTemplate jdbc, DunningRuns runs, LedgerImport ledgerImport, CollectionImport collectionImport,
			WorkListExport workLists, SeasonClock clock, long seed) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.ledgerImport = ledgerImport;
		this.collectionImport = collectionImport;
		this.workLists = workLists;
		this.clock = clock;
		this.owners = new Owners(seed);
	}

	/**
	 * Simulates the season {@code from} … {@code to}: the files go to {@code folder};
	 * {@code eachDay} hears each day's run. Stops, returning null, at the first run that
	 * fails (the failure went to {@code eachDay}).
	 */
	public Story run(List<Owner> households, LocalDate from, LocalDate to, Path folder,
			Consumer<DunningRuns.RunSummary> eachDay) throws Exception {
		Files.createDirectories(folder);
		List<FileSummary> imports = new ArrayList<>();
		Path collectors = folder.resolve("collectors.csv");
		writeCollectors(collectors);
		clock.hold(from.minusDays(1).atTime(18, 0));
		try {
			imports
				.addAll(collectionImport.run(new CollectionImportRequest(collectors, null, null, null, null)).files());
		}
		finally {
			clock.release();
		}

		Map<String, Tally> tallies = new LinkedHashMap<>();
		COLLECTORS.forEach(c -> tallies.put(c.code(), new Tally()));
		Set<String> moved = new HashSet<>();
		Map<String, Promise> promises = new HashMap<>();
		Map<String, LocalDate> holdsUntil = new HashMap<>();
		Set<String> onHold = new HashSet<>();
		Set<String> resolved = new HashSet<>();
		List<Payment> pending = new ArrayList<>();
		Map<String, Integer> paymentsMade = new HashMap<>();
		Map<String, LocalDate> lawyerLetters = new HashMap<>();
		int paidAfterLetter = 0;
		int disputeHolds = 0;
		int released = 0;
		int contactNo = 0;

		int round = 0;
		LocalDate lastRound = from;
		for (LocalDate start = from;; round++) {
			lastRound = start;
			LocalDate end = min(start.plusDays(length(round) - 1), to);
			DunningRuns.RangeSummary range = runs.run(start, end, eachDay);
			if (range.failed() != null) {
				return null;
			}
			if (end.equals(to)) {
				break;
			}
			// what the pipeline did in the round
			Map<String, Standing> standing = standings(end);
			for (Map<String, Object> n : jdbc.queryForList(
					"SELECT household_code, issued_on FROM notice WHERE kind = 'LAWYER_LETTER' AND issued_on BETWEEN ? AND ?",
					Date.valueOf(start), Date.valueOf(end))) {
				lawyerLetters.putIfAbsent((String) n.get("household_code"),
						((java.sql.Date) n.get("issued_on")).toLocalDate());
			}
			Map<String, List<String>> lists = workLists(end);

			// the round to come
			LocalDate next = end.plusDays(1);
			int days = (int) ChronoUnit.DAYS.between(next, min(next.plusDays(length(round + 1) - 1), to)) + 1;
			int week = round;
			// a promise whose date has passed holds no longer: kept or broken, the
			// collector
			// may call again
			promises.values().removeIf(p -> p.by().isBefore(next));
			List<Payment> payments = new ArrayList<>();
			List<Object[]> contacts = new ArrayList<>();
			List<Object[]> holds = new ArrayList<>();
			for (Payment p : new ArrayList<>(pending)) {
				if (p.on().isBefore(next.plusDays(days))) {
					payments.add(p);
					pending.remove(p);
				}
			}
			// the collectors work their lists, top first, as far as their calls go
			Set<String> promisedNow = new HashSet<>();
			for (Member m : COLLECTORS) {
				int calls = 0;
				for (String code : lists.getOrDefault(m.code(), List.of())) {
					if (calls == (m.callsPerWeek() * days + 6) / 7) {
						break;
					}
					Owner owner = owner(households, code);
					Standing s = standing.get(code);
					if (s == null || s.stage() == Stage.CURRENT || promises.containsKey(code)
							|| onHold.contains(code)) {
						continue;
					}
					LocalDate on = next.plusDays(calls % days);
					calls++;
					Tally tally = tallies.get(m.code());
					tally.calls++;
					boolean isMoved = moved.contains(code);
					Answer answer = owners.answer(owner, isMoved, holdsUntil.containsKey(code), week);
					String reference = "CT-" + on + "-" + (++contactNo);
					LocalDateTime recorded = on.atTime(17, 30).plusMinutes(contactNo % 30);
					if (answer == Answer.PROMISED) {
						// "pay by Friday": within a week of the call
						LocalDate by = on.plusDays(1 + owners.day(owner, week, 7));
						boolean keeps = owners.keeps(owner, isMoved, week);
						contacts.add(new Object[] { reference, code, m.code(), on, channel(s.stage()), answer.outcome(),
								by, s.owed(), "业主承诺" + by.getMonthValue() + "月" + by.getDayOfMonth() + "日前缴清",
								recorded });
						tally.promises++;
						promisedNow.add(code);
						if (by.isBefore(to)) {
							if (keeps) {
								tally.kept++;
							}
							else {
								tally.broken++;
							}
						}
						if (keeps) {
							LocalDate pay = by.minusDays(owners.dayBefore(owner, week, 3));
							pending.add(new Payment(owner, pay.isBefore(on) ? on : pay, s.owed(), m.code(), true));
						}
						promises.put(code, new Promise(m.code(), by, keeps));
					}
					else if (answer == Answer.DISPUTED) {
						LocalDate until = on.plusDays(DISPUTE_DAYS);
						contacts.add(new Object[] { reference, code, m.code(), on, "VISIT", answer.outcome(), null,
								null, "业主对维修问题有异议，已报经理", recorded });
						holds.add(new Object[] { "HD-" + code + "-" + on, code, "DISPUTE", on, until, MANAGER,
								"屋面渗漏维修争议，待工程部处理", on.atTime(18, 0) });
						holdsUntil.put(code, until);
						onHold.add(code);
						disputeHolds++;
						if (owners.resolved(owner, week)) {
							LocalDate release = on.plusDays(14 + owners.day(owner, week, 8));
							holds.add(new Object[] { "HR-" + code + "-" + release, code, "RELEASE", release, null,
									MANAGER, "维修完成，业主认可", release.atTime(18, 0) });
							holdsUntil.put(code, release);
							resolved.add(code);
							released++;
						}
					}
					else {
						contacts.add(new Object[] { reference, code, m.code(), on, channel(s.stage()), answer.outcome(),
								null, null, null, recorded });
					}
				}
			}
			// the owners who pay of their own accord, moved by what they received
			for (Owner owner : households) {
				String code = owner.code();
				Standing s = standing.get(code);
				if (s == null || s.stage() == Stage.CURRENT || s.owed().signum() <= 0 || promisedNow.contains(code)) {
					continue;
				}
				if (promises.containsKey(code)) {
					continue;
				}
				LocalDate holdEnds = holdsUntil.get(code);
				if (holdEnds != null && !holdEnds.isBefore(next)) {
					continue;
				}
				boolean isMoved = moved.contains(code);
				boolean pays;
				LocalDate letter = lawyerLetters.get(code);
				if (letter != null && !letter.isBefore(start)) {
					pays = owners.paysAfterLawyerLetter(owner, week);
					if (pays) {
						paidAfterLetter++;
					}
				}
				else if (holdEnds != null && onHold.remove(code) && resolved.contains(code)) {
					// the dispute is over, settled: the owner pays as a late payer pays
					pays = owners.pays(owner, true, s.stage(), week, days);
				}
				else {
					pays = owners.pays(owner, isMoved, s.stage(), week, days);
				}
				if (pays) {
					payments.add(new Payment(owner, next.plusDays(owners.day(owner, week, days)), s.owed(),
							collectorOf(lists, code), false));
				}
			}
			for (Payment p : payments) {
				moved.add(p.owner().code());
				if (p.collector() != null && tallies.containsKey(p.collector())) {
					Tally t = tallies.get(p.collector());
					t.recovered = t.recovered.add(p.amount());
				}
			}
			imports.addAll(importRound(folder, round + 1, payments, contacts, holds, paymentsMade));
			start = next;
		}
		// the letters of the last round have had no round to be answered in
		LocalDate answerable = lastRound;
		int letters = (int) lawyerLetters.values().stream().filter(d -> d.isBefore(answerable)).count();
		return new Story(tallies, letters, paidAfterLetter, disputeHolds, released, imports);
	}

	/**
	 * Rounds of four days and three, by turns, as the ladder sends its reminders every
	 * three or four days: an owner answers a notice within days, not weeks.
	 */
	static int length(int round) {
		return round % 2 == 0 ? 4 : 3;
	}

	private static String channel(Stage stage) {
		return stage.isAtLeast(Stage.LAWYER_LETTER) ? "VISIT" : stage.isAtLeast(Stage.OPEN_LETTER) ? "WECHAT" : "PHONE";
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static Owner owner(List<Owner> households, String code) {
		// codes are written in order: a binary search over the generated list
		int lo = 0;
		int hi = households.size() - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			int c = households.get(mid).code().compareTo(code);
			if (c == 0) {
				return households.get(mid);
			}
			if (c < 0) {
				lo = mid + 1;
			}
			else {
				hi = mid - 1;
			}
		}
		throw new IllegalStateException("no generated household " + code);
	}

	private static String collectorOf(Map<String, List<String>> lists, String code) {
		for (Map.Entry<String, List<String>> e : lists.entrySet()) {
			if (e.getValue().contains(code)) {
				return e.getKey();
			}
		}
		return null;
	}

	private Map<String, Standing> standings(LocalDate asOf) {
		Map<String, Standing> standing = new HashMap<>();
		jdbc.query("""
				SELECT household_code, stage, principal_overdue, late_fee_outstanding
				  FROM stage_history WHERE as_of = ?
				""", rs -> {
			standing.put(rs.getString(1),
					new Standing(Stage.valueOf(rs.getString(2)), rs.getBigDecimal(3).add(rs.getBigDecimal(4))));
		}, Date.valueOf(asOf));
		return standing;
	}

	/**
	 * Each collector's work list of the day, in rank order, as {@code export worklist}.
	 */
	private Map<String, List<String>> workLists(LocalDate asOf) throws IOException {
		StringWriter csv = new StringWriter();
		workLists.write(asOf, null, csv);
		Map<String, List<String>> lists = new TreeMap<>();
		for (CSVRecord r : CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.toString()))) {
			String collector = r.get("collector_code");
			if (!collector.equals(Coverage.UNASSIGNED)) {
				lists.computeIfAbsent(collector, c -> new ArrayList<>()).add(r.get("household_code"));
			}
		}
		return lists;
	}

	private static void writeCollectors(Path file) throws IOException {
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			CsvWriter csv = CsvWriter.withHeader(w, "collector_code", "name", "phone", "team", "estate_code",
					"buildings", "active");
			for (Member m : COLLECTORS) {
				csv.row(m.code(), m.name(), m.phone(), m.team(), "DEMO", m.buildings(), "true");
			}
			csv.flush();
		}
	}

	private List<FileSummary> importRound(Path folder, int round, List<Payment> payments, List<Object[]> contacts,
			List<Object[]> holds, Map<String, Integer> paymentsMade) throws Exception {
		List<FileSummary> summaries = new ArrayList<>();
		String prefix = String.format("round-%02d-", round);
		if (!payments.isEmpty()) {
			Path ledger = folder.resolve(prefix + "payments.csv");
			try (Writer w = Files.newBufferedWriter(ledger, StandardCharsets.UTF_8)) {
				CsvWriter csv = CsvWriter.withHeader(w, "reference", "household_code", "entry_type", "fee_item",
						"period", "amount", "effective_date", "recorded_at", "reverses");
				for (Payment p : payments) {
					String code = p.owner().code();
					int n = paymentsMade.merge(code, 1, Integer::sum);
					LocalTime at = LocalTime.of(9 + n % 9, (n * 7) % 60);
					csv.row("S-" + code + "-" + n, code, "PAYMENT", "", "", p.amount().toPlainString(), p.on(),
							RECORDED.format(p.on().atTime(at)), "");
				}
				csv.flush();
			}
			summaries.addAll(ledgerImport.run(new ImportRequest(null, null, ledger, null)).files());
		}
		Path contactFile = null;
		Path holdFile = null;
		if (!contacts.isEmpty()) {
			contactFile = folder.resolve(prefix + "contacts.csv");
			try (Writer w = Files.newBufferedWriter(contactFile, StandardCharsets.UTF_8)) {
				CsvWriter csv = CsvWriter.withHeader(w, "reference", "household_code", "collector_code", "contacted_on",
						"channel", "outcome", "promise_date", "promise_amount", "note", "recorded_at");
				contacts.forEach(row -> csv.row(blanks(row)));
				csv.flush();
			}
		}
		if (!holds.isEmpty()) {
			holdFile = folder.resolve(prefix + "holds.csv");
			try (Writer w = Files.newBufferedWriter(holdFile, StandardCharsets.UTF_8)) {
				CsvWriter csv = CsvWriter.withHeader(w, "reference", "household_code", "reason", "from_date",
						"until_date", "approved_by", "note", "recorded_at");
				holds.forEach(row -> csv.row(blanks(row)));
				csv.flush();
			}
		}
		if (contactFile != null || holdFile != null) {
			summaries.addAll(collectionImport
				.run(new CollectionImportRequest(null, contactFile, holdFile, null, StandardCharsets.UTF_8))
				.files());
		}
		return summaries;
	}

	private static Object[] blanks(Object[] row) {
		Object[] fields = new Object[row.length];
		for (int i = 0; i < row.length; i++) {
			fields[i] = row[i] == null ? "" : row[i] instanceof BigDecimal b ? b.toPlainString()
					: row[i] instanceof LocalDateTime t ? RECORDED.format(t) : row[i];
		}
		return fields;
	}

	/** Of the generated households, how many pay like each payer. */
	static Map<Payer, Long> payers(List<Owner> households) {
		Map<Payer, Long> counts = new TreeMap<>();
		households.forEach(o -> counts.merge(o.payer(), 1L, Long::sum));
		return counts;
	}

}
