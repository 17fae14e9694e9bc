package io.arrears.schedule;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Imports one ledger file found in the inbox (SPEC §7). Returning normally means the file is
 * imported, rejected rows included (they go to the rejects file and table); throwing means nothing
 * of it was kept.
 */
// TODO(import): provide this as a bean delegating to io.arrears.ledger.LedgerImport.run(ImportRequest)
// (import branch) with the file as the ledger. Until then no bean exists, and the import-inbox job
// reports the waiting files as a failure and leaves them where they are.
@FunctionalInterface
interface InboxImporter {

	void importLedger(Path file, LocalDate asOf) throws Exception;
}
