package io.arrears.cli;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.testing.CliDatabase;
import io.arrears.testing.TestDatabase;

/**
 * The {@code collect} vector as a user runs it: {@code import} the ledger's files with
 * the collectors, contacts and holds, {@code run dunning} every day of 2026-01-01 … 04-30
 * with {@code import --receipts} after 03-20 (the receipts name notices the run issued,
 * and the case files opened on 03-21 state them), then {@code export arrears} equals the
 * expected file byte for byte and {@code export
 * notices} lists the expected notices: the promises of H11 and H12 and the holds of H13
 * and H14 kept their notices back, H13's dispute deferred its late fees, held households
 * were worked by {@code MANAGER}; the lawyer's letter's registry row took its tracking
 * number, and the case files of H2 and H16 state each charge's limitation period and the
 * receipt that restarted it (SPEC §10). One import and one run of the range per database.
 */
abstract class CollectVectorEndToEndTests {

	static final String VECTOR = "collect";

	@TempDir
	Path dir;

	abstract CliDatabase database();

	@BeforeEach
	void emptyDatabase() {
		// the schema may not exist yet on a fresh database: a first command creates it
		cli("export", "notices", "--from", "2026-01-01", "--to", "2026-01-01");
		TestDatabase.wipe(database().dataSource());
	}

