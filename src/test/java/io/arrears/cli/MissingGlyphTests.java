package io.arrears.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.arrears.notice.NoticeExport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * An owner named with a character the embedded font lacks (王𠀀, 𠀀 being U+20000 of CJK
 * Extension B): the reminder due is refused with a message naming the household and the
 * character, counted in the run's line, and not recorded as issued; once the name is
 * corrected, the next run issues it and the PDF reads back with the name.
 */
abstract class MissingGlyphTests extends CliSessionTests {

	@Test
	void aReminderToAnOwnerNamedWithACharacterTheFontLacksIsRefusedUntilTheNameIsCorrected() throws IOException {
		Path estates = write("estates.csv", "estate_code,name,company_name,service_phone,manager_name,address",
				"E01,锦绣花园,安居物业服务有限公司,0571-88880166,李经理,杭州市西湖区锦绣花园");
		Path households = write("households.csv",
				"household_code,estate_code,building,unit,room,area_sqm,owner_name,owner_phone,mailing_address,tags",
				"H1,E01,1,1,0101,100.00,王𠀀,13800000001,锦绣花园1幢1单元0101室,");
		Path ledger = write("ledger.csv",
				"reference,household_code,entry_type,fee_item,period,amount,effective_date,recorded_at,reverses",
				"C-H1-01,H1,CHARGE,物业费,2026-01,300.00,2026-01-05,2026-01-01T09:00:00,");
		assertThat(run("import", "--estates", estates.toString(), "--households", households.toString(), "--ledger",
				ledger.toString()))
			.as(err)
			.isZero();

		// day 15: the first reminder is due
		assertThat(run("run", "dunning", "--as-of", "2026-01-20")).as(err).isZero();

		assertThat(out).contains("notices issued: 0, refused: 1");
		assertThat(err).contains("warning: cannot render E01_H1_REMINDER-01_20260105.pdf for household H1",
				"U+20000 (𠀀)", "Noto Sans SC");
		assertThat(run("export", "notices", "--from", "2026-01-01", "--to", "2026-01-31")).isZero();
		assertThat(out.lines()).containsExactly(NoticeExport.HEADER);
		Path folder = dir.resolve("out/E01/2026-01-20/REMINDER");
		assertThat(Files.exists(folder.resolve("E01_H1_REMINDER-01_20260105.pdf"))).isFalse();

		Path corrected = write("households.csv",
				"household_code,estate_code,building,unit,room,area_sqm,owner_name,owner_phone,mailing_address,tags",
				"H1,E01,1,1,0101,100.00,王一,13800000001,锦绣花园1幢1单元0101室,");
		assertThat(run("import", "--households", corrected.toString())).as(err).isZero();
		assertThat(run("run", "dunning", "--as-of", "2026-01-21")).as(err).isZero();

		assertThat(out).contains("notices issued: 1").doesNotContain("refused");
		assertThat(run("export", "notices", "--from", "2026-01-01", "--to", "2026-01-31")).isZero();
		List<String> notices = out.lines().toList();
		assertThat(notices).hasSize(2);
		assertThat(notices.get(1)).startsWith("H1,REMINDER,1,2026-01-05,2026-01-21,300.00,");
		// the print batch it is printed in (export notices' print_batch column)
		String file = notices.get(1).split(",", -1)[10];
		try (PDDocument pdf = Loader.loadPDF(dir.resolve("out").resolve(file).toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("王一", "1幢1单元0101室", "300.00");
		}
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
	}

}
