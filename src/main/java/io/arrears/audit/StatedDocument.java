package io.arrears.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document an audit compares, line by line: a bulletin, an open letter, an aging report
 * of one estate on one date.
 *
 * @param kind BULLETIN, OPEN_LETTER, AGING
 * @param fingerprint of the data it was (or would be) made from; null for a document that
 * was withdrawn
 * @param lines what it states: the key is the line's code (a household, or the estate for
 * a line about the whole document) and subject, separated by a tab; the value is the
 * line's figures in words
 */
record StatedDocument(String estateCode, String kind, String fingerprint, Map<String, String> lines) {

	static final char SEPARATOR = '\t';

	StatedDocument {
		lines = new LinkedHashMap<>(lines);
	}

	static String lineKey(String code, String subject) {
		return code + SEPARATOR + subject;
	}

	/** The document's key in a date's map of documents. */
	String key() {
		return key(estateCode, kind);
	}

	static String key(String estateCode, String kind) {
		return estateCode + SEPARATOR + kind;
	}

	/** The lines as stored in {@code audit_document.content}. */
	String content() {
		StringBuilder text = new StringBuilder();
		lines.forEach((key, value) -> text.append(key).append(SEPARATOR).append(value).append('\n'));
		return text.toString();
	}

	static Map<String, String> parse(String content) {
		Map<String, String> lines = new LinkedHashMap<>();
		for (String line : content.split("\n")) {
			if (!line.isEmpty()) {
				String[] parts = line.split(String.valueOf(SEPARATOR), 3);
				lines.put(lineKey(parts[0], parts[1]), parts[2]);
			}
		}
		return lines;
	}

	/** A fingerprint of the lines, for a document whose job records none. */
	static String fingerprintOf(Map<String, String> lines) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			lines
				.forEach((key, value) -> sha.update((key + SEPARATOR + value + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
