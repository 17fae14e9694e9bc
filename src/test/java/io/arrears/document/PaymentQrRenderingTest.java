package io.arrears.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.dunning.NoticeKind;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pay by scanning (SPEC §11), read back from the PDF as a phone and an owner would: the
 * QR code scanned off the rendered page, the URL read beside it.
 */
class PaymentQrRenderingTest {

	private static final String TEMPLATE = "https://pay.example.com/{estate}/{household}?notice={notice}&amount={amount}";

	/** An estate without a payment address: the default does not apply to it. */
	private static final EstateInfo NO_ADDRESS = new EstateInfo("E09", "锦绣花园", "安居物业服务有限公司", "0571-88880166", "李经理",
			"杭州市西湖区锦绣花园");

	/**
	 * One renderer for every test, compiling the templates once (the slow part): E01 has
	 * the default address, E09 none.
	 */
	private static final DocumentRenderer RENDERER = new DocumentRenderer(
			new PaymentUrls(new PaymentUrlTemplate(TEMPLATE), noAddress()));

	private static Map<String, PaymentUrlTemplate> noAddress() {
		Map<String, PaymentUrlTemplate> byEstate = new HashMap<>();
		byEstate.put(NO_ADDRESS.code(), null);
		return byEstate;
	}

	@TempDir
	Path out;

	@Test
	void theCodeOnAReminderIsTheTemplateFilledForItAndItsUrlIsPrintedBesideIt() throws IOException {
		// a household code with Chinese, a space and reserved characters: all
		// percent-encoded
		HouseholdNotice base = SampleDocuments.reminder(8);
		HouseholdNotice notice = HouseholdNotice.of(base.estate(), new HouseholdRef("1幢 A&B", "1", "1", "0102"),
				base.ownerName(), base.mailingAddress(), NoticeKind.REMINDER, 8, base.asOf(), base.episodeDueDate(),
				base.lines(), base.deadline(), null);
		String expected = "https://pay.example.com/E01/1%E5%B9%A2%20A%26B?notice=1%E5%B9%A2%20A%26B-20260105-8&amount="
				+ notice.total().toPlainString();
		assertThat(new PaymentUrlTemplate(TEMPLATE).fill("E01", "1幢 A&B", "1幢 A&B-20260105-8", notice.total()))
			.isEqualTo(expected);

		Path pdf = RENDERER.render(notice, out).file();

		assertThat(scan(pdf)).contains(expected);
		String text = text(pdf);
		assertThat(compact(text)).contains(expected, "扫码在线缴费");
		// the receipt of the eighth notice is still there, and the list of ways to pay
		// gave way
		assertThat(compact(text)).contains("签收回执").doesNotContain("到服务中心前台缴纳（现金");
	}

	@Test
	void lawyersLettersCaseFilesAndCardsWithAWarmReminderCarryTheirCode() throws IOException {
		for (Document document : List.of(SampleDocuments.lawyerLetter(), SampleDocuments.caseFile(),
				SampleDocuments.springCard(true), SampleDocuments.lanternCard(true))) {
			String expected = RENDERER.paymentUrl(document).orElseThrow();
			Path pdf = RENDERER.render(document, out).file();
			assertThat(scan(pdf)).as(document.template()).contains(expected);
			assertThat(compact(text(pdf))).as(document.template()).contains(expected);
		}
	}

	@Test
	void withoutATemplateThereIsNoCodeAndTheWaysToPayAreListed() throws IOException {
		HouseholdNotice base = SampleDocuments.reminder(3);
		HouseholdNotice notice = HouseholdNotice.of(NO_ADDRESS, base.household(), base.ownerName(),
				base.mailingAddress(), NoticeKind.REMINDER, 3, base.asOf(), base.episodeDueDate(), base.lines(),
				base.deadline(), null);
		assertThat(RENDERER.paymentUrl(notice)).isEmpty();
		Path pdf = RENDERER.render(notice, out).file();
		assertThat(scan(pdf)).isEmpty();
		assertThat(compact(text(pdf))).contains("到服务中心前台缴纳（现金").doesNotContain("pay.example.com");
	}

	@Test
	void aCardToAHouseholdThatOwesNothingAndThePublicListsCarryNoCode() throws IOException {
		for (Document document : List.of(SampleDocuments.springCard(false), SampleDocuments.lanternCard(false),
				SampleDocuments.bulletin(PublicName.NONE))) {
			Path pdf = RENDERER.render(document, out).file();
			assertThat(scan(pdf)).as(document.template()).isEmpty();
			assertThat(text(pdf)).as(document.template()).doesNotContain("pay.example.com");
		}
	}

	@Test
	void theCodeLeavesTheFingerprintAsItWas() {
		HouseholdNotice notice = SampleDocuments.reminder(6);
		// the fingerprint is of the notice's data, as without a code (the URL is made
		// from
		// that data by the template), so recorded fingerprints and vectors stay valid
		assertThat(RENDERER.render(notice, out).fingerprint()).isEqualTo(DocumentRenderer.fingerprint(notice));
	}

	/**
	 * The last page (where the code is, after the amounts) as a phone would see it,
	 * scanned with ZXing.
	 */
	private static Optional<String> scan(Path pdf) throws IOException {
		BufferedImage page;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			page = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 150);
		}
		int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
		try {
			Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
			return Optional.of(result.getText());
		}
		catch (NotFoundException e) {
			return Optional.empty();
		}
		catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
			throw new AssertionError("a QR code that does not decode on " + pdf, e);
		}
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The URL wraps at the edge of its box: compare without line breaks. */
	private static String compact(String text) {
		return text.replaceAll("[\\s\u3000]", "");
	}

}
