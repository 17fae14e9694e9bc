package io.arrears.document;

import io.arrears.dunning.NoticeKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintPage;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Renders documents to PDF with the JasperReports templates under {@code templates/}.
 *
 * <p>
 * Two ways out: {@link #render} writes one document to its own file (what the notice
 * registry records); {@link #renderBatch} writes many documents of one kind into one
 * multi-page file for the printer. Prefer the batch for volume: each PDF embeds its own
 * subset of the 10 MB Chinese font, which dominates the cost of a one-page file, while a
 * batch embeds it once.
 *
 * <p>
 * Templates are compiled once per renderer, on first use; a renderer is thread-safe and
 * meant to be shared. Output is deterministic: rendering the same data again gives the
 * same bytes.
 */
public final class DocumentRenderer {

	private final Templates templates;

	private final Bindings bindings;

	private final PaymentUrls paymentUrls;

	private final FontCoverage coverage = FontCoverage.packaged();

	/** A renderer using the templates and wording packaged on the classpath. */
	public DocumentRenderer() {
		this(TemplateSource.classpath());
	}

	/**
	 * A renderer reading templates and wording from {@code templateFolder} first (a
	 * manager's edited copy of {@code templates/}), the packaged ones for any file not
	 * there.
	 */
	public DocumentRenderer(Path templateFolder) {
		this(TemplateSource.folder(templateFolder));
	}

	/**
	 * A renderer reading templates like {@link #DocumentRenderer(Path)}, whose reminders,
	 * lawyer's letters, case files and cards with a warm reminder carry a QR code to pay
	 * by where {@code paymentUrls} gives their estate an address (SPEC §11).
	 */
	public DocumentRenderer(Path templateFolder, PaymentUrls paymentUrls) {
		this(TemplateSource.folder(templateFolder), paymentUrls);
	}

	private DocumentRenderer(TemplateSource source) {
		this(source, PaymentUrls.none());
	}

	/** The packaged templates, with payment addresses: for tests. */
	DocumentRenderer(PaymentUrls paymentUrls) {
		this(TemplateSource.classpath(), paymentUrls);
	}

	private DocumentRenderer(TemplateSource source, PaymentUrls paymentUrls) {
		this.templates = new Templates(source);
		this.paymentUrls = paymentUrls;
		this.bindings = new Bindings(templates, paymentUrls);
	}

	/**
	 * Compiles the named templates and loads their wording on one background daemon
	 * thread, so that the documents that need them later do not wait for it; returns at
	 * once. A document that needs a template still compiling waits for that compile
	 * (never compiles it twice); a template that does not compile fails here silently and
	 * again, with its message, when a document needs it.
	 */
	public void prepare(Collection<String> names) {
		List<String> pending = names.stream().filter(n -> !templates.isCompiled(n)).toList();
		if (pending.isEmpty()) {
			return;
		}
		Thread thread = new Thread(() -> {
			for (String name : pending) {
				try {
					templates.report(name);
					templates.wording(name);
				}
				catch (RuntimeException e) {
					// reported by the document that needs it
				}
			}
		}, "prepare-templates");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/**
	 * SHA-256 (hex) of the canonical serialisation of the document's data; what the
	 * notice registry records so an audit can prove what was sent.
	 */
	public static String fingerprint(Document document) {
		return Fingerprint.of((Record) document);
	}

	/**
	 * The URL the document's QR code encodes (SPEC §11): empty when its estate has no
	 * payment address or the document asks for no money.
	 */
	public Optional<String> paymentUrl(Document document) {
		return paymentUrls.of(document);
	}

	/**
	 * The document's file name, built from sanitised codes so no code can point outside
	 * the output folder, e.g. {@code E01_H2_REMINDER-03_20260105.pdf}.
	 */
	public static String fileName(Document document) {
		String estate = FileNames.sanitise(document.estate().code());
		String name;
		if (document instanceof HouseholdNotice n) {
			name = estate
					+ "_" + FileNames.sanitise(n.household().code()) + "_" + (n.kind() == NoticeKind.REMINDER
							? String.format(Locale.ROOT, "REMINDER-%02d", n.number()) : "LAWYER-LETTER")
					+ "_" + compact(n.episodeDueDate());
		}
		else if (document instanceof FestivalCard c) {
			name = estate + "_" + FileNames.sanitise(c.household().code()) + "_" + c.festival().name().replace('_', '-')
					+ "_" + c.festivalDate().getYear();
		}
		else if (document instanceof EstateList l) {
			name = estate + "_" + l.kind().name().replace('_', '-') + "_" + compact(l.asOf());
		}
		else {
			CaseFile f = (CaseFile) document;
			name = estate + "_" + FileNames.sanitise(f.household().code()) + "_CASE-FILE_" + compact(f.asOf());
		}
		return name + ".pdf";
	}

	/**
	 * The folder for one estate's documents of one kind and date,
	 * {@code <output>/<estate>/<date>/<kind>}, the estate code sanitised so that it
	 * cannot point outside the output folder.
	 */
	public static Path folder(Path outputDir, String estateCode, LocalDate asOf, String kind) {
		Path base = outputDir.toAbsolutePath().normalize();
		Path estate = FileNames.inside(base, FileNames.sanitise(estateCode));
		return estate.resolve(asOf.toString()).resolve(FileNames.sanitise(kind));
	}

	/**
	 * Renders one document to {@code outputFolder/}{@link #fileName}, replacing an
	 * earlier render.
	 * @throws MissingGlyphException when its text holds a character the embedded font
	 * lacks: then nothing is written
	 */
	public RenderedDocument render(Document document, Path outputFolder) {
		Path file = FileNames.inside(outputFolder, fileName(document));
		JasperPrint print = fill(document);
		write(List.of(print), file, document);
		return new RenderedDocument(file, print.getPages().size(), List.of(fingerprint(document)));
	}

	/** Writes one document's PDF to a stream. */
	public void write(Document document, OutputStream out) throws IOException {
		out.write(export(List.of(fill(document)), document));
	}

	/**
	 * Renders documents of one kind into one multi-page PDF for printing, in the order
	 * given.
	 * @param batchName the file's name without ".pdf"; sanitised like a code
	 */
	public RenderedDocument renderBatch(List<? extends Document> documents, Path outputFolder, String batchName) {
		if (documents.isEmpty()) {
			throw new IllegalArgumentException("an empty print batch");
		}
		String template = documents.get(0).template();
		List<JasperPrint> prints = new ArrayList<>(documents.size());
		List<String> fingerprints = new ArrayList<>(documents.size());
		int pages = 0;
		for (Document document : documents) {
			if (!document.template().equals(template)) {
				throw new IllegalArgumentException(
						"a print batch holds one kind of document: " + template + " and " + document.template());
			}
			JasperPrint print = fill(document);
			prints.add(print);
			pages += print.getPages().size();
			fingerprints.add(fingerprint(document));
		}
		Path file = FileNames.inside(outputFolder, FileNames.sanitise(batchName) + ".pdf");
		write(prints, file, documents.get(0));
		return new RenderedDocument(file, pages, fingerprints);
	}

	/**
	 * Why the document cannot be printed (a character of its text the embedded font
	 * lacks), or null when it can: checked before a print batch is formed, so that a
	 * refused notice never shifts the batches rendered before it.
	 */
	public String refusal(Document document) {
		return check(document).refusal();
	}

	/**
	 * The document bound to its template and checked against the font, once: why it
	 * cannot be printed ({@link Checked#refusal}), or what
	 * {@link #renderCheckedPrintBatch} fills without binding and checking it again. A
	 * print batch's reader checks each document before cutting the batches (so that a
	 * refusal never shifts them), and the batch is filled from that same check.
	 */
	public Checked check(Document document) {
		ReportInput input = bindings.of(document);
		try {
			coverage.check(document, input, fileName(document));
			return new Checked(document, input, null);
		}
		catch (MissingGlyphException e) {
			return new Checked(document, null, e.getMessage());
		}
	}

	/**
	 * A document bound to its template and checked against the font ({@link #check}).
	 */
	public static final class Checked {

		private final Document document;

		private final ReportInput input;

		private final String refusal;

		private Checked(Document document, ReportInput input, String refusal) {
			this.document = document;
			this.input = input;
			this.refusal = refusal;
		}

		public Document document() {
			return document;
		}

		/** Why the document cannot be printed, or null when it can. */
		public String refusal() {
			return refusal;
		}

	}

	/**
	 * Renders a print batch as the courier gets it: a cover sheet (estate, kind, date,
	 * part, count, first and last room), then the documents in the order given, each
	 * filled once, all exported in one PDF so the font subset is embedded once. With
	 * {@code duplex} every document starts on an odd page (a blank page follows the cover
	 * and any document of an odd number of pages but the last). With {@code ownFiles} not
	 * null each document is also written alone to {@code ownFiles/}{@link #fileName},
	 * from the same fill: the same bytes as {@link #render}.
	 * @param batchName the file's name without ".pdf"; sanitised like a code
	 * @throws MissingGlyphException when a document's text holds a character the font
	 * lacks (check {@link #refusal} first): then nothing is written
	 */
	public PrintedBatch renderPrintBatch(CoverSheet cover, List<? extends Document> documents, Path outputFolder,
			String batchName, boolean duplex, Path ownFiles) {
		List<Checked> checked = new ArrayList<>(documents.size());
		for (Document document : documents) {
			checked.add(new Checked(document, null, null));
		}
		return renderCheckedPrintBatch(cover, checked, outputFolder, batchName, duplex, ownFiles);
	}

	/**
	 * Renders a print batch like
	 * {@link #renderPrintBatch(CoverSheet, List, Path, String, boolean, Path)} from
	 * documents already {@link #check checked}: each is filled from its check, not bound
	 * and checked again.
	 * @param checked documents checked by {@link #check}, none refused
	 */
	public PrintedBatch renderCheckedPrintBatch(CoverSheet cover, List<Checked> checked, Path outputFolder,
			String batchName, boolean duplex, Path ownFiles) {
		if (checked.isEmpty()) {
			throw new IllegalArgumentException("an empty print batch");
		}
		List<Document> documents = new ArrayList<>(checked.size());
		List<JasperPrint> fills = new ArrayList<>(checked.size());
		for (Checked document : checked) {
			if (document.refusal != null) {
				throw new IllegalArgumentException("a refused document in a print batch: " + document.refusal);
			}
			documents.add(document.document);
			fills.add(document.input == null ? fill(document.document) : fill(document.document, document.input));
		}
		int documentPages = 0;
		for (JasperPrint print : fills) {
			documentPages += print.getPages().size();
		}
		JasperPrint coverPrint = fillCover(cover, documents, documentPages);
		List<JasperPrint> prints = new ArrayList<>(fills.size() * 2 + 2);
		prints.add(coverPrint);
		int page = coverPrint.getPages().size();
		if (duplex && page % 2 == 1) {
			prints.add(blank(coverPrint));
			page++;
		}
		List<Placement> placements = new ArrayList<>(documents.size());
		for (int i = 0; i < documents.size(); i++) {
			Document document = documents.get(i);
			JasperPrint print = fills.get(i);
			int pages = print.getPages().size();
			Path own = null;
			if (ownFiles != null) {
				own = FileNames.inside(ownFiles, fileName(document));
				write(List.of(print), own, document);
			}
			placements.add(new Placement(fingerprint(document), page + 1, page + pages, own));
			prints.add(print);
			page += pages;
			if (duplex && pages % 2 == 1 && i < documents.size() - 1) {
				prints.add(blank(print));
				page++;
			}
		}
		Path file = FileNames.inside(outputFolder, FileNames.sanitise(batchName) + ".pdf");
		write(prints, file, documents.get(0));
		return new PrintedBatch(file, page, placements);
	}

	/**
	 * What the cover sheet of a print batch says besides what its documents tell.
	 *
	 * @param kind the kind's key in cover-sheet.properties ({@code kind.REMINDER} …)
	 * @param part the batch's number among the estate's batches of that kind and date
	 */
	public record CoverSheet(EstateInfo estate, String kind, LocalDate date, int part) {
	}

	/** Where a document of a print batch is printed. */
	public record Placement(String fingerprint, int firstPage, int lastPage, Path ownFile) {
	}

	/** A print batch written: its file, its pages, and each document's place in it. */
	public record PrintedBatch(Path file, int pages, List<Placement> placements) {
		public PrintedBatch {
			placements = List.copyOf(placements);
		}
	}

	private JasperPrint fillCover(CoverSheet cover, List<? extends Document> documents, int documentPages) {
		Wording wording = templates.wording("cover-sheet");
		Map<String, String> values = new HashMap<>();
		values.put("estateName", cover.estate().name());
		values.put("estateCode", cover.estate().code());
		values.put("kind", wording.text("kind." + cover.kind(), Map.of()));
		values.put("date", cover.date().toString());
		values.put("part", Integer.toString(cover.part()));
		values.put("count", Integer.toString(documents.size()));
		values.put("pages", Integer.toString(documentPages + 1));
		values.put("first", room(documents.get(0)));
		values.put("last", room(documents.get(documents.size() - 1)));
		Map<String, Object> parameters = new HashMap<>();
		for (String key : List.of("title", "not.for.delivery", "estate.line", "kind.line", "date.line", "part.line",
				"count.line", "first.line", "last.line", "order.note")) {
			parameters.put(key.toUpperCase(Locale.ROOT).replace('.', '_'), wording.text(key, values));
		}
		parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
		try {
			return JasperFillManager.fillReport(templates.report("cover-sheet"), parameters,
					new JRMapCollectionDataSource(List.of()));
		}
		catch (JRException e) {
			throw new IllegalStateException("cannot fill the cover sheet of " + cover, e);
		}
	}

	private static String room(Document document) {
		if (document instanceof HouseholdNotice n) {
			return n.household().label();
		}
		if (document instanceof FestivalCard c) {
			return c.household().label();
		}
		if (document instanceof CaseFile f) {
			return f.household().label();
		}
		return document.estate().name();
	}

	/** An empty page the size of {@code like}'s, for duplex printing. */
	private static JasperPrint blank(JasperPrint like) {
		JasperPrint blank = new JasperPrint();
		blank.setName("blank");
		blank.setPageWidth(like.getPageWidth());
		blank.setPageHeight(like.getPageHeight());
		blank.setOrientation(like.getOrientation());
		blank.addPage(new JRBasePrintPage());
		return blank;
	}

	/**
	 * Fills the document's template, after refusing a document whose text the font cannot
	 * print in full.
	 * @throws MissingGlyphException when a character of its text is not in the font
	 */
	private JasperPrint fill(Document document) {
		ReportInput input = bindings.of(document);
		coverage.check(document, input, fileName(document));
		return fill(document, input);
	}

	/** Fills the template from a document's input already checked against the font. */
	private JasperPrint fill(Document document, ReportInput input) {
		Map<String, Object> parameters = new HashMap<>(input.parameters());
		parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
		try {
			return JasperFillManager.fillReport(templates.report(input.template()), parameters,
					new JRMapCollectionDataSource(input.rows()));
		}
		catch (JRException e) {
			throw new IllegalStateException("cannot fill " + input.template() + " for " + fileName(document), e);
		}
	}

	private void write(List<JasperPrint> prints, Path file, Document first) {
		try {
			Files.createDirectories(file.getParent());
			// Written beside the target and moved, so a reader never sees half a PDF.
			Path partial = file.resolveSibling(file.getFileName() + ".part");
			Files.write(partial, export(prints, first));
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

	private byte[] export(List<JasperPrint> prints, Document first) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		JRPdfExporter exporter = new JRPdfExporter();
		exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataAuthor(first.estate().companyName());
		configuration.setMetadataCreator("arrears-pipeline");
		exporter.setConfiguration(configuration);
		try {
			exporter.exportReport();
		}
		catch (JRException e) {
			throw new IllegalStateException("cannot export PDF", e);
		}
		return PdfNormalizer.normalize(out.toByteArray());
	}

	private static String compact(LocalDate date) {
		return date.toString().replace("-", "");
	}

}
