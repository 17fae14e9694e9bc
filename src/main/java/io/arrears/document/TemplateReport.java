package io.arrears.document;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * A report of the pipeline's own (the month-end pack, the work list, the daily review):
 * {@code <name>.jrxml} laid out with the words of {@code <name>.properties}, read from
 * the edited templates folder first and from the jar otherwise, like every other
 * document. The template is compiled once, on first use; the same data gives the same
 * bytes.
 */
public final class TemplateReport {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	private static volatile FontCoverage coverage;

	private final Path templateFolder;

	private final String name;

	private volatile JasperReport report;

	private volatile Properties wording;

	public TemplateReport(Path templateFolder, String name) {
		this.templateFolder = templateFolder;
		this.name = name;
	}

	/** Fills the template with the parameters and rows, as PDF. */
	public byte[] render(Map<String, Object> parameters, List<Map<String, ?>> rows, String author) {
		Map<String, Object> p = new HashMap<>(parameters);
		p.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
		try {
			JasperPrint print = JasperFillManager.fillReport(report(), p, new JRMapCollectionDataSource(rows));
			ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
			JRPdfExporter exporter = new JRPdfExporter();
			exporter.setExporterInput(new SimpleExporterInput(print));
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
			SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
			configuration.setMetadataAuthor(author);
			configuration.setMetadataCreator("arrears-pipeline");
			exporter.setConfiguration(configuration);
			exporter.exportReport();
			return PdfNormalizer.normalize(out.toByteArray());
		}
		catch (JRException e) {
			throw new IllegalStateException("cannot fill " + name + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The text as the embedded font can print it: each character the font lacks (a CJK
	 * Extension B character in an owner's name, an emoji) replaced by a visible
	 * {@code [U+20000]}, where JasperReports would leave a blank. The pipeline's own
	 * reports are internal and read beside their CSV, which holds the text as recorded; a
	 * notice is refused instead ({@link MissingGlyphException}). Null stays null.
	 */
	public static String printable(String text) {
		if (text == null) {
			return null;
		}
		FontCoverage font = coverage();
		if (font.firstMissing(text) < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints()
			.forEach(c -> out.append(font.firstMissing(Character.toString(c)) < 0 ? Character.toString(c)
					: String.format("[U+%04X]", c)));
		return out.toString();
	}

	private static FontCoverage coverage() {
		if (coverage == null) {
			coverage = FontCoverage.packaged();
		}
		return coverage;
	}

	/** Whether the wording has the key. */
	public boolean has(String key) {
		return wording().containsKey(key);
	}

	/**
	 * The wording of a key with its placeholders filled; a missing key or value fails
	 * loudly.
	 */
	public String text(String key, Map<String, String> values) {
		String template = wording().getProperty(key);
		if (template == null) {
			throw new IllegalStateException("wording " + name + ".properties has no " + key);
		}
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalStateException(name + ".properties " + key + " uses {" + matcher.group(1)
						+ "}, which the " + name + " report does not provide");
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private Properties wording() {
		if (wording == null) {
			Properties loaded = new Properties();
			try (InputStream in = open(name + ".properties");
					InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				loaded.load(reader);
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read wording " + name + ".properties", e);
			}
			wording = loaded;
		}
		return wording;
	}

	private JasperReport report() {
		if (report == null) {
			synchronized (this) {
				if (report == null) {
					try (InputStream in = open(name + ".jrxml")) {
						report = JasperCompileManager.compileReport(in);
					}
					catch (IOException e) {
						throw new UncheckedIOException("cannot read template " + name + ".jrxml", e);
					}
					catch (JRException e) {
						throw new IllegalStateException(
								"template " + name + ".jrxml does not compile: " + e.getMessage(), e);
					}
				}
			}
		}
		return report;
	}

	private InputStream open(String fileName) throws IOException {
		if (templateFolder != null && Files.isRegularFile(templateFolder.resolve(fileName))) {
			return Files.newInputStream(templateFolder.resolve(fileName));
		}
		InputStream in = TemplateReport.class.getClassLoader().getResourceAsStream("templates/" + fileName);
		if (in == null) {
			throw new FileNotFoundException("no template file " + fileName + " in " + templateFolder
					+ " nor on the classpath under templates/");
		}
		return in;
	}

}
