package io.arrears.ledger;

import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each code or reference first appeared in the file being imported. A
 * later row with the same key is a duplicate even when the first was rejected: the file
 * says two things about one key, and the person who fixes the file should see both.
 */
final class FirstLines {

	private final String column;

	private final Map<String, Integer> lines = new HashMap<>();

	FirstLines(String column) {
		this.column = column;
	}

	/**
	 * The rejection reason when {@code key} was seen on an earlier line, else
	 * {@code null}.
	 */
	String duplicate(String key, int line) {
		Integer first = lines.putIfAbsent(key, line);
		return first == null ? null : "duplicate " + column + " " + Fields.quoted(key) + ", first on line " + first;
	}

}
