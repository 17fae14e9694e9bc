package io.arrears.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import io.arrears.collection.CollectionImport;
import io.arrears.collection.CollectionImportRequest;
import io.arrears.dunning.VectorLoader;
import io.arrears.testing.TestDatabase;

/**
 * The month's collection work in the month-end pack (SPEC §9, §10), on the
 * {@code collect} vector: February's pack names what each collector recovered, the
 * contacts and the promises made, kept and broken; July's lists H15's charge of June
 * 2023, whose limitation period ends on 2026-07-31 (money that can no longer be claimed
 * in court from August on). Each month-end runs its own day's assessment; nothing else is
 * run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MonthEndCollectionTests {

	private static final LocalDate FEBRUARY = LocalDate.parse("2026-02-28");

	private static final LocalDate JULY = LocalDate.parse("2026-07-31");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CollectionImport collectionImport;

	@Autowired
	MonthEndRuns monthEndRuns;

	@Value("${arrears.output-dir}")
	Path outputDir;

	@BeforeAll
	void theCollectVectorThenTwoMonthEnds() throws Exception {
		TestDatabase.wipe(dataSource);
		FileSystemUtils.deleteRecursively(outputDir);
		VectorLoader.load(jdbc, "collect");
		Path dir = Files.createTempDirectory("month-end-collection");
		collectionImport.run(new CollectionImportRequest(copy(dir, "collectors.csv"), copy(dir, "contacts.csv"),
				copy(dir, "holds.csv"), null, null));
		assertThat(monthEndRuns.run(FEBRUARY).status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(monthEndRuns.run(JULY).status()).isEqualTo(BatchStatus.COMPLETED);
	}

	private static Path copy(Path dir, String name) throws IOException {
		Path target = dir.resolve(name);
		try (var in = new ClassPathResource("vectors/collect/" + name).getInputStream()) {
			Files.copy(in, target);
		}
		return target;
	}

	private Path folder(LocalDate asOf) {
		return outputDir.resolve("E01/" + asOf + "/MONTH_END");
	}

	@Test
	void februarysPackCountsEachCollectorsRecoveryContactsAndPromises() throws IOException {
		// On 02-28 (54 days after January's due date) the households still owing January
		// are LEGAL's: C02 (MANAGER) works H2, H3, H9, H13, H14 and H16, 300.00 each
		// overdue on 02-01: 1,800.00, of which H3 paid 300.00 on 02-20: 16.67 %. C01
		// (SUPERVISOR) keeps H6, H11 and H12, who owe only February's charge: their
		// 900.00 of 02-01 were all paid (H6 and H11 on 02-03, H12 on 02-18): 100 %. C01
		// logged one contact (H12's second promise, 02-10); H11's promise was kept
		// (judged 02-06), H12's first broken (02-02), its second kept (02-21). H15 is
		// no one's: 900.00, nothing paid.
		assertThat(Files.readAllLines(folder(FEBRUARY).resolve("collection-2026-02-28.csv"))).containsExactly(
				MonthEndCsv.COLLECTION_HEADER, "E01,2026-02-28,-,,900.00,0.00,0.0000,0,0,0,0",
				"E01,2026-02-28,C01,陈主管,900.00,900.00,1.0000,1,1,2,1",
				"E01,2026-02-28,C02,李经理,1800.00,300.00,0.1667,0,0,0,0");
		assertThat(Files.readAllLines(folder(FEBRUARY).resolve("limitation-ended-2026-02-28.csv")))
			.containsExactly(MonthEndCsv.LIMITATION_HEADER);
		String pdf = text(folder(FEBRUARY).resolve("month-end-2026-02-28.pdf"));
		assertThat(pdf).contains("六、本月催收员业绩", "C01 陈主管 900.00 900.00 1 1 / 2 / 1 100.0%",
				"C02 李经理 1,800.00 300.00 0 0 / 0 / 0 16.7%", "本月无届满诉讼时效的欠费");
	}

	@Test
	void julysPackListsTheChargeWhoseLimitationPeriodEndsInJuly() throws IOException {
		// H15's June 2023 charge: its period started again with the payment of
		// 2023-08-01 and ends 2026-07-31; September 2023's ends 2026-09-04, not in July
		assertThat(Files.readAllLines(folder(JULY).resolve("limitation-ended-2026-07-31.csv"))).containsExactly(
				MonthEndCsv.LIMITATION_HEADER,
				"E01,2026-07-31,H15,C-H15-2306,2023-06-05,300.00,PAYMENT,2023-08-01,2026-07-31");
		String pdf = text(folder(JULY).resolve("month-end-2026-07-31.pdf"));
		assertThat(pdf).contains("七、本月届满诉讼时效的欠费", "H15 · C-H15-2306", "2023年6月5日 300.00 缴费 2023年8月", "2026年7月31日",
				"合计 300.00");
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
