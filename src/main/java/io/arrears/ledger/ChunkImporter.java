package io.arrears.ledger;

import java.util.List;

/**
 * Stores one chunk of parsed rows inside the chunk's transaction: checks them against the
 * database with one query per kind of reference for the whole chunk (never one per row),
 * writes the good ones in batches, and returns what it did. One instance serves one file,
 * so that it can remember what earlier chunks of the same file held.
 */
interface ChunkImporter<T> {

	Outcome importRows(List<ImportRow<T>> rows);

	/**
	 * Rows added or updated, rows found already as they are, and the rows turned away.
	 */
	record Outcome(long imported, long unchanged, List<Rejection> rejections) {
	}

}
