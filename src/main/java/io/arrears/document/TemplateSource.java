package io.arrears.document;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where templates and wording are read from: a folder a manager edits (the repository's
 * {@code templates/}), falling back to the copy the build puts on the classpath.
 */
final class TemplateSource {

	private static final String CLASSPATH_FOLDER = "templates/";

	private final Path folder;

	private TemplateSource(Path folder) {
		this.folder = folder;
	}

	static TemplateSource classpath() {
		return new TemplateSource(null);
	}

	static TemplateSource folder(Path folder) {
		return new TemplateSource(folder);
	}

	InputStream open(String fileName) throws IOException {
		if (folder != null) {
			Path file = folder.resolve(fileName);
			if (Files.isRegularFile(file)) {
				return Files.newInputStream(file);
			}
		}
		InputStream in = TemplateSource.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + fileName);
		if (in == null) {
			throw new FileNotFoundException("no template file " + fileName + (folder == null ? "" : " in " + folder)
					+ " nor on the classpath under " + CLASSPATH_FOLDER);
		}
		return in;
	}

}
