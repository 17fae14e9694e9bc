package io.arrears.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An estate's payment address (SPEC §11), e.g.
 * {@code https://pay.example.com/{estate}/{household}?notice={notice}&amount={amount}}:
 * the URL a notice's QR code encodes, filled for that notice.
 *
 * <p>
 * Each value is percent-encoded as UTF-8 (RFC 3986): letters, digits and {@code - . _ ~}
 * stay as they are, every other byte becomes {@code %XX} (upper-case hex), so a space is
 * {@code %20} (never {@code +}, which only form decoding reads as a space) and {@code /},
 * {@code ?}, {@code &}, {@code =}, {@code #} inside a code cannot change the URL's shape,
 * whether the placeholder stands in the path or in the query. The template itself is used
 * as written: it must be an ASCII {@code http} or {@code https} URL with a host, and name
 * no placeholder but {@code {estate}}, {@code {household}}, {@code {notice}} and
 * {@code {amount}}.
 *
 * @param template the template as configured
 */
public record PaymentUrlTemplate(String template) {

	/** The placeholders a template may use. */
	public static final List<String> PLACEHOLDERS = List.of("estate", "household", "notice", "amount");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	/**
	 * @throws IllegalArgumentException naming what is wrong, when the template is not an
	 * http(s) URL or names a placeholder that is not one of {@link #PLACEHOLDERS}
	 */
	public PaymentUrlTemplate {
		Objects.requireNonNull(template, "template");
		template = template.strip();
		Matcher placeholders = PLACEHOLDER.matcher(template);
		StringBuilder sample = new StringBuilder();
		while (placeholders.find()) {
			String name = placeholders.group(1);
			if (!PLACEHOLDERS.contains(name)) {
				throw new IllegalArgumentException("unknown placeholder {" + name + "} in payment URL " + template
						+ ": the placeholders are {estate}, {household}, {notice} and {amount}");
			}
			placeholders.appendReplacement(sample, "x");
		}
		placeholders.appendTail(sample);
		String url = sample.toString();
		if (url.indexOf('{') >= 0 || url.indexOf('}') >= 0) {
			throw new IllegalArgumentException(
					"unmatched brace in payment URL " + template + ": placeholders are written {estate}");
		}
		if (!url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
			throw new IllegalArgumentException("payment URL " + template
					+ " must be ASCII without spaces: percent-encode other characters, write the host in punycode");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException e) {
			throw new IllegalArgumentException("payment URL " + template + " is not a URL: " + e.getMessage(), e);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			throw new IllegalArgumentException(
					"payment URL " + template + " must be an http:// or https:// address with a host");
		}
	}

	/**
	 * The template filled for one notice, each value percent-encoded.
	 * @param estate the estate's code
	 * @param household the household's code
	 * @param notice the notice's number as printed
	 * @param amount the total the notice states; written with two decimals
	 */
	public String fill(String estate, String household, String notice, BigDecimal amount) {
		String total = amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
		Matcher placeholders = PLACEHOLDER.matcher(template);
		StringBuilder url = new StringBuilder(template.length() + 32);
		while (placeholders.find()) {
			String value = switch (placeholders.group(1)) {
				case "estate" -> estate;
				case "household" -> household;
				case "notice" -> notice;
				default -> total;
			};
			placeholders.appendReplacement(url, Matcher.quoteReplacement(encode(value)));
		}
		placeholders.appendTail(url);
		return url.toString();
	}

	/** RFC 3986 percent-encoding of UTF-8: only unreserved characters stay. */
	static String encode(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		StringBuilder out = new StringBuilder(bytes.length * 3);
		for (byte b : bytes) {
			int c = b & 0xff;
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
					|| c == '~') {
				out.append((char) c);
			}
			else {
				out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
			}
		}
		return out.toString();
	}

}
