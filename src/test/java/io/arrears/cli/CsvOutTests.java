package io.arrears.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.arrears.demo.DemoEstate;

/**
 * Every CSV the pipeline writes, with data a hostile or careless owner's file holds: a
 * household code with a comma ({@code H,COMMA}), an owner named {@code =1+2}, an estate
 * code and name that begin with {@code -} and {@code @}, an input folder with a comma in
 * its name. Each file the data reaches (the import's rejects, both exports, the month-end
 * CSVs and a corrected aging report, the reconciliation report, {@code jobs
 * list}, {@code schedule list}) parses to rows of its header's width, and no cell would
 * run as a formula in a spreadsheet (SPEC §7).
 */
abstract class CsvOutTests extends CliSessionTests {

	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	@Test
	void everyCsvWrittenParsesToItsHeadersWidthAndRunsNoFormula() throws IOException {
		Path input = Files.createDirectories(dir.resolve("in,put"));
		Path estates = write(input, "estates.csv", "estate_code,name,company_name,service_phone,manager_name,address",
				"-E01,@锦绣花园,安居物业服务有限公司,0571-88880166,=李经理,杭州市西湖区锦绣花园");
		Path households = write(input, "households.csv",
				"household_code,estate_code,building,unit,room,area_sqm,owner_name,owner_phone,mailing_address,tags",
				"\"H,COMMA\",-E01,1,1,0101,100.00,=1+2,13800000001,锦绣花园1幢1单元0101室,",
				"H2,-E01,1,1,0102,100.00,王二,13800000002,,", "\"H,BAD\",-E01,1,1,0103,x,=1+2,,,");
		Path ledger = write(input, "ledger.csv",
				"reference,household_code,entry_type,fee_item,period,amount,effective_date,recorded_at,reverses",
				"C-1,\"H,COMMA\",CHARGE,物业费,2026-01,300.00,2026-01-05,2026-01-01T09:00:00,",
				"C-2,H2,CHARGE,物业费,2026-01,300.00,2026-01-05,2026-01-01T09:00:00,",
				"=BAD,\"H,COMMA\",PAYMENT,,,x,2026-01-06,,");
		assertThat(run("import", "--estates", estates.toString(), "--households", households.toString(), "--ledger",
				ledger.toString()))
			.as(err)
			.isEqualTo(3);
		assertThat(run("run", "dunning", "--from", "2026-01-01", "--to", "2026-01-31")).as(err).isZero();
		Path arrears = dir.resolve("arrears.csv");
		Path notices = dir.resolve("notices.csv");
		assertThat(run("export", "arrears", "--as-of", "2026-01-31", "--out", arrears.toString())).as(err).isZero();
		assertThat(run("export", "notices", "--from", "2026-01-01", "--to", "2026-01-31", "--out", notices.toString()))
			.as(err)
			.isZero();
		assertThat(run("run", "month-end", "--as-of", "2026-01-31")).as(err).isZero();
		// a payment recorded after the runs: the restate re-runs differ for H,COMMA
		Path late = write(input, "late.csv",
				"reference,household_code,entry_type,fee_item,period,amount,effective_date,recorded_at,reverses",
				"P-1,\"H,COMMA\",PAYMENT,,,300.00,2026-01-10,,");
		assertThat(run("import", "--ledger", late.toString())).as(err).isZero();
		assertThat(
				run("rerun", "dunning", "--from", "2026-01-31", "--to", "2026-01-31", "--mode", "restate", "--dry-run"))
			.as(err)
			.isZero();
		assertThat(run("rerun", "month-end", "--from", "2026-01-31", "--to", "2026-01-31", "--mode", "restate")).as(err)
			.isZero();

		Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
		files.put("households rejects", parse(Files.readString(input.resolve("households.csv.rejects.csv"))));
		files.put("ledger rejects", parse(Files.readString(input.resolve("ledger.csv.rejects.csv"))));
		files.put("export arrears", parse(Files.readString(arrears)));
		files.put("export notices", parse(Files.readString(notices)));
		try (Stream<Path> written = Files.walk(dir.resolve("out"))) {
			for (Path csv : written.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
				List<CSVRecord> records = parse(Files.readString(csv));
				if (csv.getFileName().toString().startsWith("limitation-ended-")) {
					// no charge of a one-month ledger reaches the end of its period: the
					// header alone
					assertThat(records).as(csv.toString()).hasSize(1);
					continue;
				}
				files.put(dir.resolve("out").relativize(csv).toString(), records);
			}
		}
		assertThat(run("jobs", "list", "--limit", "100")).as(err).isZero();
		files.put("jobs list", parse(out));
		assertThat(run("schedule", "list", "--from", "2026-01-01", "--to", "2026-01-31")).as(err).isZero();
		files.put("schedule list", parse(out));

		assertThat(files.keySet()).anyMatch(f -> f.matches(".*MONTH_END/aging-2026-01-31\\.csv"))
			.anyMatch(f -> f.matches(".*MONTH_END/kpi-2026-01-31\\.csv"))
			.anyMatch(f -> f.matches(".*MONTH_END/kpi-trend-2026-01-31\\.csv"))
			.anyMatch(f -> f.matches(".*MONTH_END/aging-2026-01-31-corrected-.*\\.csv"))
			.anyMatch(f -> f.matches("audit/rerun-dunning-.*\\.csv"));
		files.forEach(CsvOutTests::assertSafe);

		// the data reached them, one cell each, defused where it would run
		assertThat(files.get("households rejects").get(1).values()).containsExactly("4",
				"bad number in area_sqm: 'x', expected digits with a decimal point",
				"\"H,BAD\",-E01,1,1,0103,x,=1+2,,,");
		assertThat(files.get("ledger rejects").get(1).values()).containsExactly("4",
				"bad number in amount: 'x', expected digits with a decimal point",
				"'=BAD,\"H,COMMA\",PAYMENT,,,x,2026-01-06,,");
		assertThat(files.get("export arrears")).extracting(r -> r.get(0))
			.containsExactly("household_code", "H,COMMA", "H2");
		assertThat(files.get("export notices")).extracting(r -> r.get(0)).contains("H,COMMA");
		files.entrySet()
			.stream()
			.filter(f -> f.getKey().contains("MONTH_END"))
			.forEach(f -> assertThat(f.getValue().subList(1, f.getValue().size())).as(f.getKey())
				.isNotEmpty()
				.allSatisfy(r -> assertThat(r.get(0)).isEqualTo("'-E01")));
		Map.Entry<String, List<CSVRecord>> report = files.entrySet()
			.stream()
			.filter(f -> f.getKey().startsWith("audit/rerun-dunning-"))
			.findFirst()
			.orElseThrow();
		assertThat(report.getValue()).extracting(r -> r.get(2)).contains("H,COMMA");
		assertThat(files.get("jobs list")).extracting(r -> r.get(2))
			.anyMatch(parameters -> parameters.contains("in,put"));
	}

	@Test
	void theDemosInputFilesParseToTheirHeadersWidth() throws IOException {
		List<Path> written = new DemoEstate(7, YearMonth.of(2025, 7), YearMonth.of(2026, 6)).write(dir.resolve("demo"),
				5);
		for (Path file : written) {
			assertSafe(file.getFileName().toString(), parse(Files.readString(file, StandardCharsets.UTF_8)));
		}
	}

	private Path write(Path folder, String name, String... lines) throws IOException {
		return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		assertThat(csv).doesNotContain("\r\n").endsWith("\n");
		return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
	}

	private static void assertSafe(String file, List<CSVRecord> records) {
		assertThat(records).as(file).hasSizeGreaterThan(1);
		int width = records.get(0).size();
		for (CSVRecord record : records) {
			assertThat(record.size()).as(file + " line " + record.getRecordNumber()).isEqualTo(width);
			for (String cell : record.values()) {
				// a lone "-" (the unassigned collector, SPEC §9) computes nothing:
				// CsvWriter
				// writes it bare
				assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
						|| PLAIN_NUMBER.matcher(cell).matches() || cell.equals("-"))
					.as(file + ": a cell that would run as a formula: " + cell)
					.isTrue();
			}
		}
	}

}
