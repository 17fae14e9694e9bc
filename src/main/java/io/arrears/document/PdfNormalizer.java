package io.arrears.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a re-render byte-identical to the first render. OpenPDF writes three things that
 * change from run to run: the creation and modification dates, the file /ID (time-based),
 * and a random six-letter prefix on each embedded font subset. None of them is
 * configurable through JasperReports 7, so they are rewritten in the finished file, each
 * replacement the same length as what it replaces so that the cross-reference offsets
 * stay valid:
 * <ul>
 * <li>the dates are blanked to spaces (a PDF may omit them; whitespace inside a
 * dictionary is legal);</li>
 * <li>the subset prefixes become AAAAAA+, AAAAAB+ … in order of first appearance;</li>
 * <li>the /ID becomes a digest of the file as normalised so far, so it still identifies
 * the content.</li>
 * </ul>
 * The file is handled as ISO-8859-1 text, which maps each byte to one char and back
 * unchanged. Public for the finance pack, whose reports are rendered outside
 * {@link DocumentRenderer}.
 */
public final class PdfNormalizer {

	private static final Pattern DATE = Pattern.compile("/(?:CreationDate|ModDate)\\s*\\(D:[^)]*\\)");

	private static final Pattern SUBSET_PREFIX = Pattern.compile("/([A-Z]{6})\\+");

	private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*]");

	private PdfNormalizer() {
	}

	/**
	 * The PDF with its dates blanked, font-subset prefixes and /ID made deterministic.
	 */
	public static byte[] normalize(byte[] pdf) {
		String s = new String(pdf, StandardCharsets.ISO_8859_1);
		s = blank(s, DATE);
		s = renumberSubsets(s);
		s = replaceId(s);
		return s.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String blank(String s, Pattern pattern) {
		Matcher m = pattern.matcher(s);
		StringBuilder out = new StringBuilder(s.length());
		while (m.find()) {
			m.appendReplacement(out, " ".repeat(m.end() - m.start()));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String renumberSubsets(String s) {
		Map<String, String> prefixes = new LinkedHashMap<>();
		Matcher m = SUBSET_PREFIX.matcher(s);
		StringBuilder out = new StringBuilder(s.length());
		while (m.find()) {
			String replacement = prefixes.computeIfAbsent(m.group(1), random -> prefix(prefixes.size()));
			m.appendReplacement(out, "/" + replacement + "+");
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String prefix(int n) {
		char[] letters = "AAAAAA".toCharArray();
		for (int i = letters.length - 1; i >= 0 && n > 0; i--, n /= 26) {
			letters[i] = (char) ('A' + n % 26);
		}
		return new String(letters);
	}

	private static String replaceId(String s) {
		Matcher m = ID.matcher(s);
		if (!m.find()) {
			return s;
		}
		int length = m.group(1).length();
		String zeroed = s.substring(0, m.start(1)) + "0".repeat(length) + s.substring(m.end(1), m.start(2))
				+ "0".repeat(m.group(2).length()) + s.substring(m.end(2));
		String digest = sha256Hex(zeroed);
		String id1 = fit(digest, length);
		String id2 = fit(digest, m.group(2).length());
		return zeroed.substring(0, m.start(1)) + id1 + zeroed.substring(m.end(1), m.start(2)) + id2
				+ zeroed.substring(m.end(2));
	}

	private static String fit(String hex, int length) {
		StringBuilder out = new StringBuilder();
		while (out.length() < length) {
			out.append(hex);
		}
		return out.substring(0, length).toUpperCase(Locale.ROOT);
	}

	private static String sha256Hex(String s) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.ISO_8859_1)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}

}
