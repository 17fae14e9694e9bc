package io.arrears.document;

/**
 * A document refused because its text holds a character that the embedded font lacks (a
 * CJK Extension B character such as 𠀀, an emoji): JasperReports would print the rest and
 * silently leave that character out, which on a legal notice misnames the owner. The
 * message names the household, when the document has one, and the character as
 * {@code U+XXXX} and itself.
 */
public final class MissingGlyphException extends IllegalArgumentException {

	private final String householdCode;

	private final int codePoint;

	MissingGlyphException(String document, String householdCode, int codePoint, String font) {
		super("cannot render " + document + (householdCode == null ? "" : " for household " + householdCode)
				+ ": its text has " + describe(codePoint) + ", which the embedded font " + font
				+ " lacks; the document is not rendered rather than printed without it");
		this.householdCode = householdCode;
		this.codePoint = codePoint;
	}

	/** The household the document is for, or {@code null} for an estate's list. */
	public String householdCode() {
		return householdCode;
	}

	/** The first character of the document that the font lacks. */
	public int codePoint() {
		return codePoint;
	}

	/** {@code U+20000 (𠀀)}. */
	static String describe(int codePoint) {
		return String.format("U+%04X (%s)", codePoint, Character.toString(codePoint));
	}

}
