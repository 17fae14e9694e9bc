package io.arrears.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Imports the ledger files ({@code *.csv}) dropped into the inbox folder, oldest name
 * first, then moves each to {@code done/} or, with a {@code .error.txt} saying why, to
 * {@code failed/}, so that a file is never imported twice and never silently dropped. A
 * file changed within the last {@code settle} may still be being copied and waits for the
 * next poll.
 */
@Component
class InboxImportJob implements ScheduledJob {

	private static final Logger log = LoggerFactory.getLogger(InboxImportJob.class);

	// a prefix keeps every day's ledger.csv in done/ rather than the last one only
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-");

	private final ScheduleProperties.Inbox inbox;

	private final ObjectProvider<InboxImporter> importer;

	private final Clock clock;

	InboxImportJob(ScheduleProperties properties, ObjectProvider<InboxImporter> importer, Clock clock) {
		this.inbox = properties.inbox();
		this.importer = importer;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "import-inbox";
	}

	@Override
	public Outcome run(Firing firing) throws IOException {
		Path folder = inbox.folder().toAbsolutePath();
		if (!Files.isDirectory(folder)) {
			return Outcome.done("no inbox folder " + folder);
		}
		List<Path> ready = ready(folder);
		if (ready.isEmpty()) {
			return Outcome.done("inbox empty");
		}
		InboxImporter imports = importer.getIfAvailable();
		if (imports == null) {
			return Outcome.failed("the ledger import is not wired to the scheduler yet; " + ready.size()
					+ " file(s) left in " + folder);
		}
		List<String> failed = new ArrayList<>();
		int imported = 0;
		for (Path file : ready) {
			try {
				imports.importLedger(file, firing.asOf());
				move(file, folder.resolve("done"));
				imported++;
			}
			catch (Exception e) {
				Path moved = move(file, folder.resolve("failed"));
				Files.writeString(moved.resolveSibling(moved.getFileName() + ".error.txt"),
						String.valueOf(e.getMessage()) + "\n", StandardCharsets.UTF_8);
				log.warn("inbox: {} failed to import, moved to {}: {}", file.getFileName(), moved, e.getMessage());
				failed.add(file.getFileName().toString());
			}
		}
		String detail = imported + " file(s) imported to done/";
		return failed.isEmpty() ? Outcome.done(detail)
				: Outcome.failed(detail + ", " + failed.size() + " failed to failed/: " + String.join(", ", failed));
	}

	private List<Path> ready(Path folder) throws IOException {
		Instant settled = clock.instant().minus(inbox.settle());
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> ready = new ArrayList<>();
			for (Path file : files.sorted().toList()) {
				if (Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
						&& !Files.getLastModifiedTime(file).toInstant().isAfter(settled)) {
					ready.add(file);
				}
			}
			return ready;
		}
	}

	private Path move(Path file, Path to) throws IOException {
		Files.createDirectories(to);
		Path target = to.resolve(STAMP.format(LocalDateTime.now(clock)) + file.getFileName());
		return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
	}

}
