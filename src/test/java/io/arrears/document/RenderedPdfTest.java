package io.arrears.document;

import io.arrears.dunning.NoticeKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders every kind of document and reads the PDF back with PDFBox. */
class RenderedPdfTest {

	/** Shared: templates compile once per renderer, and compiling is the slow part. */
	static final DocumentRenderer RENDERER = new DocumentRenderer();

	@TempDir
	Path out;

	@Test
	void reminderShowsEveryAmountToTheFenAndTheCapitalsOfTheTotal() throws IOException {
		HouseholdNotice notice = SampleDocuments.reminder(8);
		String text = text(render(notice));

		assertThat(text).contains("物业服务费催缴通知书", "第八次", "王二", "1幢1单元0102室", "0571-88880166", "2026年2月20日", "停车费");
		for (ChargeLine line : notice.lines()) {
			assertThat(text).contains(Money.format(line.outstanding()), Money.format(line.lateFee()));
		}
		assertThat(text).contains(Money.format(notice.principal()), Money.format(notice.lateFee()),
				Money.format(notice.total()));
		assertThat(capitalsAfter(text, "合计人民币（大写）：")).isEqualByComparingTo(notice.total());
		assertThat(compact(text)).contains("签收回执", "违约金");
	}

	@Test
	void earlyRemindersCarryNeitherLateFeeNorReceipt() throws IOException {
		String text = text(render(SampleDocuments.reminder(2)));
		assertThat(compact(text)).doesNotContain("签收回执").doesNotContain("违约金合计");
		assertThat(text).contains("300.00");
	}

	@Test
	void lawyerLetterStatesFiguresCapitalsLegalBasisAndDeadline() throws IOException {
		HouseholdNotice letter = SampleDocuments.lawyerLetter();
		String text = text(render(letter));

		assertThat(compact(text)).contains("律师函", "浙江明正律师事务所", "陈立新", "第九百四十四条", "违约金", "2026年3月21日前");
		assertThat(capitalsAfter(text, "共计人民币900.00元（大写：")).isEqualByComparingTo(letter.principal());
		assertThat(capitalsAfter(text, "违约金人民币8.01元（大写：")).isEqualByComparingTo(letter.lateFee());
		assertThat(capitalsAfter(text, "合计人民币908.01元（大写：")).isEqualByComparingTo(letter.total());
	}

	@Test
	void springCardHasAWarmReminderOnlyForAHouseholdInArrears() throws IOException {
		String owing = text(render(SampleDocuments.springCard(true)));
		String paid = text(render(SampleDocuments.springCard(false)));
		assertThat(owing).contains("恭贺新春", "李经理", "温馨提醒", "600.00");
		assertThat(paid).contains("恭贺新春", "李经理", "欧阳五").doesNotContain("温馨提醒");
	}

	@Test
	void lanternCardRemindsEveryHousehold() throws IOException {
		assertThat(text(render(SampleDocuments.lanternCard(true)))).contains("元宵", "温馨提醒", "603.51");
		assertThat(text(render(SampleDocuments.lanternCard(false)))).contains("元宵", "温馨提醒", "感谢您按时缴纳");
	}

	@Test
	void publicListsShowRoomsAndAmountsButNoFullNameAndNoPhone() throws IOException {
		for (PublicName display : PublicName.values()) {
			for (EstateList list : List.of(SampleDocuments.bulletin(display), SampleDocuments.openLetter(display))) {
				String text = text(render(list));
				assertThat(text).contains("1幢1单元0102室", "2幢1单元0301室");
				list.rows().forEach(row -> assertThat(text).contains(Money.format(row.amount())));
				assertThat(text).doesNotContain("王二", "张三丰", "欧阳娜娜", "138", "0571-88880166");
				assertThat(Pattern.compile("\\d{3,4}-\\d{7,8}|1\\d{10}").matcher(text).find())
					.as("a phone number in a public list")
					.isFalse();
				if (display == PublicName.MASKED_SURNAME) {
					assertThat(text).contains("王**", "欧阳**");
				}
				else {
					assertThat(text).doesNotContain("**");
				}
			}
		}
		assertThat(text(render(SampleDocuments.bulletin(PublicName.NONE)))).contains("57户", "95.0%");
	}

