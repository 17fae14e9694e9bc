package io.arrears.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

import io.arrears.document.DocumentRenderer;
import io.arrears.document.DocumentRenderer.CoverSheet;
import io.arrears.document.EstateInfo;
import io.arrears.document.FestivalCard;
import io.arrears.document.HouseholdRef;
import io.arrears.festival.Festival;

/**
 * A print batch of festival cards rendered by the print-batch step's processor, read back
 * with PDFBox: duplex (every card on an odd page) and single files (each card also
 * alone), without a database.
 */
class PrintBatchWriterTest {

	private static final EstateInfo ESTATE = new EstateInfo("E01", "翠苑小区", "杭州翠苑物业服务有限公司", "0571-88880166", "王经理",
			"杭州市西湖区文三路1号");

	private static final FestivalRun RUN = new FestivalRun(Festival.SPRING_FESTIVAL, 2026,
			LocalDate.parse("2026-02-17"), LocalDate.parse("2026-02-10"));

	private static final DocumentRenderer RENDERER = new DocumentRenderer();

	@TempDir
	Path out;

	@Test
	void duplexPutsEveryCardOnAnOddPageAndSingleFilesWritesEachAloneToo() throws Exception {
		List<RecordedCard> cards = List.of(recorded("H1", "0101", "0.00"), recorded("H2", "0102", "612.50"),
				recorded("H3", "0201", "0.00"));
		Path folder = DocumentRenderer.folder(out, "E01", RUN.asOf(), RUN.festival().name());
		CardBatch batch = new CardBatch(RUN, new CoverSheet(ESTATE, RUN.festival().name(), RUN.asOf(), 1), folder,
				PrintBatchWriter.batchName(RUN, 1), cards, false);

		PrintBatchWriter.Printed printed = PrintBatchWriter.renderer(RENDERER, out, true, true).process(batch);

		assertThat(printed.rows()).extracting(r -> r[0] + "|" + r[1] + "-" + r[2] + "|" + r[4])
			.containsExactly("E01/2026-02-10/SPRING_FESTIVAL/print-batch-SPRING-FESTIVAL-2026-part001.pdf|3-3|H1",
					"E01/2026-02-10/SPRING_FESTIVAL/print-batch-SPRING-FESTIVAL-2026-part001.pdf|5-5|H2",
					"E01/2026-02-10/SPRING_FESTIVAL/print-batch-SPRING-FESTIVAL-2026-part001.pdf|7-7|H3");
		Path file = out.resolve((String) printed.rows().get(0)[0]);
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			// cover, blank, card, blank, card, blank, card: no blank after the last
			assertThat(document.getNumberOfPages()).isEqualTo(7);
			assertThat(page(document, 1)).contains("共3份", "首户：1幢1单元0101室", "末户：1幢1单元0201室");
			assertThat(page(document, 2).strip()).isEmpty();
			assertThat(page(document, 3)).contains("1幢1单元0101室").doesNotContain("温馨提醒");
			assertThat(page(document, 5)).contains("1幢1单元0102室", "温馨提醒", "612.50");
			assertThat(page(document, 7)).contains("1幢1单元0201室");
		}
		assertThat(printed.rows()).extracting(r -> (String) r[3])
			.containsExactly("E01/2026-02-10/SPRING_FESTIVAL/E01_H1_SPRING-FESTIVAL_2026.pdf",
					"E01/2026-02-10/SPRING_FESTIVAL/E01_H2_SPRING-FESTIVAL_2026.pdf",
					"E01/2026-02-10/SPRING_FESTIVAL/E01_H3_SPRING-FESTIVAL_2026.pdf");
		try (PDDocument own = Loader.loadPDF(out.resolve((String) printed.rows().get(1)[3]).toFile())) {
			assertThat(own.getNumberOfPages()).isEqualTo(1);
			assertThat(page(own, 1)).contains("1幢1单元0102室", "612.50");
		}
	}

	@Test
	void aCardThatNoLongerMatchesItsRecordedFingerprintFailsTheBatch() {
		RecordedCard changed = new RecordedCard(card("H1", "0101", "0.00"),
				DocumentRenderer.fingerprint(card("H1", "0101", "10.00")), false);
		CardBatch batch = new CardBatch(RUN, new CoverSheet(ESTATE, RUN.festival().name(), RUN.asOf(), 1), out,
				PrintBatchWriter.batchName(RUN, 1), List.of(changed), false);

		assertThatThrownBy(() -> PrintBatchWriter.renderer(RENDERER, out, false, false).process(batch))
			.hasMessageContaining("household H1 no longer matches what was recorded");
		assertThat(out).isEmptyDirectory();
	}

	private static RecordedCard recorded(String household, String room, String arrears) {
		FestivalCard card = card(household, room, arrears);
		return new RecordedCard(card, DocumentRenderer.fingerprint(card), false);
	}

	private static FestivalCard card(String household, String room, String arrears) {
		HouseholdRef ref = new HouseholdRef(household, "1", "1", room);
		return new FestivalCard(ESTATE, ref, "张三", "翠苑小区" + ref.label(), RUN.festival(), RUN.festivalDate(), RUN.asOf(),
				new BigDecimal(arrears));
	}

	private static String page(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

}
