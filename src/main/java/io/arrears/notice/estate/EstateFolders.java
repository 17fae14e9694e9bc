package io.arrears.notice.estate;

import java.nio.file.Path;
import java.time.LocalDate;

import io.arrears.notice.rendering.DocumentRenderer;

/**
 * Where an estate's documents of a date go: {@code <output-dir>/<estate>/<as-of>/<KIND>/}. The
 * estate code comes from an imported CSV file, so it is sanitised like a file name and the result
 * checked to stay inside the output folder.
 */
final class EstateFolders {

	private EstateFolders() {
	}

	/** @param kind an enum constant (EstateListKind, Festival): a fixed name, not data */
	static Path folder(Path outputDir, String estateCode, LocalDate asOf, Enum<?> kind) {
		Path base = outputDir.toAbsolutePath().normalize();
		Path folder = base.resolve(DocumentRenderer.safeName(estateCode))
			.resolve(asOf.toString())
			.resolve(kind.name())
			.normalize();
		if (!folder.startsWith(base) || folder.equals(base)) {
			throw new IllegalArgumentException("estate " + estateCode + " would leave the output folder " + base);
		}
		return folder;
	}
}
