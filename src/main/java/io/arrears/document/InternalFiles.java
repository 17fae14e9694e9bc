package io.arrears.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes internal documents (work lists, the daily review, case files): they name owners,
 * phones and collectors, so their folder is {@code rwx------} and each file
 * {@code rw-------}, for the service user alone, whatever the umask. Each file is written
 * beside its name and moved into place, so that nobody opens half a list; on a file
 * system without POSIX permissions the files are written as the system allows.
 */
public final class InternalFiles {

	public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private InternalFiles() {
	}

	/** Creates the folder (and its parents) and makes it the service user's alone. */
	public static void folder(Path folder) {
		try {
			Files.createDirectories(folder);
			if (POSIX) {
				Files.setPosixFilePermissions(folder, FOLDER);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create " + folder, e);
		}
	}

	/** Writes the file into its folder, owner-only, replacing an earlier one. */
	public static void write(Path file, byte[] content) {
		folder(file.getParent());
		try {
			Path partial = POSIX
					? Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part",
							PosixFilePermissions.asFileAttribute(FILE))
					: Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
			try {
				Files.write(partial, content);
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

	/**
	 * Makes a file written elsewhere (a rendered case file) the service user's alone; its
	 * folder, made by {@link #folder} before the file was written, already keeps others
	 * out.
	 */
	public static void restrict(Path file) {
		if (!POSIX) {
			return;
		}
		try {
			Files.setPosixFilePermissions(file, FILE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot restrict " + file, e);
		}
	}

}
