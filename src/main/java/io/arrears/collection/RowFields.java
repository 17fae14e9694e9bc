package io.arrears.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the typed fields of one row and turns the first bad one into a rejection reason,
 * with the same checks and wording as the ledger import's ({@code ledger/Fields}, which
 * is that module's own): every limit of the schema is checked here, so that a bad row is
 * rejected with its reason rather than failing its chunk with a database error. Values
 * are stripped of surrounding blanks; an empty optional field is {@code null}.
 */
final class RowFields {

	/** Thrown while parsing a row, caught by {@link #parse}: why the row is rejected. */
	static final class Rejected extends RuntimeException {

		Rejected(String reason) {
			super(reason, null, false, false);
		}

	}

	/** References of this form are the pipeline's own (SPEC §4, §6), never imported. */
	private static final List<String> PIPELINE_PREFIXES = List.of("LF:", "RV:");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

	private static final int QUOTED_MAX = 40;

	private final List<String> columns;

	private final List<String> values;

	private RowFields(List<String> columns, List<String> values) {
		this.columns = columns;
		this.values = values;
	}

	/**
	 * Parses a line of the given file with {@code parser}; a line whose quoting or column
	 * count is wrong, or whose fields the parser refuses, is a rejected row.
	 */
	static <T> Parsed<T> parse(CollectionFile file, String headerLine, int line, String text,
			Function<RowFields, T> parser, boolean recordedAtGiven) {
		file.checkHeader(headerLine);
		List<String> columns = file.columns();
		CsvLine csv = CsvLine.split(text);
		if (csv.brokenField() > 0) {
			int i = csv.brokenField();
			String name = i <= columns.size() ? columns.get(i - 1) + " (column " + i + ")" : "in column " + i;
			return Parsed.rejected(line, text, "malformed field " + name + ": stray or unbalanced quote");
		}
		if (csv.fields().size() != columns.size()) {
			return Parsed.rejected(line, text,
					"wrong column count: expected " + columns.size() + ", found " + csv.fields().size());
		}
		RowFields fields = new RowFields(columns, csv.fields());
		try {
			T value = parser.apply(fields);
			return Parsed.accepted(line, text, value,
					recordedAtGiven && columns.contains("recorded_at") && !fields.raw("recorded_at").isEmpty());
		}
		catch (Rejected e) {
			return Parsed.rejected(line, text, e.getMessage());
		}
	}

	static Rejected reject(String reason) {
		return new Rejected(reason);
	}

	/**
	 * A value for a reason text, quoted and cut short so that the reason fits its column.
	 */
	static String quoted(String value) {
		String v = value.length() > QUOTED_MAX ? value.substring(0, QUOTED_MAX) + "…" : value;
		return "'" + v + "'";
	}

	String raw(String column) {
		int i = columns.indexOf(column);
		if (i < 0) {
			throw new IllegalArgumentException("no column " + column);
		}
		return values.get(i).strip();
	}

	boolean isEmpty(String column) {
		return raw(column).isEmpty();
	}

	String required(String column, int maxLength) {
		String value = optional(column, maxLength);
		if (value == null) {
			throw reject("missing field " + column);
		}
		return value;
	}

	String optional(String column, int maxLength) {
		String value = raw(column);
		if (value.isEmpty()) {
			return null;
		}
		if (value.codePointCount(0, value.length()) > maxLength) {
			throw reject("malformed field " + column + ": longer than " + maxLength + " characters");
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			throw reject("malformed field " + column + ": contains a control character");
		}
		return value;
	}

	/** A code: present, without blanks inside (codes are matched byte for byte). */
	String code(String column, int maxLength) {
		String value = required(column, maxLength);
		if (value.codePoints().anyMatch(Character::isWhitespace)) {
			throw reject("malformed field " + column + ": " + quoted(value) + " contains a blank");
		}
		return value;
	}

	/** A reference with the ledger's rules (SPEC §1, §7): a code, not the pipeline's. */
	String reference(String column) {
		String value = code(column, 160);
		for (String prefix : PIPELINE_PREFIXES) {
			if (value.startsWith(prefix)) {
				throw reject("reference " + quoted(value) + " begins with " + prefix
						+ ", which is reserved for what the pipeline posts");
			}
		}
		return value;
	}

	<E extends Enum<E>> E choice(String column, Class<E> type) {
		String value = required(column, 32);
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			throw reject("unknown " + column + " " + quoted(value) + ", expected one of " + names);
		}
	}

	/** A decimal of at most 2 places and {@code integerDigits} before the point. */
	BigDecimal decimal(String column, boolean required, int integerDigits) {
		String value = raw(column);
		if (value.isEmpty()) {
			if (required) {
				throw reject("missing field " + column);
			}
			return null;
		}
		if (!DECIMAL.matcher(value).matches()) {
			throw reject("bad number in " + column + ": " + quoted(value) + ", expected digits with a decimal point");
		}
		BigDecimal number = new BigDecimal(value);
		if (number.stripTrailingZeros().scale() > 2) {
			throw reject("more than 2 decimals in " + column + ": " + quoted(value));
		}
		number = number.setScale(2, RoundingMode.UNNECESSARY);
		if (number.abs().precision() - number.scale() > integerDigits) {
			throw reject("bad number in " + column + ": " + quoted(value) + " has more than " + integerDigits
					+ " digits before the point");
		}
		return number;
	}

	int integer(String column) {
		String value = required(column, 10);
		if (!INTEGER.matcher(value).matches()) {
			throw reject("bad number in " + column + ": " + quoted(value) + ", expected a whole number");
		}
		return Integer.parseInt(value);
	}

	LocalDate date(String column) {
		String value = required(column, 10);
		try {
			return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeParseException e) {
			throw reject("bad date in " + column + ": " + quoted(value) + ", expected YYYY-MM-DD");
		}
	}

	LocalDate optionalDate(String column) {
		return isEmpty(column) ? null : date(column);
	}

	/**
	 * An ISO local date-time cut to the second (the column keeps whole seconds), or
	 * {@code null} when empty.
	 */
	LocalDateTime optionalDateTime(String column) {
		String value = raw(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).truncatedTo(ChronoUnit.SECONDS);
		}
		catch (DateTimeParseException e) {
			throw reject("bad date in " + column + ": " + quoted(value) + ", expected YYYY-MM-DDTHH:MM:SS");
		}
	}

}
