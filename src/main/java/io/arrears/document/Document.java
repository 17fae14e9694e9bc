package io.arrears.document;

/**
 * Data a document is rendered from. Each kind has its own template; a print batch holds
 * one kind. The fingerprint of a document is computed from this data alone (see
 * {@link DocumentRenderer#fingerprint}).
 */
public sealed interface Document permits HouseholdNotice, FestivalCard, EstateList, CaseFile {

	/** The estate the document comes from. */
	EstateInfo estate();

	/**
	 * The template the document is laid out with (and its wording file); a print batch
	 * holds documents of one template.
	 */
	String template();

}