	@Test
	void importRunAndExportReproduceTheCollectVector() throws IOException {
		Result imported = cli("import", "--estates", copy("estates.csv"), "--households", copy("households.csv"),
				"--ledger", copy("ledger.csv"), "--collectors", copy("collectors.csv"), "--contacts",
				copy("contacts.csv"), "--holds", copy("holds.csv"));
		assertThat(imported.exit).as(imported.err).isEqualTo(Cli.OK);
		// the receipts come back before the case files are opened on 03-21 (day 75 of the
		// episode of 01-05): the case files state them
		Result run = cli("run", "dunning", "--from", "2026-01-01", "--to", "2026-03-20");
		assertThat(run.exit).as(run.err).isEqualTo(Cli.OK);
		Result receipts = cli("import", "--receipts", copy("receipts.csv"));
		assertThat(receipts.exit).as(receipts.err + receipts.out).isEqualTo(Cli.OK);
		assertThat(receipts.out).contains("2 read, 2 imported");
		Result rest = cli("run", "dunning", "--from", "2026-03-21", "--to", "2026-04-30");
		assertThat(rest.exit).as(rest.err).isEqualTo(Cli.OK);
		Path unknown = dir.resolve("receipts-unknown.csv");
		Files.writeString(unknown, new String(bytes("receipts.csv"), StandardCharsets.UTF_8).lines().findFirst().get()
				+ "\nH1,REMINDER,1,2026-01-05,2026-01-20,SIGNED,,2026-01-21T09:00:00\n");
		Result rejected = cli("import", "--receipts", unknown.toString());
		assertThat(rejected.exit).isEqualTo(Cli.REJECTED_ROWS);
		assertThat(Files.readString(dir.resolve("receipts-unknown.csv.rejects.csv")))
			.contains("2,\"no REMINDER 1 of the episode due 2026-01-05 was ever issued to H1");

		// the notices the promises and holds kept back, and why
		JdbcTemplate jdbc = new JdbcTemplate(database().dataSource());
		assertThat(jdbc.queryForList("SELECT DISTINCT cause_reference FROM notice_suppression ORDER BY cause_reference",
				String.class))
			.containsExactly("HD-H13-1", "HD-H14-1", "K-H11-1", "K-H12-1");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stage_history WHERE household_code = 'H13'"
				+ " AND as_of = DATE '2026-04-08' AND listed_publicly = FALSE", Integer.class))
			.isEqualTo(1);

		Path arrears = dir.resolve("arrears.csv");
		Path notices = dir.resolve("notices.csv");
		assertThat(cli("export", "arrears", "--as-of", "2026-04-30", "--out", arrears.toString()).exit)
			.isEqualTo(Cli.OK);
		assertThat(cli("export", "notices", "--from", "2026-01-01", "--to", "2026-04-30", "--out",
				notices.toString()).exit)
			.isEqualTo(Cli.OK);

		assertThat(Files.readAllLines(arrears)).containsExactlyElementsOf(lines("expected-arrears-2026-04-30.csv"));
		assertThat(Files.readAllBytes(arrears)).isEqualTo(bytes("expected-arrears-2026-04-30.csv"));
		assertThat(firstFiveColumns(Files.readAllLines(notices)))
			.containsExactlyElementsOf(lines("expected-notices.csv"));
		// the registry row of the letter took its receipt's tracking number (SPEC §10)
		assertThat(Files.readAllLines(notices)).filteredOn(l -> l.startsWith("H2,LAWYER_LETTER,"))
			.singleElement(as(STRING))
			.endsWith(",2026-03-09,EMS,EA123456789CN");
		caseFilesStateThePeriodAndTheEvidence(jdbc);

		Path limitation = dir.resolve("limitation.csv");
		Result watch = cli("export", "limitation", "--as-of", "2026-04-30", "--within", "1200", "--out",
				limitation.toString());
		assertThat(watch.exit).as(watch.err).isEqualTo(Cli.OK);
		assertThat(Files.readAllLines(limitation))
			.containsExactlyElementsOf(lines("expected-limitation-2026-04-30.csv"));
		assertThat(Files.readAllBytes(limitation)).isEqualTo(bytes("expected-limitation-2026-04-30.csv"));

		for (String date : List.of("2026-02-02", "2026-02-05", "2026-04-08", "2026-04-30")) {
			Path list = dir.resolve("worklist-" + date + ".csv");
			Result w = cli("export", "worklist", "--as-of", date, "--out", list.toString());
			assertThat(w.exit).as(w.err).isEqualTo(Cli.OK);
			List<String> expected = lines("expected-worklist-" + date + ".csv");
			assertThat(columns(Files.readAllLines(list), expected.get(0).split(","))).as("work list of " + date)
				.containsExactlyElementsOf(expected);
		}
		Path c01 = dir.resolve("worklist-c01.csv");
		assertThat(
				cli("export", "worklist", "--as-of", "2026-02-02", "--collector", "C01", "--out", c01.toString()).exit)
			.isEqualTo(Cli.OK);
		assertThat(Files.readAllLines(c01)).hasSize(8)
			.allMatch(l -> l.startsWith("C01,") || l.startsWith("collector_code"));

		theDunningRunWroteTheWorkListsOwnerOnly();
		theDunningRunWroteTheDailyReviewAndTheExportAgrees();
	}

	/**
	 * Each dunning run wrote the day's review under {@code REVIEW/}, owner-only, equal to
	 * {@code export review}: C02 recovered nothing of its 600.00 while C01 recovered
	 * 600.00 of its 2,100.00 from 02-03 on, so C02 ranks last three days running on
	 * 02-05; from H3's payment on 02-20 (300.00 of 600.00, 50 %) C02 ranks first and C01
	 * (42.86 %) last, marked on 02-22. H15 is unassigned, unranked and the one LIMITATION
	 * flag.
	 */
	private void theDunningRunWroteTheDailyReviewAndTheExportAgrees() throws IOException {
		String header = String.join(",", io.arrears.collection.ReviewLine.COLUMNS);
		assertThat(review("2026-02-02")).containsExactly(header,
				"E01,-,,1,0,0,900.00,0.00,0.00,0.0000,0,0,0,0,1,,false",
				"E01,C01,陈主管,7,0,0,2100.00,0.00,0.00,0.0000,0,0,0,1,0,1,false",
				"E01,C02,李经理,2,0,0,600.00,0.00,0.00,0.0000,0,0,0,0,0,1,false");
		assertThat(review("2026-02-05")).containsExactly(header,
				"E01,-,,1,0,0,900.00,0.00,0.00,0.0000,0,0,0,0,1,,false",
				"E01,C01,陈主管,6,1,0,2100.00,0.00,600.00,0.2857,0,0,0,0,0,1,false",
				"E01,C02,李经理,2,0,0,600.00,0.00,0.00,0.0000,0,0,0,0,0,2,true");
		assertThat(review("2026-02-21")).contains("E01,C01,陈主管,8,0,0,2100.00,0.00,900.00,0.4286,0,0,1,0,0,2,false",
				"E01,C02,李经理,2,0,0,600.00,0.00,300.00,0.5000,0,0,0,0,0,1,false");
		assertThat(review("2026-02-22")).contains("E01,C01,陈主管,8,0,0,2100.00,0.00,900.00,0.4286,0,0,0,0,0,2,true");
		Path folder = dir.resolve("out/E01/2026-02-20/REVIEW");
		assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
		for (String file : List.of("review-2026-02-20.csv", "review-2026-02-20.pdf")) {
			assertThat(Files.getPosixFilePermissions(folder.resolve(file)))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		}
		List<String> page = pages(folder.resolve("review-2026-02-20.pdf"));
		assertThat(page).hasSize(1);
		String text = page.get(0);
		assertThat(text).contains("锦绣花园 每日收费分析", "2026年2月20日", "C02 李经理 2 0 0 600.00 300.00 300.00 50.00%",
				"C01 陈主管 8 0 0 2,100.00 0.00 900.00 42.86%", "未分配");
		assertThat(text.indexOf("C02 李经理")).isLessThan(text.indexOf("C01 陈主管"));
	}

	/** {@code export review} of the date, which equals the file its dunning run wrote. */
	private List<String> review(String date) throws IOException {
		Path review = dir.resolve("review-" + date + ".csv");
		Result r = cli("export", "review", "--as-of", date, "--out", review.toString());
		assertThat(r.exit).as(r.err).isEqualTo(Cli.OK);
		List<String> lines = Files.readAllLines(review);
		assertThat(Files.readAllLines(dir.resolve("out/E01/" + date + "/REVIEW/review-" + date + ".csv")))
			.as("the run's review of " + date)
			.isEqualTo(lines);
		return lines;
	}

	/**
	 * Each dunning run wrote the estate's work lists of its day under {@code WORKLIST/}:
	 * the CSV equals the expected list (and the export), the PDF names each collector's
	 * households with their phones and flags, and only the service user can read them.
	 */
	private void theDunningRunWroteTheWorkListsOwnerOnly() throws IOException {
		for (String date : List.of("2026-02-02", "2026-02-05", "2026-04-08", "2026-04-30")) {
			Path folder = dir.resolve("out/E01/" + date + "/WORKLIST");
			Path csv = folder.resolve("worklist-" + date + ".csv");
			List<String> expected = lines("expected-worklist-" + date + ".csv");
			assertThat(columns(Files.readAllLines(csv), expected.get(0).split(","))).as("work list of " + date)
				.containsExactlyElementsOf(expected);
			assertThat(Files.readAllLines(csv)).as("the run's list is the export's")
				.isEqualTo(Files.readAllLines(dir.resolve("worklist-" + date + ".csv")));
			assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
			assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			Path pdf = folder.resolve("worklist-" + date + ".pdf");
			assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		}
		// no public document beside them, no list among the public ones
		assertThat(Files.list(dir.resolve("out/E01/2026-02-02/WORKLIST")).map(p -> p.getFileName().toString()))
			.containsExactlyInAnyOrder("worklist-2026-02-02.csv", "worklist-2026-02-02.pdf");
		try (var all = Files.walk(dir.resolve("out"))) {
			assertThat(all.filter(p -> p.getFileName().toString().startsWith("worklist-")))
				.allMatch(p -> p.getParent().getFileName().toString().equals("WORKLIST"));
		}

		List<String> pages = pages(dir.resolve("out/E01/2026-02-02/WORKLIST/worklist-2026-02-02.pdf"));
		// one page group per collector: the unassigned, C01's seven, C02's two
		assertThat(pages).hasSize(3);
		assertThat(pages.get(0)).contains("未分配", "H15", "褚十五", "13800000015", "诉讼时效将届满", "2026-07-31");
		assertThat(pages.get(1)).contains("C01 陈主管", "主管组", "共7户", "H12", "郑十二", "13800000012", "承诺已违约", "H11", "已承诺缴费",
				"承诺：2026-02-05 300.00", "H13", "H16", "H2", "H6", "H9", "结果：");
		assertThat(pages.get(1).indexOf("H12")).isLessThan(pages.get(1).indexOf("H11"));
		assertThat(pages.get(2)).contains("C02 李经理", "经理组", "共2户", "H14", "暂停催缴中", "H3", "张三丰").doesNotContain("H12");
	}

	private static List<String> pages(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				pages.add(stripper.getText(document));
			}
			return pages;
		}
	}

	/**
	 * The case files of H2 and H16, read back with PDFBox, state each overdue charge's
	 * period as the expected limitation file has it (no interruption came after the
	 * file's date), the days left from the file's date, and the receipt that restarted
	 * it.
	 */
	private void caseFilesStateThePeriodAndTheEvidence(JdbcTemplate jdbc) throws IOException {
		for (String household : List.of("H2", "H16")) {
			Map<String, Object> file = jdbc.queryForMap(
					"SELECT issued_on, file_path FROM notice WHERE household_code = ? AND kind = 'CASE_FILE'",
					household);
			LocalDate asOf = ((java.sql.Date) file.get("issued_on")).toLocalDate();
			assertThat(asOf).isEqualTo("2026-03-21");
			// a case file names the owner: the service user's alone, as the work lists
			Path caseFile = dir.resolve("out").resolve((String) file.get("file_path"));
			assertThat(Files.getPosixFilePermissions(caseFile.getParent()))
				.isEqualTo(PosixFilePermissions.fromString("rwx------"));
			assertThat(Files.getPosixFilePermissions(caseFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			String text;
			try (PDDocument pdf = Loader.loadPDF(dir.resolve("out").resolve((String) file.get("file_path")).toFile())) {
				text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]", "");
			}
			int periods = 0;
			for (String line : lines("expected-limitation-2026-04-30.csv")) {
				String[] f = line.split(",");
				if (!f[0].equals(household) || !LocalDate.parse(f[2]).isBefore(asOf)) {
					continue;
				}
				LocalDate ends = LocalDate.parse(f[6]);
				assertThat(text).as(household + " " + f[1])
					.contains(f[1] + chinese(f[2]) + f[3] + START_KINDS.get(f[4]) + chinese(f[5]) + chinese(f[6])
							+ ChronoUnit.DAYS.between(asOf, ends));
				periods++;
			}
			assertThat(periods).as(household).isEqualTo(3);
		}
		try (PDDocument pdf = Loader.loadPDF(caseFile(jdbc, "H2").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]", ""))
				.contains("2026年3月9日送达律师函EMS邮寄送达，运单号：EA123456789CNC-H2-01、C-H2-02、C-H2-03");
		}
		try (PDDocument pdf = Loader.loadPDF(caseFile(jdbc, "H16").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]", ""))
				.contains("2026年2月8日送达第六次催缴通知书业主签收回执C-H16-2601、C-H16-2602");
		}
	}

	private static final Map<String, String> START_KINDS = Map.of("DUE", "到期", "PAYMENT", "收款", "PROMISE", "承诺还款",
			"RECEIPT", "送达", "LITIGATION", "起诉");

	private Path caseFile(JdbcTemplate jdbc, String household) {
		return dir.resolve("out")
			.resolve(jdbc.queryForObject("SELECT file_path FROM notice WHERE household_code = ? AND kind = 'CASE_FILE'",
					String.class, household));
	}

	/** 2029年3月8日 for 2029-03-08, as the documents write dates. */
	private static String chinese(String iso) {
		LocalDate d = LocalDate.parse(iso);
		return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
	}

	private record Result(int exit, String out, String err) {
	}

	private Result cli(String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(database().arguments());
		all.add("--arrears.output-dir=" + dir.resolve("out"));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
		return new Result(exit, out.toString(), err.toString());
	}

	private String copy(String file) throws IOException {
		Path target = dir.resolve(file);
		Files.write(target, bytes(file));
		return target.toString();
	}

	private static List<String> lines(String file) throws IOException {
		return new String(bytes(file), StandardCharsets.UTF_8).lines().toList();
	}

	private static byte[] bytes(String file) throws IOException {
		try (InputStream in = CollectVectorEndToEndTests.class.getResourceAsStream("/vectors/" + VECTOR + "/" + file)) {
			return in.readAllBytes();
		}
	}

	/** The named columns of a CSV without quoted commas, in the order named. */
	private static List<String> columns(List<String> lines, String[] names) {
		List<String> header = Arrays.asList(lines.get(0).split(",", -1));
		return lines.stream().map(l -> {
			String[] f = l.split(",", -1);
			return String.join(",", Arrays.stream(names).map(n -> f[header.indexOf(n)]).toList());
		}).toList();
	}

	private static List<String> firstFiveColumns(List<String> lines) {
		return lines.stream().map(l -> String.join(",", Arrays.copyOf(l.split(",", -1), 5))).toList();
	}

}
