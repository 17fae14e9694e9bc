package io.arrears.document;

import java.nio.file.Path;
import java.util.List;

/**
 * A PDF written by {@link DocumentRenderer}.
 *
 * @param file the PDF
 * @param pages pages in it
 * @param fingerprints the fingerprint of each document in it, in page order (one for a
 * single document)
 */
public record RenderedDocument(Path file, int pages, List<String> fingerprints) {
	public RenderedDocument {
		fingerprints = List.copyOf(fingerprints);
	}

	/** The fingerprint of a single document's PDF. */
	public String fingerprint() {
		if (fingerprints.size() != 1) {
			throw new IllegalStateException(
					"a print batch of " + fingerprints.size() + " documents has no single fingerprint");
		}
		return fingerprints.get(0);
	}
}
