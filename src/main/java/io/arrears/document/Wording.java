package io.arrears.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of one kind of document: {@code templates/<name>.properties}, UTF-8, so
 * that a manager can change what a letter says without touching its layout or the code.
 * Values may hold {@code {placeholders}} filled from the document's data; an unknown
 * placeholder or a missing key fails loudly instead of printing a half-filled sentence to
 * an owner.
 */
final class Wording {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	private final String name;

	private final Properties properties;

	private Wording(String name, Properties properties) {
		this.name = name;
		this.properties = properties;
	}

	static Wording load(TemplateSource source, String name) {
		Properties properties = new Properties();
		try (InputStream in = source.open(name + ".properties");
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read wording " + name + ".properties", e);
		}
		return new Wording(name, properties);
	}

	boolean has(String key) {
		return properties.containsKey(key);
	}

	/** The text of {@code key} with its placeholders filled. */
	String text(String key, Map<String, String> values) {
		String template = properties.getProperty(key);
		if (template == null) {
			throw new IllegalStateException("wording " + name + ".properties has no " + key);
		}
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalStateException(name + ".properties " + key + " uses {" + matcher.group(1)
						+ "}, which this document does not provide");
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
