package io.arrears.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The payment address of SPEC §11: filled, percent-encoded, refused when malformed. */
class PaymentUrlTemplateTest {

	private static final PaymentUrlTemplate EXAMPLE = new PaymentUrlTemplate(
			"https://pay.example.com/{estate}/{household}?notice={notice}&amount={amount}");

	@Test
	void fillsEveryPlaceholderWithTwoDecimalsOfTheTotal() {
		assertThat(EXAMPLE.fill("E01", "H2", "H2-20260105-3", new BigDecimal("1234.50")))
			.isEqualTo("https://pay.example.com/E01/H2?notice=H2-20260105-3&amount=1234.50");
		assertThat(EXAMPLE.fill("E01", "H2", "n", new BigDecimal("7.00"))).endsWith("&amount=7.00");
	}

	@Test
	void chineseIsUtf8PercentEncoded() {
		String url = EXAMPLE.fill("锦绣花园", "1幢-0102", "H2-20260105-3", new BigDecimal("300.00"));
		assertThat(url).isEqualTo("https://pay.example.com/%E9%94%A6%E7%BB%A3%E8%8A%B1%E5%9B%AD/1%E5%B9%A2-0102"
				+ "?notice=H2-20260105-3&amount=300.00");
		assertThat(URI.create(url).getPath()).isEqualTo("/锦绣花园/1幢-0102");
	}

	@Test
	void reservedCharactersCannotChangeTheShapeOfTheUrl() {
		String url = EXAMPLE.fill("E 01", "a/b?c&d=e#f+g%h", "x~y_z.w", new BigDecimal("1.00"));
		assertThat(url)
			.isEqualTo("https://pay.example.com/E%2001/a%2Fb%3Fc%26d%3De%23f%2Bg%25h" + "?notice=x~y_z.w&amount=1.00");
		URI uri = URI.create(url);
		assertThat(uri.getRawPath().split("/")).hasSize(3);
		assertThat(uri.getRawQuery().split("&")).containsExactly("notice=x~y_z.w", "amount=1.00");
		assertThat(uri.getRawFragment()).isNull();
		// a space is %20, so a form decoder reads the same value back as a path decoder
		assertThat(URLDecoder.decode(uri.getRawPath().split("/")[2], StandardCharsets.UTF_8))
			.isEqualTo("a/b?c&d=e#f+g%h");
		assertThat(uri.getPath()).isEqualTo("/E 01/a/b?c&d=e#f+g%h");
	}

	@Test
	void aTemplateWithoutPlaceholdersIsTheSameUrlForEveryone() {
		assertThat(new PaymentUrlTemplate(" http://pay.example.com/wy ").fill("E01", "H2", "n", BigDecimal.ONE))
			.isEqualTo("http://pay.example.com/wy");
	}

	@Test
	void refusesAnUnknownPlaceholderAndWhatIsNotAnHttpUrl() {
		Map<String, String> refused = Map.of("https://pay.example.com/{room}", "unknown placeholder {room}",
				"https://pay.example.com/{Estate}", "unknown placeholder {Estate}", "https://pay.example.com/{estate",
				"unmatched brace", "ftp://pay.example.com/{estate}", "http:// or https://", "pay.example.com/{estate}",
				"http:// or https://", "https:///{estate}", "http:// or https://", "https://支付.example.com/{estate}",
				"must be ASCII", "https://pay.example.com/a b", "must be ASCII", "https://pay example.com/",
				"must be ASCII", "https://pay.example.com/%zz", "is not a URL");
		refused.forEach((template, message) -> assertThatThrownBy(() -> new PaymentUrlTemplate(template)).as(template)
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(message)
			.hasMessageContaining(template.strip()));
	}

	@Test
	void documentSettingsNameTheSettingThatIsWrong() {
		assertThatThrownBy(() -> properties("https://pay.example.com/{notice}",
				Map.of("E02", new DocumentProperties.Estate("https://pay.example.com/{total}"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("arrears.documents.estates.E02.payment-url: unknown placeholder {total}");
		assertThatThrownBy(() -> properties("www.example.com", null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("arrears.documents.payment-url: payment URL www.example.com must be an http");
	}

	@Test
	void anEstateOfItsOwnReplacesTheDefaultAndAnEmptyOneHasNone() {
		PaymentUrls urls = properties("https://pay.example.com/{estate}/{household}",
				Map.of("e01", new DocumentProperties.Estate("https://e01.example.com/{household}"), "E09",
						new DocumentProperties.Estate("")))
			.paymentUrls();
		HouseholdNotice notice = SampleDocuments.reminder(3);
		assertThat(urls.of(notice)).contains("https://e01.example.com/H2");
		EstateInfo other = new EstateInfo("E02", "x", "x", "x", "x", "x");
		EstateInfo none = new EstateInfo("E09", "x", "x", "x", "x", "x");
		assertThat(urls.of(withEstate(notice, other))).contains("https://pay.example.com/E02/H2");
		assertThat(urls.of(withEstate(notice, none))).isEmpty();
		assertThat(properties(null, null).paymentUrls().of(notice)).isEmpty();
	}

	@Test
	void eachDocumentThatAsksForMoneyNamesItselfAndItsTotal() {
		PaymentUrls urls = new PaymentUrls(new PaymentUrlTemplate("https://p.example.com/{notice}/{amount}"), Map.of());
		assertThat(urls.of(SampleDocuments.reminder(3))).contains("https://p.example.com/H2-20260105-3/300.00");
		assertThat(urls.of(SampleDocuments.lawyerLetter())).contains("https://p.example.com/H2-20260105/908.01");
		assertThat(urls.of(SampleDocuments.springCard(true)))
			.contains("https://p.example.com/H2-SPRING-FESTIVAL-2026/600.00");
		CaseFile file = SampleDocuments.caseFile();
		assertThat(urls.of(file))
			.contains("https://p.example.com/H2-CASE-FILE-20260430/" + file.total().toPlainString());
		assertThat(urls.of(SampleDocuments.springCard(false))).isEmpty();
		assertThat(urls.of(SampleDocuments.lanternCard(false))).isEmpty();
		assertThat(urls.of(SampleDocuments.bulletin(PublicName.NONE))).isEmpty();
		assertThat(urls.of(SampleDocuments.openLetter(PublicName.NONE))).isEmpty();
	}

	private static HouseholdNotice withEstate(HouseholdNotice n, EstateInfo estate) {
		return HouseholdNotice.of(estate, n.household(), n.ownerName(), n.mailingAddress(), n.kind(), n.number(),
				n.asOf(), n.episodeDueDate(), n.lines(), n.deadline(), n.lawFirm());
	}

	private static DocumentProperties properties(String paymentUrl, Map<String, DocumentProperties.Estate> estates) {
		return new DocumentProperties(java.nio.file.Path.of("templates"), 7, 15, 500, 1, 0, null, 7, 10, 1, 100,
				paymentUrl, estates, false, false);
	}

}
