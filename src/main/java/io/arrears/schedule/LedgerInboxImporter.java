package io.arrears.schedule;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * which encoding a dropped file has, so a file that is not valid UTF-8 is read as GBK,
 * the encoding of Chinese bank and cashier exports.
 */
@Component
class LedgerInboxImporter implements InboxImporter {

	private static final Logger log = LoggerFactory.getLogger(LedgerInboxImporter.class);

	private static final Charset GBK = Charset.forName("GBK");

	private final LedgerImport ledgerImport;

	LedgerInboxImporter(LedgerImport ledgerImport) {
		this.ledgerImport = ledgerImport;
	}

	@Override
	public void importLedger(Path file, LocalDate asOf) throws Exception {
		Charset encoding = isUtf8(file) ? StandardCharsets.UTF_8 : GBK;
		ImportSummary summary = ledgerImport.run(new ImportRequest(null, null, file, encoding));
		summary.files().forEach(f -> log.info("inbox {} ({}): {}", file.getFileName(), encoding, f));
	}

	static boolean isUtf8(Path file) throws IOException {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(file)));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

}
