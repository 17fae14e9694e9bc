package io.arrears.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180 quoting, {@code \n} line ends, formula cells defused. */
class CsvWriterTest {

	@Test
	void aPlainNumberStaysANumber() {
		assertThat(CsvWriter.defuse("-12.50")).isEqualTo("-12.50");
		assertThat(CsvWriter.defuse("-3")).isEqualTo("-3");
		assertThat(CsvWriter.defuse("0.00")).isEqualTo("0.00");
	}

	@Test
	void aFormulaGetsALeadingQuote() {
		assertThat(CsvWriter.defuse("-1+2")).isEqualTo("'-1+2");
		assertThat(CsvWriter.defuse("=HYPERLINK(\"http://x\",\"pay\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"pay\")");
		assertThat(CsvWriter.defuse("=1+2")).isEqualTo("'=1+2");
		assertThat(CsvWriter.defuse("+86 138")).isEqualTo("'+86 138");
		assertThat(CsvWriter.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.defuse("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvWriter.defuse("\r=1")).isEqualTo("'\r=1");
		// not a plain number: a spreadsheet would compute it
		assertThat(CsvWriter.defuse("-1e5")).isEqualTo("'-1e5");
		assertThat(CsvWriter.defuse("-.5")).isEqualTo("'-.5");
	}

	@Test
	void theLoneDashOfAnUnassignedWorkListLineStaysBareButADashWithMoreIsDefused() {
		assertThat(CsvWriter.defuse("-")).isEqualTo("-");
		assertThat(CsvWriter.defuse("--")).isEqualTo("'--");
		assertThat(CsvWriter.defuse("-A1")).isEqualTo("'-A1");
	}

	@Test
	void ordinaryTextAndEmptyStayAsTheyAre() {
		assertThat(CsvWriter.defuse("")).isEmpty();
		assertThat(CsvWriter.defuse("王二")).isEqualTo("王二");
		assertThat(CsvWriter.defuse("0571-88880166")).isEqualTo("0571-88880166");
		assertThat(CsvWriter.defuse("2026-01-05T09:00:00+08:00")).isEqualTo("2026-01-05T09:00:00+08:00");
		assertThat(CsvWriter.line("H1", "", null, "")).isEqualTo("H1,,,");
	}

	@Test
	void quotesOnlyWhatNeedsQuotingAndEndsLinesWithNewline() {
		StringBuilder out = new StringBuilder();
		CsvWriter.withHeader(out, "code", "name", "amount", "date")
			.row("H,COMMA", "=1+2", new BigDecimal("-12.50"), LocalDate.of(2026, 1, 5))
			.row("H1", "say \"hi\"\nagain", new BigDecimal("300.00"), null);

		assertThat(out).hasToString("code,name,amount,date\n" + "\"H,COMMA\",'=1+2,-12.50,2026-01-05\n"
				+ "H1,\"say \"\"hi\"\"\nagain\",300.00,\n");
	}

	@Test
	void whatItWritesParsesBackToTheHeadersWidth() throws Exception {
		StringBuilder out = new StringBuilder();
		CsvWriter.withHeader(out, "a", "b", "c").row("x,y", "\"", "\r\n").row("", "", "");

		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();

		assertThat(records).hasSize(3).allSatisfy(r -> assertThat(r.size()).isEqualTo(3));
		assertThat(records.get(1).values()).containsExactly("x,y", "\"", "'\r\n");
		assertThat(records.get(2).values()).containsExactly("", "", "");
	}

}
