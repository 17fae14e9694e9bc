package io.arrears.dunning;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;

/**
 * Reads the shared test vectors straight into domain records, for tests of the pure
 * rules.
 */
final class VectorFiles {

	private VectorFiles() {
	}

	static String text(String vector, String file) {
		try (InputStream in = VectorFiles.class.getResourceAsStream("/vectors/" + vector + "/" + file)) {
			if (in == null) {
				throw new IllegalArgumentException("no test vector " + vector + "/" + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<String[]> rows(String vector, String file) {
		List<String[]> rows = new ArrayList<>();
		String[] lines = text(vector, file).split("\n");
		for (int i = 1; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				rows.add(lines[i].split(",", -1));
			}
		}
		return rows;
	}

	/** Every household of a vector with its ledger, in household-code order. */
	static Map<String, HouseholdLedger> households(String vector) {
		Map<String, Set<String>> tags = new TreeMap<>();
		for (String[] h : rows(vector, "households.csv")) {
			tags.put(h[0], h[9].isEmpty() ? Set.of() : Set.of(h[9].split(";")));
		}
		Map<String, List<LedgerEntry>> entries = rows(vector, "ledger.csv").stream()
			.map(VectorFiles::entry)
			.collect(Collectors.groupingBy(LedgerEntry::householdCode));
		Map<String, HouseholdLedger> households = new LinkedHashMap<>();
		tags.forEach(
				(code, t) -> households.put(code, new HouseholdLedger(code, t, entries.getOrDefault(code, List.of()))));
		return households;
	}

	static LedgerEntry entry(String[] r) {
		return new LedgerEntry(r[0], r[1], EntryType.valueOf(r[2]), r[3].isEmpty() ? null : r[3],
				r[4].isEmpty() ? null : YearMonth.parse(r[4]), new BigDecimal(r[5]), LocalDate.parse(r[6]),
				LocalDateTime.parse(r[7]), r[8].isEmpty() ? null : r[8]);
	}

	static List<String> lines(String vector, String file) {
		return Arrays.asList(text(vector, file).split("\n"));
	}

}
