package io.arrears.ledger;

/**
 * A data row after parsing: either its value, or the reason it was rejected (then the
 * value is {@code null}). Rows travel through the step in file order with their line
 * numbers.
 */
record ImportRow<T>(int line, String text, T value, String rejection) {

	static <T> ImportRow<T> accepted(CsvRow row, T value) {
		return new ImportRow<>(row.line(), row.text(), value, null);
	}

	static <T> ImportRow<T> rejected(CsvRow row, String reason) {
		return new ImportRow<>(row.line(), row.text(), null, reason);
	}

	boolean isRejected() {
		return rejection != null;
	}

	Rejection reject(String reason) {
		return Rejection.of(line, reason, text, text.length());
	}

	Rejection toRejection() {
		return reject(rejection);
	}
}
