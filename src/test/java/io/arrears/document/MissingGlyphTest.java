package io.arrears.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document naming an owner with a character the embedded font lacks is refused, never
 * rendered without it; the message names the household and the character.
 */
class MissingGlyphTest {

	private static final DocumentRenderer RENDERER = new DocumentRenderer();

	@TempDir
	Path out;

	@Test
	void aLawyersLetterToAnOwnerNamedWithAnExtensionBCharacterIsRefused() throws IOException {
		HouseholdNotice letter = named(SampleDocuments.lawyerLetter(), "王𠀀");

		assertThatThrownBy(() -> RENDERER.render(letter, out)).isInstanceOfSatisfying(MissingGlyphException.class,
				e -> {
					assertThat(e.householdCode()).isEqualTo("H2");
					assertThat(e.codePoint()).isEqualTo(0x20000);
					assertThat(e.getMessage()).contains("E01_H2_LAWYER-LETTER_20260105.pdf", "household H2",
							"U+20000 (𠀀)", "Noto Sans SC");
				});
		try (var files = Files.list(out)) {
			assertThat(files).as("nothing written").isEmpty();
		}
	}

	@Test
	void anEmojiIsRefusedToo() {
		HouseholdNotice reminder = named(SampleDocuments.reminder(1), "王二😀");

		assertThatThrownBy(() -> RENDERER.render(reminder, out)).isInstanceOf(MissingGlyphException.class)
			.hasMessageContaining("U+1F600 (😀)");
	}

	@Test
	void theSameLetterWithACommonNameRendersAndReadsBack() throws IOException {
		RenderedDocument file = RENDERER.render(named(SampleDocuments.lawyerLetter(), "王一"), out);

		try (PDDocument pdf = Loader.loadPDF(file.file().toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("致：王一", "律　师　函");
		}
	}

	private static HouseholdNotice named(HouseholdNotice n, String owner) {
		return new HouseholdNotice(n.estate(), n.household(), owner, n.mailingAddress(), n.kind(), n.number(), n.asOf(),
				n.episodeDueDate(), n.lines(), n.principal(), n.lateFee(), n.total(), n.deadline(), n.lawFirm());
	}

}