	@Test
	void caseFileListsTheStatementTheComputationAndEveryNoticeWithItsFingerprint() throws IOException {
		CaseFile file = SampleDocuments.caseFile();
		String text = text(render(file));
		assertThat(text).contains("账户明细", "收款分配", "违约金计算", "已发通知", "LF:C-H2-01:2026-02-28", "2.5200", "律师函");
		String compact = compact(text);
		for (CaseFile.IssuedNotice notice : file.notices()) {
			assertThat(compact).contains(notice.fingerprint());
		}
		assertThat(capitalsAfter(text, "（大写：")).isEqualByComparingTo(file.total());
	}

	@Test
	void chineseFontIsEmbeddedInEveryDocument() throws IOException {
		List<Document> documents = List.of(SampleDocuments.reminder(1), SampleDocuments.lawyerLetter(),
				SampleDocuments.springCard(true), SampleDocuments.bulletin(PublicName.NONE),
				SampleDocuments.openLetter(PublicName.NONE), SampleDocuments.caseFile());
		for (Document document : documents) {
			try (PDDocument pdf = Loader.loadPDF(render(document).toFile())) {
				Set<String> fonts = new HashSet<>();
				for (PDPage page : pdf.getPages()) {
					for (var name : page.getResources().getFontNames()) {
						PDFont font = page.getResources().getFont(name);
						fonts.add(font.getName());
						assertThat(font.isEmbedded()).as(font.getName()).isTrue();
						assertThat(font).isInstanceOf(PDType0Font.class);
						assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
							.as("TrueType font file of " + font.getName())
							.isNotNull();
					}
				}
				assertThat(fonts).allMatch(name -> name.contains("NotoSansSC"));
			}
		}
	}

