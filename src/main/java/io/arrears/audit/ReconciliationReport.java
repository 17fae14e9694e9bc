package io.arrears.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import io.arrears.csv.CsvWriter;

/**
 * The reconciliation report of a re-run, difference by difference, with the notices it
 * explains by the promise or hold that kept them back: a CSV for the auditor's
 * spreadsheet and a PDF for the file. The PDF is a plain table drawn with OpenPDF (the
 * library under JasperReports) in the packaged Noto Sans SC, so that Chinese fee items
 * print; it carries no wording for a manager to edit, so it needs no template.
 */
class ReconciliationReport {

	/**
	 * The columns. After the difference itself, a notice row's finding: what it means
	 * ({@link Difference.Finding}), the notice (kind, number, episode), and the promise
	 * or hold behind it (type, reason, reference, from and until dates); empty on other
	 * rows.
	 */
	static final String HEADER = "run_id,as_of,household_code,kind,subject,expected,recorded,"
			+ "finding,notice,cause,cause_reason,cause_reference,cause_from,cause_until";

	private static final String FONT = "fonts/noto-sans-sc/NotoSansSC_400Regular.ttf";

	private final Path directory;

	ReconciliationReport(Path directory) {
		this.directory = directory;
	}

	Path writeCsv(long runId, String job, RerunRequest request, List<Difference> differences) throws IOException {
		Files.createDirectories(directory);
		Path file = directory.resolve(baseName(runId, job, request) + ".csv");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			CsvWriter csv = CsvWriter.withHeader(out, HEADER.split(","));
			for (Difference d : differences) {
				Difference.Cause c = d.cause();
				csv.row(runId, d.asOf(), d.householdCode(), d.kind().name(), d.subject(), d.expected(), d.recorded(),
						d.finding() == null ? "" : d.finding().name(), d.notice() == null ? "" : d.notice(),
						c == null ? "" : c.type(), c == null ? "" : c.reason(), c == null ? "" : c.reference(),
						c == null || c.from() == null ? "" : c.from(), c == null || c.until() == null ? "" : c.until());
			}
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		return file;
	}

	Path writePdf(long runId, String job, RerunRequest request, List<Difference> differences) throws IOException {
		Files.createDirectories(directory);
		Path file = directory.resolve(baseName(runId, job, request) + ".pdf");
		Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
		try (OutputStream out = Files.newOutputStream(file)) {
			PdfWriter.getInstance(document, out);
			document.open();
			BaseFont base = baseFont();
			Font font = font(base, 8);
			document.add(new Paragraph(
					"Reconciliation report, audit run " + runId + ": " + job + " " + request.mode().name().toLowerCase()
							+ (request.dryRun() ? " (dry run)" : "") + ", " + request.from() + " .. " + request.to(),
					font(base, 11)));
			long count = differences.stream().filter(Difference::isDifference).count();
			document.add(new Paragraph("differences: " + count + ", notices explained by a promise or hold: "
					+ (differences.size() - count), font(base, 11)));
			PdfPTable table = new PdfPTable(new float[] { 8, 10, 8, 13, 22, 22, 17 });
			table.setWidthPercentage(100);
			table.setSpacingBefore(8);
			table.setHeaderRows(1);
			for (String heading : new String[] { "as of", "household", "kind", "subject", "expected", "recorded",
					"finding" }) {
				PdfPCell cell = new PdfPCell(new Phrase(heading, font));
				cell.setHorizontalAlignment(Element.ALIGN_CENTER);
				table.addCell(cell);
			}
			for (Difference d : differences) {
				for (String value : new String[] { d.asOf().toString(), d.householdCode(), d.kind().name(), d.subject(),
						d.expected(), d.recorded(), finding(d) }) {
					table.addCell(new Phrase(value, font));
				}
			}
			document.add(table);
			// before the stream closes: closing the document writes the PDF's trailer
			// into it
			document.close();
		}
		catch (DocumentException e) {
			throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
		}
		return file;
	}

	/** The finding in a cell: what it means, and the promise or hold with its dates. */
	static String finding(Difference d) {
		if (d.finding() == null) {
			return "";
		}
		Difference.Cause c = d.cause();
		if (c == null) {
			return d.finding().name();
		}
		return d.finding().name() + ": " + c.type() + " " + c.reference() + " " + c.reason() + " "
				+ (c.from() == null ? "" : c.from()) + " .. " + (c.until() == null ? "" : c.until());
	}

	private static String baseName(long runId, String job, RerunRequest request) {
		return "rerun-" + job + "-" + runId + "-" + request.mode().name().toLowerCase() + "-" + request.from() + "-"
				+ request.to() + (request.dryRun() ? "-dry" : "");
	}

	private static Font font(BaseFont base, float size) {
		// a build without the font (see docs/documents.md) still reports, in Latin
		// letters
		return base == null ? new Font(Font.HELVETICA, size) : new Font(base, size);
	}

	private static BaseFont baseFont() throws IOException {
		try (InputStream in = ReconciliationReport.class.getClassLoader().getResourceAsStream(FONT)) {
			if (in == null) {
				return null;
			}
			return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (DocumentException e) {
			throw new IOException("cannot load " + FONT + ": " + e.getMessage(), e);
		}
	}

}
