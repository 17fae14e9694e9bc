package io.arrears.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.arrears.document.TemplateReport;
import io.arrears.dunning.Stage;
import io.arrears.dunning.Team;

/**
 * The work list and the daily review are internal: a character the embedded font lacks
 * (𠀀, U+20000 of CJK Extension B, in an owner's or a collector's name) is printed as a
 * visible {@code [U+20000]}, never as a blank, and the run warns naming the household or
 * collector and the field.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkListPdfTest {

	private static final LocalDate D = LocalDate.parse("2026-02-02");

	@Test
	void aCharacterTheFontLacksIsReplacedVisiblyAndTheRestIsKept() {
		assertThat(TemplateReport.printable("王𠀀明")).isEqualTo("王[U+20000]明");
		assertThat(TemplateReport.printable("王一")).isEqualTo("王一");
		assertThat(TemplateReport.printable("张😀")).isEqualTo("张[U+1F600]");
		assertThat(TemplateReport.printable(null)).isNull();
	}

	@Test
	void anOwnerNamedWithACharacterTheFontLacksIsPrintedWithAVisibleReplacementAndWarned(CapturedOutput output)
			throws IOException {
		Collector c01 = new Collector("C01", "陈主管", "139", Team.SUPERVISOR, "E01", Set.of("1"), true,
				LocalDateTime.parse("2026-01-01T09:00:00"));
		List<WorkLine> lines = List.of(line("H1", "王𠀀", "13800000001"), line("H2", "李四", "13800000002"));

		byte[] pdf = new WorkListPdf(null).render("锦绣花园", "安居物业服务有限公司", D, lines, Map.of("C01", c01));

		String text = text(pdf);
		assertThat(text).contains("王[U+20000]", "13800000001", "李四");
		assertThat(output.getAll()).contains("the owner name of household H1", "printed as 王[U+20000]")
			.doesNotContain("household H2");
	}

	@Test
	void aCollectorNamedWithACharacterTheFontLacksIsPrintedWithAVisibleReplacementOnTheReview(CapturedOutput output)
			throws IOException {
		ReviewLine line = new ReviewLine("E01", "C01", "陈𠀀", 1, 0, 0, new BigDecimal("300.00"), new BigDecimal("0.00"),
				new BigDecimal("100.00"), new BigDecimal("0.3333"), 0, 0, 0, 0, 0, 1, false, false);

		String text = text(new ReviewPdf(null).render("锦绣花园", "安居物业服务有限公司", D, List.of(line)));

		assertThat(text).contains("C01 陈[U+20000]", "33.33%");
		assertThat(output.getAll()).contains("the name of collector C01");
	}

	private static WorkLine line(String household, String owner, String phone) {
		return new WorkLine("C01", household.equals("H1") ? 1 : 2, household, "1", "1", "0101", owner, phone,
				Stage.REMINDER_1, 12, new BigDecimal("300.00"), new BigDecimal("0.00"), null, "", "", "", null);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
