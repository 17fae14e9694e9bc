package io.arrears.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV as SPEC §7 asks of every file the pipeline writes: RFC 4180 (a field is
 * quoted when it holds a comma, a quote or a line break, its quotes doubled), {@code \n}
 * line ends, and no cell that a spreadsheet would run as a formula.
 *
 * <p>
 * The writer does not own its output: it neither closes it nor buffers, so it can write
 * to standard output, a file or a string alike; {@link #flush()} flushes the output.
 */
public final class CsvWriter implements Flushable {

	/**
	 * RFC 4180 with {@code \n} rather than CRLF: SPEC §7 fixes {@code \n}, and the
	 * byte-for-byte vectors were written so.
	 */
	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	// what Excel, LibreOffice and Sheets take as the start of a formula (or, for tab and
	// CR, what they strip before looking for one)
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private final CSVPrinter printer;

	private final Appendable out;

	private CsvWriter(Appendable out) {
		this.out = out;
		try {
			this.printer = new CSVPrinter(out, FORMAT);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A writer to {@code out} that has written the header row. */
	public static CsvWriter withHeader(Appendable out, List<String> header) {
		CsvWriter writer = new CsvWriter(out);
		writer.row(header);
		return writer;
	}

	/** A writer to {@code out} that has written the header row. */
	public static CsvWriter withHeader(Appendable out, String... header) {
		return withHeader(out, Arrays.asList(header));
	}

	/**
	 * Writes one row. A {@code null} is an empty field, a {@link BigDecimal} is written
	 * in plain notation, anything else as its {@code toString()}; every field is
	 * {@linkplain #defuse defused}.
	 * @throws UncheckedIOException when the output cannot be written
	 */
	public CsvWriter row(Object... fields) {
		return row(Arrays.asList(fields));
	}

	/** Writes one row, as {@link #row(Object...)}. */
	public CsvWriter row(List<?> fields) {
		try {
			printer.printRecord(fields.stream().map(CsvWriter::field).toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	@Override
	public void flush() {
		if (out instanceof Flushable flushable) {
			try {
				flushable.flush();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/**
	 * One row as a line, without its line end, for writers that add line ends themselves
	 * (Spring Batch's {@code FlatFileItemWriter}).
	 */
	public static String line(Object... fields) {
		StringBuilder line = new StringBuilder();
		new CsvWriter(line).row(fields);
		line.setLength(line.length() - 1);
		return line.toString();
	}

	/**
	 * The field as written: a value that begins with {@code =}, {@code +}, {@code -},
	 * {@code @}, a tab or a carriage return gets a leading {@code '}, so that a
	 * spreadsheet shows it as text instead of running it ({@code =HYPERLINK(...)} in an
	 * owner's name would otherwise be a live link), unless it is a plain number such as
	 * {@code -12.50}, which a spreadsheet reads as the number it is, or the lone
	 * {@code -} that stands for "no collector" on a work list (SPEC §9): a sign alone
	 * computes nothing, and the vectors' work lists show it bare.
	 */
	public static String defuse(String value) {
		if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0
				|| PLAIN_NUMBER.matcher(value).matches() || value.equals("-")) {
			return value;
		}
		return "'" + value;
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		return defuse(value instanceof BigDecimal amount ? amount.toPlainString() : value.toString());
	}

}
