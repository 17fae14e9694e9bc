package io.arrears.ledger;

import java.util.List;

/**
 * The three files of SPEC §7 that an import reads, their columns and the job for each.
 */
enum ImportKind {

	ESTATES("estates", List.of("estate_code", "name", "company_name", "service_phone", "manager_name", "address")),

	HOUSEHOLDS("households",
			List.of("household_code", "estate_code", "building", "unit", "room", "area_sqm", "owner_name",
					"owner_phone", "mailing_address", "tags")),

	LEDGER("ledger", List.of("reference", "household_code", "entry_type", "fee_item", "period", "amount",
			"effective_date", "recorded_at", "reverses"));

	private final String kind;

	private final List<String> columns;

	ImportKind(String kind, List<String> columns) {
		this.kind = kind;
		this.columns = columns;
	}

	String kind() {
		return kind;
	}

	List<String> columns() {
		return columns;
	}

	String header() {
		return String.join(",", columns);
	}

	String jobName() {
		return "import-" + kind;
	}

	String readerName() {
		return kind + "-reader";
	}

	String writerName() {
		return kind + "-writer";
	}

	String rejectsWriterName() {
		return kind + "-rejects-writer";
	}

	/**
	 * Refuses a file whose header is not this kind's: a households file given as the
	 * ledger would otherwise be rejected row by row, which hides the real mistake. A
	 * byte-order mark, as spreadsheet programs write, is not part of the header.
	 */
	void checkHeader(String headerLine, String file) {
		String header = headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
		List<String> names = List.of(header.split(",", -1)).stream().map(String::strip).toList();
		if (!names.equals(columns)) {
			throw new IllegalStateException(
					file + " is not a " + kind + " file: its header is '" + header + "', expected '" + header() + "'");
		}
	}

}
