package io.arrears.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the typed fields of one CSV row and turns the first bad one into a rejection
 * reason, for every import (the ledger's and collection work's alike, so that a reason
 * reads the same whichever file it comes from). Every limit of the schema is checked
 * here, so that a bad row is rejected with its reason rather than failing its whole chunk
 * with a database error. Values are stripped of surrounding blanks; an empty optional
 * field is {@code null}.
 */
public final class Fields {

	/**
	 * Thrown while parsing a row, caught by {@link #parse}: the reason the row is
	 * rejected.
	 */
	public static final class Rejected extends RuntimeException {

		Rejected(String reason) {
			super(reason, null, false, false);
		}

	}

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private static final int QUOTED_MAX = 40;

	/** References of this form are the pipeline's own (SPEC §4, §6), never imported. */
	private static final List<String> PIPELINE_PREFIXES = List.of("LF:", "RV:");

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

	private final List<String> columns;

	private final List<String> values;

	private Fields(List<String> columns, List<String> values) {
		this.columns = columns;
		this.values = values;
	}

	/** The fields of a row whose column count is already checked. */
	public static Fields of(List<String> columns, List<String> values) {
		return new Fields(columns, values);
	}

	/**
	 * Parses a row of the given kind with {@code parser}; a row whose quoting or column
	 * count is wrong, or whose fields the parser refuses, becomes a rejected row.
	 */
	static <T> ImportRow<T> parse(CsvRow row, ImportKind kind, Function<Fields, T> parser) {
		List<String> columns = kind.columns();
		if (row.brokenField() > 0) {
			int i = row.brokenField();
			String name = i <= columns.size() ? columns.get(i - 1) + " (column " + i + ")" : "in column " + i;
			return ImportRow.rejected(row, "malformed field " + name + ": stray or unbalanced quote");
		}
		if (row.fields().size() != columns.size()) {
			return ImportRow.rejected(row,
					"wrong column count: expected " + columns.size() + ", found " + row.fields().size());
		}
		try {
			return ImportRow.accepted(row, parser.apply(new Fields(columns, row.fields())));
		}
		catch (Rejected e) {
			return ImportRow.rejected(row, e.getMessage());
		}
	}

	public static Rejected reject(String reason) {
		return new Rejected(reason);
	}

	/**
	 * A value for a reason text, quoted and cut short so that the reason fits its column.
	 */
	public static String quoted(String value) {
		String v = value.length() > QUOTED_MAX ? value.substring(0, QUOTED_MAX) + "…" : value;
		return "'" + v + "'";
	}

	public String raw(String column) {
		int i = columns.indexOf(column);
		if (i < 0) {
			throw new IllegalArgumentException("no column " + column);
		}
		return values.get(i).strip();
	}

	/** A text field that must be present. */
	public String required(String column, int maxLength) {
		String value = optional(column, maxLength);
		if (value == null) {
			throw reject("missing field " + column);
		}
		return value;
	}

	/** A text field that may be empty; {@code null} then. */
	public String optional(String column, int maxLength) {
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

	/**
	 * A code or reference: present, and without blanks inside, since codes are matched
	 * byte for byte and a blank in one is nearly always a slip of the keyboard.
	 */
	public String code(String column, int maxLength) {
		String value = required(column, maxLength);
		if (value.codePoints().anyMatch(Character::isWhitespace)) {
			throw reject("malformed field " + column + ": " + quoted(value) + " contains a blank");
		}
		return value;
	}

	/** An optional code, as {@link #code} when present. */
	public String optionalCode(String column, int maxLength) {
		return raw(column).isEmpty() ? null : code(column, maxLength);
	}

	/**
	 * A decimal of at most 2 places and at most {@code integerDigits} digits before the
	 * point ({@code DECIMAL(p,2)}); {@code null} when empty and not required. Built from
	 * the text, never from a double; written plainly (no exponent, no thousands
	 * separator).
	 */
	public BigDecimal decimal(String column, boolean required, int integerDigits) {
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

	/** An ISO date, YYYY-MM-DD. */
	public LocalDate date(String column) {
		String value = required(column, 10);
		try {
			return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeParseException e) {
			throw reject("bad date in " + column + ": " + quoted(value) + ", expected YYYY-MM-DD");
		}
	}

	/**
	 * An ISO local date-time, {@code null} when empty. Cut to the second: the column
	 * keeps whole seconds, and MySQL would round a fraction, so a re-import would no
	 * longer match.
	 */
	public LocalDateTime optionalDateTime(String column) {
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

	/** A month, YYYY-MM, {@code null} when empty. */
	public YearMonth optionalPeriod(String column) {
		String value = raw(column);
		if (value.isEmpty()) {
			return null;
		}
		if (!PERIOD.matcher(value).matches()) {
			throw reject("malformed field " + column + ": " + quoted(value) + ", expected YYYY-MM");
		}
		return YearMonth.parse(value);
	}

	/** Whether the field is empty (blanks only count as empty). */
	public boolean isEmpty(String column) {
		return raw(column).isEmpty();
	}

	/** A reference with the ledger's rules (SPEC §1, §7): a code, not the pipeline's. */
	public String reference(String column) {
		String value = code(column, 160);
		for (String prefix : PIPELINE_PREFIXES) {
			if (value.startsWith(prefix)) {
				throw reject("reference " + quoted(value) + " begins with " + prefix
						+ ", which is reserved for what the pipeline posts");
			}
		}
		return value;
	}

	/** One of an enum's names, exactly as written. */
	public <E extends Enum<E>> E choice(String column, Class<E> type) {
		String value = required(column, 32);
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			throw reject("unknown " + column + " " + quoted(value) + ", expected one of " + names);
		}
	}

	/** A whole number. */
	public int integer(String column) {
		String value = required(column, 10);
		if (!INTEGER.matcher(value).matches()) {
			throw reject("bad number in " + column + ": " + quoted(value) + ", expected a whole number");
		}
		return Integer.parseInt(value);
	}

	/** An ISO date, {@code null} when empty. */
	public LocalDate optionalDate(String column) {
		return isEmpty(column) ? null : date(column);
	}

}