	@Test
	void reminderColoursDarkenFromTheFirstToTheTenth() throws IOException {
		double previousBanner = Double.MAX_VALUE;
		double previousPaper = Double.MAX_VALUE;
		for (int n = 1; n <= 10; n++) {
			try (PDDocument pdf = Loader.loadPDF(render(SampleDocuments.reminder(n)).toFile())) {
				BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 24);
				// banner top-left corner (0.5 cm in) and the paper at the bottom-left
				// margin
				double banner = luminance(page.getRGB(3, 3));
				double paper = luminance(page.getRGB(3, page.getHeight() - 4));
				assertThat(banner).as("banner of notice %d", n).isLessThan(previousBanner);
				assertThat(paper).as("paper of notice %d", n).isLessThan(previousPaper);
				previousBanner = banner;
				previousPaper = paper;
			}
		}
	}

	@Test
	void printBatchHasOnePagePerNoticeAndIsSmallerThanSeparateFiles() throws IOException {
		List<HouseholdNotice> notices = new ArrayList<>();
		for (int n = 1; n <= 10; n++) {
			notices.add(SampleDocuments.reminder(n));
		}
		RenderedDocument batch = RENDERER.renderBatch(notices, out, "E01/reminders 2026-02");
		assertThat(batch.file().getParent()).isEqualTo(out.toAbsolutePath().normalize());
		try (PDDocument pdf = Loader.loadPDF(batch.file().toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(10).isEqualTo(batch.pages());
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(10);
			stripper.setEndPage(10);
			assertThat(stripper.getText(pdf)).contains("第十次");
		}
		assertThat(batch.fingerprints()).hasSize(10).doesNotHaveDuplicates();
		long separate = 0;
		for (HouseholdNotice notice : notices) {
			separate += Files.size(RENDERER.render(notice, out).file());
		}
		assertThat(Files.size(batch.file())).isLessThan(separate / 3);
	}

	@Test
	void aDuplexPrintBatchOpensWithItsCoverSheetAndStartsEveryDocumentOnAnOddPage() throws IOException {
		List<Document> documents = List.of(SampleDocuments.reminder(1), SampleDocuments.reminder(6),
				SampleDocuments.reminder(7));
		DocumentRenderer.PrintedBatch batch = RENDERER.renderPrintBatch(
				new DocumentRenderer.CoverSheet(SampleDocuments.ESTATE, "REMINDER", LocalDate.parse("2026-02-20"), 2),
				documents, out, "duplex", true, out.resolve("own"));
		try (PDDocument pdf = Loader.loadPDF(batch.file().toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(batch.pages());
			String cover = compact(pages(pdf, 1, 1));
			assertThat(cover).contains("投递封面", "锦绣花园（E01）", "物业服务费催缴通知书", "2026-02-20", "第2批", "共3份", "首户：1幢1单元0102室",
					"末户：1幢1单元0102室");
			assertThat(compact(pages(pdf, 2, 2))).as("the blank back of the cover").isEmpty();
			for (int i = 0; i < documents.size(); i++) {
				DocumentRenderer.Placement placement = batch.placements().get(i);
				assertThat(placement.firstPage() % 2).as("document %d starts on an odd page", i).isEqualTo(1);
				assertThat(placement.fingerprint()).isEqualTo(DocumentRenderer.fingerprint(documents.get(i)));
				assertThat(compact(pages(pdf, placement.firstPage(), placement.lastPage())))
					.contains(((HouseholdNotice) documents.get(i)).total().toPlainString());
				// the document's own file is the same bytes as rendering it alone
				assertThat(Files.readAllBytes(placement.ownFile()))
					.isEqualTo(Files.readAllBytes(RENDERER.render(documents.get(i), out.resolve("alone")).file()));
			}
		}
	}

	private static String pages(PDDocument pdf, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(pdf);
	}

	@Test
	void aPrintBatchHoldsOneKind() {
		assertThatThrownBy(() -> RENDERER
			.renderBatch(List.of(SampleDocuments.reminder(1), SampleDocuments.lawyerLetter()), out, "mixed"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void reRenderingGivesTheSameBytesAndFingerprint() throws IOException {
		HouseholdNotice notice = SampleDocuments.reminder(6);
		RenderedDocument first = RENDERER.render(notice, out.resolve("a"));
		RenderedDocument second = RENDERER.render(notice, out.resolve("b"));
		assertThat(Files.readAllBytes(second.file())).isEqualTo(Files.readAllBytes(first.file()));
		assertThat(second.fingerprint()).isEqualTo(first.fingerprint()).matches("[0-9a-f]{64}");
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		RENDERER.write(notice, stream);
		assertThat(stream.toByteArray()).isEqualTo(Files.readAllBytes(first.file()));
	}

	@Test
	void aHostileHouseholdCodeCannotWriteOutsideTheOutputFolder() throws IOException {
		HouseholdRef hostile = new HouseholdRef("../../x", "1", "1", "0102");
		HouseholdNotice base = SampleDocuments.reminder(1);
		HouseholdNotice notice = HouseholdNotice.of(
				new EstateInfo("../E01", "锦绣花园", "安居物业服务有限公司", "0571-88880166", "李经理", ""), hostile, "王二", "",
				NoticeKind.REMINDER, 1, base.asOf(), base.episodeDueDate(), base.lines(), base.deadline(), null);
		Path folder = out.resolve("deep/er");
		RenderedDocument rendered = RENDERER.render(notice, folder);
		assertThat(rendered.file().getParent()).isEqualTo(folder.toAbsolutePath().normalize());
		assertThat(rendered.file().getFileName().toString()).doesNotContain("..").doesNotContain("/");
		try (var files = Files.walk(out)) {
			assertThat(files.filter(Files::isRegularFile)).containsExactly(rendered.file());
		}
	}

	private Path render(Document document) {
		return RENDERER.render(document, out).file();
	}

	/** Text without spaces: titles are spaced out with ideographic spaces (签 收 回 执). */
	private static String compact(String text) {
		return text.replaceAll("[\\s\u3000]", "");
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	/**
	 * The amount in capitals printed right after {@code label}, read back to a figure.
	 */
	private static BigDecimal capitalsAfter(String text, String label) {
		String flat = text.replaceAll("\\s", "");
		Matcher m = Pattern.compile(Pattern.quote(label.replaceAll("\\s", "")) + "([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+)")
			.matcher(flat);
		assertThat(m.find()).as("capitals after " + label).isTrue();
		return ChineseNumerals.parseMoney(m.group(1));
	}

	private static double luminance(int rgb) {
		int r = (rgb >> 16) & 0xff;
		int g = (rgb >> 8) & 0xff;
		int b = rgb & 0xff;
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	}

}
