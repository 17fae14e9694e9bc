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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
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
	 * Fills the document's template, after refusing a document whose text the font cannot
	 * print in full.
	 * @throws MissingGlyphException when a character of its text is not in the font
	 */
	private JasperPrint fill(Document document) {
		ReportInput input = bindings.of(document);
		coverage.check(document, input, fileName(document));
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
