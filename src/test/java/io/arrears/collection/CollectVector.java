package io.arrears.collection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import io.arrears.dunning.HouseholdLedger;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;
import io.arrears.limitation.Receipt;

/**
 * The {@code collect} vector read from the test resources (a copy of the shared one: the
 * build never reads outside the project): its households, ledger and the four collection
 * files, the last read with the parsers under test.
 */
final class CollectVector {

	static final LocalDateTime IMPORTED_AT = LocalDateTime.parse("2026-12-01T08:00:00");

	/** A row of households.csv, as far as the work list needs it. */
	record Household(String code, String estate, String building, String unit, String room, String ownerName,
			String ownerPhone, Set<String> tags) {
	}

	final Map<String, Household> households = new TreeMap<>();

	final Map<String, List<LedgerEntry>> ledger = new TreeMap<>();

	final Map<String, CollectionFacts> facts = new HashMap<>();

	final List<Collector> collectors;

	final List<Receipt> receipts;

	CollectVector() {
		for (String[] r : rows("households.csv")) {
			Set<String> tags = r[9].isEmpty() ? Set.of() : Set.of(r[9].split(";"));
			households.put(r[0], new Household(r[0], r[1], r[2], r[3], r[4], r[6], r[7], tags));
			ledger.put(r[0], new ArrayList<>());
		}
		for (String[] r : rows("ledger.csv")) {
			ledger.get(r[1])
				.add(new LedgerEntry(r[0], r[1], EntryType.valueOf(r[2]), r[3].isEmpty() ? null : r[3],
						r[4].isEmpty() ? null : YearMonth.parse(r[4]), new BigDecimal(r[5]), LocalDate.parse(r[6]),
						LocalDateTime.parse(r[7]), r.length > 8 && !r[8].isEmpty() ? r[8] : null));
		}
		CollectionSettings settings = CollectionSettings.defaults();
		collectors = parsed("collectors.csv", (h, n, t) -> CollectionCsv.collector(h, n, t, IMPORTED_AT));
		List<Contact> contacts = parsed("contacts.csv",
				(h, n, t) -> CollectionCsv.contact(h, n, t, IMPORTED_AT, settings));
		List<Hold> holds = parsed("holds.csv", (h, n, t) -> CollectionCsv.hold(h, n, t, IMPORTED_AT, settings));
		receipts = parsed("receipts.csv", (h, n, t) -> CollectionCsv.receipt(h, n, t, IMPORTED_AT));
		for (String code : households.keySet()) {
			facts.put(code,
					new CollectionFacts(code, contacts.stream().filter(c -> c.householdCode().equals(code)).toList(),
							holds.stream().filter(h -> h.householdCode().equals(code)).toList()));
		}
	}

	HouseholdLedger ledgerOf(String code) {
		return new HouseholdLedger(code, households.get(code).tags(), ledger.get(code));
	}

	interface LineParser<T> {

		Parsed<T> parse(String header, int line, String text);

	}

	private static <T> List<T> parsed(String file, LineParser<T> parser) {
		List<String> lines = lines(file);
		List<T> values = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			Parsed<T> row = parser.parse(lines.get(0), i + 1, lines.get(i));
			if (row.isRejected()) {
				throw new IllegalStateException(file + " line " + row.line() + ": " + row.rejection());
			}
			values.add(row.value());
		}
		return values;
	}

	/** The vector's files have no quoted fields: a plain split reads them. */
	private static List<String[]> rows(String file) {
		List<String> lines = lines(file);
		return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
	}

	static List<String> lines(String file) {
		try (InputStream in = CollectVector.class.getResourceAsStream("/vectors/collect/" + file)) {
			if (in == null) {
				throw new IllegalStateException("no test resource vectors/collect/" + file);
			}
			return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
				.filter(l -> !l.isBlank())
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static <T> List<String> project(List<T> rows, Function<T, String> line) {
		return rows.stream().map(line).toList();
	}

}
