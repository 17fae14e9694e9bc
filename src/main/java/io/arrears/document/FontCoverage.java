package io.arrears.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * Which characters the embedded font can print. JasperReports does not fall back glyph by
 * glyph: its font sets choose a font by Unicode script, and an Extension B character is
 * of the same script (Han) as 王, so a character outside Noto Sans SC would simply vanish
 * from the PDF. The renderer asks here first and refuses the document instead.
 */
final class FontCoverage {

	/** The regular face; the bold one covers the same characters. */
	static final String FONT = "fonts/noto-sans-sc/NotoSansSC_400Regular.ttf";

	static final String FONT_NAME = "Noto Sans SC";

	private final Font font;

	private FontCoverage(Font font) {
		this.font = font;
	}

	/**
	 * The packaged font's coverage; a build without the font (see docs/documents.md)
	 * checks nothing, since every Chinese character would then be missing alike.
	 */
	static FontCoverage packaged() {
		try (InputStream in = FontCoverage.class.getClassLoader().getResourceAsStream(FONT)) {
			return new FontCoverage(in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + FONT, e);
		}
		catch (FontFormatException e) {
			throw new IllegalStateException("cannot read " + FONT + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The first character of the text that the font cannot print, or -1. Line breaks and
	 * other control characters are layout, not glyphs.
	 */
	int firstMissing(String text) {
		if (font == null) {
			return -1;
		}
		return text.codePoints().filter(c -> !Character.isISOControl(c) && !font.canDisplay(c)).findFirst().orElse(-1);
	}

	/**
	 * Refuses a document whose text, as handed to its template, holds a character the
	 * font lacks.
	 * @throws MissingGlyphException naming the household and the character
	 */
	void check(Document document, ReportInput input, String fileName) {
		int missing = firstMissing(input.parameters().values());
		for (Map<String, ?> row : input.rows()) {
			if (missing >= 0) {
				break;
			}
			missing = firstMissing(row.values());
		}
		if (missing >= 0) {
			throw new MissingGlyphException(fileName, householdOf(document, missing), missing, FONT_NAME);
		}
	}

	private int firstMissing(Collection<?> values) {
		for (Object value : values) {
			if (value instanceof String text) {
				int missing = firstMissing(text);
				if (missing >= 0) {
					return missing;
				}
			}
		}
		return -1;
	}

	private static String householdOf(Document document, int codePoint) {
		if (document instanceof HouseholdNotice n) {
			return n.household().code();
		}
		if (document instanceof FestivalCard c) {
			return c.household().code();
		}
		if (document instanceof CaseFile f) {
			return f.household().code();
		}
		// an estate's list: the listed household whose line holds it, if one does
		return ((EstateList) document).rows()
			.stream()
			.filter(r -> r.toString().contains(Character.toString(codePoint)))
			.map(r -> r.household().code())
			.findFirst()
			.orElse(null);
	}

}
