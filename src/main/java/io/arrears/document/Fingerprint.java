package io.arrears.document;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of a canonical serialisation of a document's data, so an audit can prove what a
 * notice was rendered from. Canonical: record components in declaration order, lists in
 * their order, money as plain strings at scale 2, dates ISO-8601; no maps, no hash
 * ordering, no timestamps. The form is JSON-like
 * ({"type":"HouseholdNotice","estate":{...},...}) and part of the contract: changing it
 * changes every fingerprint.
 */
final class Fingerprint {

	private Fingerprint() {
	}

	static String of(Record document) {
		return sha256(canonical(document));
	}

	static String canonical(Record document) {
		StringBuilder out = new StringBuilder();
		write(out, document);
		return out.toString();
	}

	private static void write(StringBuilder out, Object value) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Record record) {
			out.append("{\"type\":");
			string(out, record.getClass().getSimpleName());
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				out.append(',');
				string(out, component.getName());
				out.append(':');
				write(out, read(component, record));
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(out, list.get(i));
			}
			out.append(']');
		}
		else if (value instanceof BigDecimal decimal) {
			out.append(decimal.toPlainString());
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof String || value instanceof Enum<?> || value instanceof TemporalAccessor) {
			// LocalDate, YearMonth: toString is ISO-8601 and locale-independent
			string(out, value instanceof Enum<?> e ? e.name() : value.toString());
		}
		else {
			throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
		}
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot read " + component, e);
		}
	}

	private static void string(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private static String sha256(String canonical) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}

}
