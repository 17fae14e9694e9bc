package io.arrears.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * File names built from codes that come from imported CSV files and so cannot be trusted:
 * a household code {@code ../../x} must not write outside the output folder.
 */
final class FileNames {

	private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9-]");

	private FileNames() {
	}

	/**
	 * The code with every character other than ASCII letters, digits and '-' replaced by
	 * '_'. When anything was replaced, a short hash of the original is appended, so that
	 * two codes that differ only in unsafe characters (A/B, A.B) still get different
	 * files.
	 */
	static String sanitise(String code) {
		String safe = UNSAFE.matcher(code).replaceAll("_");
		if (safe.equals(code) && !safe.isEmpty()) {
			return safe;
		}
		return (safe.isEmpty() ? "_" : safe) + "-" + shortHash(code);
	}

	/** The file inside {@code dir}; fails rather than resolve anywhere else. */
	static Path inside(Path dir, String fileName) {
		Path base = dir.toAbsolutePath().normalize();
		Path file = base.resolve(fileName).normalize();
		if (!file.getParent().equals(base)) {
			throw new IllegalArgumentException("file name leaves the output folder: " + fileName);
		}
		return file;
	}

	private static String shortHash(String s) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}

}
