package io.arrears.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import io.arrears.dunning.ArrearsExport;
import io.arrears.dunning.DunningRuns;
import io.arrears.dunning.VectorLoader;
import io.arrears.finance.MonthEndRuns.MonthEndSummary;
import io.arrears.testing.TestDatabase;

/**
 * The month-end pack of the estate60 vector as of 2026-06-30 against the vector's
 * expected arrears, aggregated here independently, household by household. The season is
 * run once per class (about 180 daily dunning runs); the month-end itself runs the last
 * day's assessment, as it would at 08:00 on a month's last day had the 07:00 run not
 * happened. Run on H2 and MariaDB by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MonthEndJobTests {

	private static final LocalDate JUNE_30 = LocalDate.parse("2026-06-30");

	private static final List<String> STAGES = List.of("CURRENT", "GRACE", "BULLETIN", "REMINDER_1", "REMINDER_2",
			"REMINDER_3", "REMINDER_4", "REMINDER_5", "REMINDER_6", "REMINDER_7", "REMINDER_8", "REMINDER_9",
			"REMINDER_10", "OPEN_LETTER", "LAWYER_LETTER", "LEGAL");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DunningRuns dunningRuns;

	@Autowired
	MonthEndRuns monthEndRuns;

	@Autowired
	ArrearsExport arrearsExport;

	@Value("${arrears.output-dir}")
	Path outputDir;

	MonthEndSummary first;

	@BeforeAll
	void aSeasonThenTheMonthEnd() throws Exception {
		TestDatabase.wipe(dataSource);
		FileSystemUtils.deleteRecursively(outputDir);
		VectorLoader.load(jdbc, "estate60");
		dunningRuns.run(LocalDate.parse("2026-01-01"), JUNE_30.minusDays(1), day -> {
		});
		first = monthEndRuns.run(JUNE_30);
	}

	@Test
	void theMonthEndRunsTheDaysAssessmentThenWritesEachEstatesPack() throws IOException {
		assertThat(first.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(first.alreadyDone()).isFalse();
		assertThat(first.assessment().alreadyDone()).as("June 30 was not assessed before").isFalse();
		assertThat(first.assessment().status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(first.estates()).isEqualTo(2);
		assertThat(first.households()).isEqualTo(60);
		assertThat(first.inArrears()).isEqualTo(26);
		assertThat(first.files()).isEqualTo(12);
		for (String estate : List.of("E01", "E02")) {
			try (var files = Files.list(folder(estate))) {
				assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("aging-2026-06-30.csv",
						"collection-2026-06-30.csv", "kpi-2026-06-30.csv", "kpi-trend-2026-06-30.csv",
						"limitation-ended-2026-06-30.csv", "month-end-2026-06-30.pdf");
			}
		}
	}

	@Test
	void theAgingReportAgreesWithTheArrearsExportHouseholdForHousehold() throws IOException {
		StringWriter export = new StringWriter();
		arrearsExport.write(JUNE_30, export);
		assertThat(export.toString()).as("the assessment the pack reads is the vector's")
			.isEqualTo(vector("expected-arrears-2026-06-30.csv"));

		for (String estate : List.of("E01", "E02")) {
			assertThat(Files.readString(folder(estate).resolve("aging-2026-06-30.csv"), StandardCharsets.UTF_8))
				.isEqualTo(expectedAging(estate));
		}
	}

	@Test
	void theFiguresCountTheVectorsHouseholdsAndNotices() throws IOException {
		for (String estate : List.of("E01", "E02")) {
			Map<String, String[]> kpis = new LinkedHashMap<>();
			for (String line : lines(Files.readString(folder(estate).resolve("kpi-2026-06-30.csv")))) {
				String[] f = line.split(",", -1);
				kpis.put(f[2], f);
			}
			List<String[]> households = expectedRows(estate);
			long inArrears = households.stream().filter(h -> !h[2].equals("CURRENT")).count();
			long beyond = households.stream().filter(h -> Integer.parseInt(h[3]) >= 60).count();
			assertThat(kpis.get("in_arrears")).startsWith(estate, "2026-06-30", "in_arrears", Long.toString(inArrears),
					Integer.toString(households.size()));
			assertThat(kpis.get("beyond_target")).startsWith(estate, "2026-06-30", "beyond_target",
					Long.toString(beyond), Integer.toString(households.size()));
			assertThat(kpis.get("beyond_target")[6]).isEqualTo("0.1000");
			assertThat(kpis.get("beyond_target")[7]).isEqualTo(Boolean.toString(beyond * 10 < households.size()));
			Map<String, Long> issuedInJune = new TreeMap<>(Map.of("REMINDER", 0L, "LAWYER_LETTER", 0L));
			for (String[] n : rows("expected-notices.csv")) {
				if (n[0].startsWith(estate + "-") && n[4].startsWith("2026-06-")) {
					issuedInJune.merge(n[1], 1L, Long::sum);
				}
			}
			issuedInJune
				.forEach((kind, count) -> assertThat(kpis.get("notices_" + kind)[3]).isEqualTo(count.toString()));
		}
	}

	@Test
	void theTrendShowsTheMonthsAssessedAndLeavesTheOthersEmpty() throws IOException {
		List<String> trend = lines(Files.readString(folder("E01").resolve("kpi-trend-2026-06-30.csv")));
		assertThat(trend).hasSize(12);
		assertThat(trend.get(0)).isEqualTo("E01,2025-07,2025-07-31,,,,,");
		assertThat(trend.get(5)).isEqualTo("E01,2025-12,2025-12-31,,,,,");
		List<String[]> e01 = expectedRows("E01");
		long inArrears = e01.stream().filter(h -> !h[2].equals("CURRENT")).count();
		assertThat(trend.get(11)).startsWith("E01,2026-06,2026-06-30," + e01.size() + "," + inArrears + ",");
		for (int month = 6; month < 12; month++) {
			assertThat(trend.get(month).split(",", -1)[3]).as("month %d assessed", month).isNotEmpty();
		}
	}

	@Test
	void thePdfShowsTheSameTotalsInChinese() throws IOException {
		for (String estate : List.of("E01", "E02")) {
			List<String[]> rows = expectedRows(estate);
			BigDecimal principal = sum(rows, 5);
			BigDecimal lateFeePosted = sum(rows, 6);
			try (PDDocument pdf = Loader.loadPDF(folder(estate).resolve("month-end-2026-06-30.pdf").toFile())) {
				String text = new PDFTextStripper().getText(pdf);
				assertThat(text).contains("月末财务报表", estate.equals("E01") ? "锦绣花园" : "翠湖名苑", "截至2026年6月30日",
						"欠费账龄（按催缴阶段）", "欠费账龄（按逾期天数）", "催收指标", "律师函后30天内缴清率", "第十次催缴通知", "近十二个月欠费率", "2026年6月", "无数据",
						"目标 < 10.0%");
				String totalLine = "合计 " + rows.size() + " " + amount(principal) + " " + amount(lateFeePosted);
				assertThat(text).as("the total line of the aging by stage and by days").contains(totalLine);
				assertThat(text.split(Pattern.quote(totalLine), -1)).hasSize(3);
				PDFont font = pdf.getPage(0)
					.getResources()
					.getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
				assertThat(font.getName()).contains("NotoSansSC");
				assertThat(font.isEmbedded()).isTrue();
			}
		}
	}

	@Test
	void runningTheSameDateAgainChangesNothing() throws Exception {
		Path pdf = folder("E01").resolve("month-end-2026-06-30.pdf");
		byte[] before = Files.readAllBytes(pdf);
		FileTime written = Files.getLastModifiedTime(pdf);
		Integer executions = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class);

		MonthEndSummary again = monthEndRuns.run(JUNE_30);

		assertThat(again.alreadyDone()).isTrue();
		assertThat(again.assessment().alreadyDone()).isTrue();
		assertThat(again.estates()).isEqualTo(2);
		assertThat(again.files()).isEqualTo(12);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class))
			.isEqualTo(executions);
		assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(written);
		assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
	}

	/**
	 * The aging CSV as it must be, aggregated here from the vector's expected arrears.
	 */
	private static String expectedAging(String estate) {
		List<String[]> rows = expectedRows(estate);
		Map<String, List<String[]>> byStage = new LinkedHashMap<>();
		STAGES.forEach(s -> byStage.put(s, new ArrayList<>()));
		Map<String, List<String[]>> byDays = new LinkedHashMap<>();
		for (String b : List.of("0", "1-30", "31-60", "61-90", "91-180", "181-365", ">365")) {
			byDays.put(b, new ArrayList<>());
		}
		for (String[] r : rows) {
			byStage.get(r[2]).add(r);
			int days = Integer.parseInt(r[3]);
			String bucket = days == 0 ? "0" : days <= 30 ? "1-30" : days <= 60 ? "31-60"
					: days <= 90 ? "61-90" : days <= 180 ? "91-180" : days <= 365 ? "181-365" : ">365";
			byDays.get(bucket).add(r);
		}
		StringBuilder csv = new StringBuilder(
				"estate_code,as_of,dimension,key,households,principal_overdue,late_fee_posted,late_fee_outstanding,prior_year_principal\n");
		Map<String, Map<String, List<String[]>>> dimensions = new LinkedHashMap<>();
		dimensions.put("stage", byStage);
		dimensions.put("days_overdue", byDays);
		dimensions.forEach((dimension, groups) -> {
			groups.forEach((key, group) -> csv.append(line(estate, dimension, key, group)));
			csv.append(line(estate, dimension, "TOTAL", rows));
		});
		return csv.toString();
	}

	private static String line(String estate, String dimension, String key, List<String[]> group) {
		return String.join(",", estate, "2026-06-30", dimension, key, Integer.toString(group.size()),
				sum(group, 5).toPlainString(), sum(group, 6).toPlainString(), sum(group, 7).toPlainString(),
				sum(group, 8).toPlainString()) + "\n";
	}

	private static BigDecimal sum(List<String[]> rows, int column) {
		return rows.stream().map(r -> new BigDecimal(r[column])).reduce(new BigDecimal("0.00"), BigDecimal::add);
	}

	private static String amount(BigDecimal amount) {
		return String.format(Locale.ROOT, "%,.2f", amount);
	}

	/**
	 * The expected-arrears rows of one estate: its households' codes start with the
	 * estate's.
	 */
	private static List<String[]> expectedRows(String estate) {
		return rows("expected-arrears-2026-06-30.csv").stream().filter(r -> r[0].startsWith(estate + "-")).toList();
	}

	private static List<String[]> rows(String file) {
		return lines(vector(file)).stream().map(l -> l.split(",", -1)).toList();
	}

	/** The lines after the header. */
	private static List<String> lines(String csv) {
		List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\n")));
		lines.remove(0);
		return lines;
	}

	private static String vector(String file) {
		try (InputStream in = MonthEndJobTests.class.getResourceAsStream("/vectors/estate60/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private Path folder(String estate) {
		return outputDir.toAbsolutePath().normalize().resolve(estate).resolve("2026-06-30").resolve("MONTH_END");
	}

}
