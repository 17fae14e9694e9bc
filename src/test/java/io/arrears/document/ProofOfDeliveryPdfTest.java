package io.arrears.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What SPEC §10 puts on paper, read back with PDFBox: the lawyer's letter names a
 * delivery that leaves proof and has a line for its tracking number; the case file states
 * each charge's limitation period and the evidence of every interruption, an ended period
 * included.
 */
class ProofOfDeliveryPdfTest {

	/** Templates compile once per renderer: the one of the other rendering tests. */
	private static final DocumentRenderer RENDERER = RenderedPdfTest.RENDERER;

	@TempDir
	Path out;

	@Test
	void theLawyersLetterGoesByEmsWithALineForTheTrackingNumber() throws IOException {
		Path letter = RENDERER.render(SampleDocuments.lawyerLetter(), out).file();
		assertThat(text(letter)).contains("EMS 邮寄送达", "运单号：____");
		try (PDDocument pdf = Loader.loadPDF(letter.toFile())) {
			assertThat(pdf.getNumberOfPages()).as("the letter still fits one sheet").isEqualTo(1);
		}
	}

	@Test
	void theCaseFileStatesEachPeriodAndTheEvidenceOfEveryInterruption() throws IOException {
		String text = compact(text(RENDERER.render(SampleDocuments.caseFile(), out).file()));
		assertThat(text).contains("五、诉讼时效（3年", "六、时效中断及证据",
				// charge, due, outstanding, last start kind and date, end, days left
				"C-H2-012026年1月5日200.00送达2026年3月9日2029年3月8日1043", "C-H2-032026年3月5日300.00送达2026年3月9日2029年3月8日1043",
				"2026年2月3日收款PAY-H2-0203业主缴款100.00元", "2026年3月9日送达律师函EMS邮寄送达，运单号：EA123456789CN",
				"C-H2-01、C-H2-02、C-H2-03");
	}

	@Test
	void anEndedPeriodAPromiseAndAClaimAreStatedWithTheirEvidence() throws IOException {
		CaseFile sample = SampleDocuments.caseFile();
		CaseFile.Limitation limitation = new CaseFile.Limitation(3,
				List.of(new CaseFile.ChargeLimitation("C-H2-2303", LocalDate.of(2023, 3, 5), new BigDecimal("300.00"),
						"DUE", LocalDate.of(2023, 3, 5), LocalDate.of(2026, 3, 4), -57),
						new CaseFile.ChargeLimitation("C-H2-2602", LocalDate.of(2026, 2, 5), new BigDecimal("300.00"),
								"LITIGATION", LocalDate.of(2026, 4, 20), LocalDate.of(2029, 4, 19), 1085)),
				List.of(new CaseFile.Restart(LocalDate.of(2026, 2, 10),
						new CaseFile.PromiseEvidence("K-H2-3", "VISIT", "C01", "陈主管", LocalDate.of(2026, 2, 20), null),
						List.of("C-H2-2602")),
						new CaseFile.Restart(LocalDate.of(2026, 4, 20),
								new CaseFile.ClaimEvidence("HD-H2-1", LocalDate.of(2026, 7, 18), "李经理"),
								List.of("C-H2-2602"))));
		CaseFile file = new CaseFile(sample.estate(), sample.household(), sample.ownerName(), sample.mailingAddress(),
				sample.asOf(), sample.episodeDueDate(), sample.statement(), sample.allocations(), sample.lateFees(),
				sample.notices(), sample.principal(), sample.lateFee(), sample.total(), limitation);
		String text = compact(text(RENDERER.render(file, out).file()));
		assertThat(text).contains("C-H2-23032023年3月5日300.00到期2023年3月5日2026年3月4日-57（已届满）",
				"C-H2-26022026年2月5日300.00起诉2026年4月20日2029年4月19日1085",
				"2026年2月10日承诺还款K-H2-3上门拜访，催收员陈主管（C01），业主承诺于2026年2月20日前缴清欠费",
				"2026年4月20日起诉HD-H2-1已提起诉讼或申请仲裁（暂停催缴至2026年7月18日，批准人：李经理）");
	}

	@Test
	void aCaseFileWithoutInterruptionsSaysSo() throws IOException {
		CaseFile sample = SampleDocuments.caseFile();
		CaseFile file = new CaseFile(sample.estate(), sample.household(), sample.ownerName(), sample.mailingAddress(),
				sample.asOf(), sample.episodeDueDate(), sample.statement(), sample.allocations(), sample.lateFees(),
				sample.notices(), sample.principal(), sample.lateFee(), sample.total(),
				new CaseFile.Limitation(3, List.of(new CaseFile.ChargeLimitation("C-H2-02", LocalDate.of(2026, 2, 5),
						new BigDecimal("300.00"), "DUE", LocalDate.of(2026, 2, 5), LocalDate.of(2029, 2, 4), 1011)),
						List.of()));
		assertThat(compact(text(RENDERER.render(file, out).file()))).contains("各项欠费自到期日起未发生诉讼时效中断。");
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			return stripper.getText(document);
		}
	}

	private static String compact(String text) {
		return text.replaceAll("[\\s\u3000]", "");
	}

}
