package io.arrears.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Compiled templates and loaded wording, each built once on first use and kept: compiling
 * a .jrxml takes about a second, filling a compiled one a few milliseconds, so a run that
 * compiled per notice would spend its time compiling.
 */
final class Templates {

	private final TemplateSource source;

	private final Map<String, JasperReport> reports = new ConcurrentHashMap<>();

	private final Map<String, Wording> wordings = new ConcurrentHashMap<>();

	Templates(TemplateSource source) {
		this.source = source;
	}

	JasperReport report(String name) {
		return reports.computeIfAbsent(name, this::compile);
	}

	/**
	 * Whether {@code name} is compiled already (a compile under way counts as not yet).
	 */
	boolean isCompiled(String name) {
		return reports.containsKey(name);
	}

	Wording wording(String name) {
		return wordings.computeIfAbsent(name, n -> Wording.load(source, n));
	}

	private JasperReport compile(String name) {
		try (InputStream in = source.open(name + ".jrxml")) {
			return JasperCompileManager.compileReport(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read template " + name + ".jrxml", e);
		}
		catch (JRException e) {
			throw new IllegalStateException("template " + name + ".jrxml does not compile: " + e.getMessage(), e);
		}
	}

}
