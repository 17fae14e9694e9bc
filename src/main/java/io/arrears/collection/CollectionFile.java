package io.arrears.collection;

import java.util.List;

/** The four files of SPEC §9 and §10 and their columns, in order. */
public enum CollectionFile {

	COLLECTORS("collectors", List.of("collector_code", "name", "phone", "team", "estate_code", "buildings", "active")),

	CONTACTS("contacts",
			List.of("reference", "household_code", "collector_code", "contacted_on", "channel", "outcome",
					"promise_date", "promise_amount", "note", "recorded_at")),

	HOLDS("holds",
			List.of("reference", "household_code", "reason", "from_date", "until_date", "approved_by", "note",
					"recorded_at")),

	RECEIPTS("receipts", List.of("household_code", "kind", "number", "episode_due_date", "received_on", "method",
			"tracking", "recorded_at"));

	private final String kind;

	private final List<String> columns;

	CollectionFile(String kind, List<String> columns) {
		this.kind = kind;
		this.columns = columns;
	}

	public String kind() {
		return kind;
	}

	public List<String> columns() {
		return columns;
	}

	public String header() {
		return String.join(",", columns);
	}

	/**
	 * Refuses a file whose header is not this kind's, as the ledger import does: a
	 * contacts file given as holds would otherwise be rejected row by row, hiding the
	 * real mistake. A byte-order mark is not part of the header.
	 * @throws IllegalArgumentException naming the header found and the one expected
	 */
	public void checkHeader(String headerLine) {
		String header = headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
		List<String> names = List.of(header.split(",", -1)).stream().map(String::strip).toList();
		if (!names.equals(columns)) {
			throw new IllegalArgumentException(
					"not a " + kind + " file: its header is '" + header + "', expected '" + header() + "'");
		}
	}

}
