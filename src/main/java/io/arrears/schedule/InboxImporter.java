package io.arrears.schedule;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Imports one ledger file found in the inbox (SPEC §7). Returning normally means the file
 * is imported, rejected rows included (they go to the rejects file and table); throwing
 * means nothing of it was kept.
 */
@FunctionalInterface
interface InboxImporter {

	void importLedger(Path file, LocalDate asOf) throws Exception;

}
