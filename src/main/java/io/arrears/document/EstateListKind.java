package io.arrears.document;

/** The two lists posted for a whole estate. */
public enum EstateListKind {

	/**
	 * 公告栏: thanks to those who paid, then the households in arrears (stage BULLETIN or
	 * later).
	 */
	BULLETIN,
	/** 致全体业主的公开信: the households at OPEN_LETTER or later, with a deadline. */
	OPEN_LETTER

}
