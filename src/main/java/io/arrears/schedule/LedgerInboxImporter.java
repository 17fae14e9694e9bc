package io.arrears.schedule;

import java.nio.file.Path;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.arrears.ledger.ImportRequest;
import io.arrears.ledger.ImportSummary;
import io.arrears.ledger.LedgerImport;

/**
 * The inbox's importer: each file is a ledger file of SPEC §7. Nobody is there to say
 * which encoding a dropped file has, so the import finds it from the bytes ({@code auto}:
 * UTF-8 when the file is, else GB18030, which contains the GBK of Chinese bank and
 * cashier exports), and refuses a file that mixes encodings.
 */
@Component
class LedgerInboxImporter implements InboxImporter {

	private static final Logger log = LoggerFactory.getLogger(LedgerInboxImporter.class);

	private final LedgerImport ledgerImport;

	LedgerInboxImporter(LedgerImport ledgerImport) {
		this.ledgerImport = ledgerImport;
	}

	@Override
	public void importLedger(Path file, LocalDate asOf) throws Exception {
		ImportSummary summary = ledgerImport.run(new ImportRequest(null, null, file, null));
		summary.files().forEach(f -> log.info("inbox {}: {}", file.getFileName(), f));
	}

}
