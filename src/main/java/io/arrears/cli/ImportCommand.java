package io.arrears.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import io.arrears.collection.CollectionImport;
import io.arrears.collection.CollectionImportRequest;
import io.arrears.ledger.FileSummary;
import io.arrears.ledger.ImportRequest;
import io.arrears.ledger.ImportSummary;
import io.arrears.ledger.LedgerImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import}: the CSV files of SPEC §7, estates before households before the ledger.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
		"Import estates, households, ledger entries, collectors, contacts, holds and receipts from CSV (header row, UTF-8, GBK or GB18030).",
		"Bad rows go to <file>.rejects.csv with their line and reason; the good rows are kept.",
		"Importing the same file again changes nothing." })
class ImportCommand implements Cli.Action {

	/**
	 * The encodings Chinese cashier and bank exports come in; {@code auto} finds each
	 * file's from its bytes.
	 */
	enum Encoding {

		AUTO(null), UTF_8("UTF-8"), GBK("GBK"), GB18030("GB18030");

		final String charset;

		Encoding(String charset) {
			this.charset = charset;
		}

	}

	@Option(names = "--estates", paramLabel = "F", description = "estates.csv")
	Path estates;

	@Option(names = "--households", paramLabel = "F", description = "households.csv")
	Path households;

	@Option(names = "--ledger", paramLabel = "F", description = "ledger.csv")
	Path ledger;

	@Option(names = "--collectors", paramLabel = "F", description = "collectors.csv (SPEC §9)")
	Path collectors;

	@Option(names = "--contacts", paramLabel = "F", description = "contacts.csv (SPEC §9)")
	Path contacts;

	@Option(names = "--holds", paramLabel = "F", description = "holds.csv (SPEC §9)")
	Path holds;

	@Option(names = "--receipts", paramLabel = "F",
			description = "receipts.csv (SPEC §10): proof that issued notices reached the owners")
	Path receipts;

	@Option(names = "--encoding", paramLabel = "auto|UTF-8|GBK|GB18030", defaultValue = "auto",
			converter = EncodingConverter.class,
			description = "File encoding (default: ${DEFAULT-VALUE}: a byte-order mark, else UTF-8 when the file is, "
					+ "else GB18030, which contains GBK); a named one the bytes contradict refuses the file")
	Encoding encoding;

	@Override
	public void validate() {
		if (estates == null && households == null && ledger == null && collection(null).isEmpty()) {
			throw new IllegalArgumentException("name at least one file: --estates, --households, --ledger, "
					+ "--collectors, --contacts, --holds or --receipts");
		}
	}

	@Override
	public List<String> springArguments() {
		// the command prints each file's summary itself; the log would say it twice
		return List.of("--logging.level.io.arrears.ledger.LedgerImport=WARN");
	}

	@Override
	public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
		Charset charset = encoding.charset == null ? null : Charset.forName(encoding.charset);
		List<FileSummary> files = new ArrayList<>();
		// the ledger's files first: collectors name estates, contacts and holds
		// households
		if (estates != null || households != null || ledger != null) {
			files.addAll(context.getBean(LedgerImport.class)
				.run(new ImportRequest(estates, households, ledger, charset))
				.files());
		}
		if (!collection(charset).isEmpty()) {
			files.addAll(context.getBean(CollectionImport.class).run(collection(charset)).files());
		}
		ImportSummary summary = new ImportSummary(files);
		for (FileSummary file : summary.files()) {
			out.println(file);
		}
		if (summary.hasRejects()) {
			err.println("some rows were rejected: see the rejects files above, fix the rows and import them again");
			return Cli.REJECTED_ROWS;
		}
		return Cli.OK;
	}

	private CollectionImportRequest collection(Charset charset) {
		return new CollectionImportRequest(collectors, contacts, holds, receipts, charset);
	}

	static class EncodingConverter implements picocli.CommandLine.ITypeConverter<Encoding> {

		@Override
		public Encoding convert(String value) {
			for (Encoding e : Encoding.values()) {
				if (e.name().equalsIgnoreCase(value) || e.charset != null
						&& (e.charset.equalsIgnoreCase(value) || e.charset.replace("-", "").equalsIgnoreCase(value))) {
					return e;
				}
			}
			throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not auto, UTF-8, GBK or GB18030");
		}

	}

}
