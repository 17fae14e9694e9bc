package io.arrears.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import io.arrears.collection.LimitationExport;
import io.arrears.collection.ReviewExport;
import io.arrears.collection.WorkListExport;
import io.arrears.dunning.ArrearsExport;
import io.arrears.notice.NoticeExport;
import io.arrears.notice.SingleNotice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export arrears|notices|limitation|worklist|review}: CSV to standard output or a
 * file; {@code export document}: one notice's PDF.
 */
@Command(name = "export", description = "Export CSV (UTF-8, \\n line ends).", mixinStandardHelpOptions = true,
		subcommands = { ExportCommand.Arrears.class, ExportCommand.Notices.class, ExportCommand.Limitation.class,
				ExportCommand.Worklist.class, ExportCommand.Review.class, ExportCommand.DocumentExport.class })
class ExportCommand {

	@Command(name = "arrears", mixinStandardHelpOptions = true,
			description = "One row per household as the dunning run of the date found it (SPEC §7).")
	static class Arrears extends AsOfExport {

		Arrears() {
			super("households", "no dunning run can be done for it yet, so there is nothing to export");
		}

		@Override
		long write(ConfigurableApplicationContext context, Writer writer) {
			return context.getBean(ArrearsExport.class).write(asOf, writer);
		}

	}

	@Command(name = "notices", mixinStandardHelpOptions = true,
			description = "The reminders and lawyer's letters issued in a date range, by household, kind, number, episode.")
	static class Notices implements Cli.Action {

		@Option(names = "--from", required = true, paramLabel = "D1", description = "First issue date (YYYY-MM-DD)")
		LocalDate from;

		@Option(names = "--to", required = true, paramLabel = "D2", description = "Last issue date (YYYY-MM-DD)")
		LocalDate to;

		@Option(names = "--out", paramLabel = "F", description = "Output file (default: standard output)")
		Path out;

		@Override
		public void validate() {
			DateRange.checkRange(from, to);
		}

		@Override
		public List<FutureDates.Dated> businessDates(ConfigurableApplicationContext context) {
			return List.of(new FutureDates.Dated("--to " + to, to,
					"no notice is issued before its day; end the range today at the latest"));
		}

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter stdout, PrintWriter err)
				throws IOException {
			NoticeExport export = context.getBean(NoticeExport.class);
			long rows = writeTo(out, stdout, w -> export.write(from, to, w));
			if (out != null) {
				err.println("exported " + rows + " notices issued " + from + ".." + to + " to " + out);
			}
			return Cli.OK;
		}

	}

	@Command(name = "limitation", mixinStandardHelpOptions = true,
			description = "The overdue charges whose limitation period (诉讼时效) ends within N days of the date, "
					+ "or has ended, by the day it ends (SPEC §10).")
	static class Limitation extends AsOfExport {

		@Option(names = "--within", paramLabel = "N", description = "Days ahead to watch (default: 180)")
		Integer within;

		private int days;

		Limitation() {
			super("charges", "the ledger of that day is not complete yet; watch as of today and widen --within");
		}

		@Override
		public void validate() {
			if (within != null && within < 0) {
				throw new IllegalArgumentException("--within must be 0 or more days, found " + within);
			}
		}

		@Override
		long write(ConfigurableApplicationContext context, Writer writer) {
			LimitationExport export = context.getBean(LimitationExport.class);
			days = within == null ? export.defaultWithin() : within;
			return export.write(asOf, days, writer);
		}

		@Override
		String scope() {
			return " within " + days + " days";
		}

	}

	@Command(name = "worklist", mixinStandardHelpOptions = true,
			description = "Each collector's work list of the date (SPEC §9): whom to call, in order. "
					+ "It names owners and phones: an internal document.")
	static class Worklist extends AsOfExport {

		@Option(names = "--collector", paramLabel = "C",
				description = "Only this collector's list (- for the households no collector covers)")
		String collector;

		Worklist() {
			super("work-list lines", "no dunning run can be done for it yet, so there is no list to work");
		}

		@Override
		long write(ConfigurableApplicationContext context, Writer writer) {
			return context.getBean(WorkListExport.class).write(asOf, collector, writer);
		}

	}

	@Command(name = "document", mixinStandardHelpOptions = true,
			description = "One notice alone as a PDF, rendered from what the registry recorded, with the "
					+ "fingerprint the registry recorded (for WeChat, e-mail or a reprint).")
	static class DocumentExport implements Cli.Action {

		@Option(names = "--notice", required = true, paramLabel = "NUMBER",
				description = "The number printed on it: a reminder's 编号 (H2-20260105-6), a lawyer's letter's "
						+ "律函字第…号 (H2-20260105); or the registry's notice_id")
		String notice;

		@Option(names = "--out", paramLabel = "F", description = "Output file (default: its own name, e.g. "
				+ "E01_H2_REMINDER-06_20260105.pdf, in the current folder)")
		Path out;

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter stdout, PrintWriter err)
				throws Exception {
			SingleNotice notices = context.getBean(SingleNotice.class);
			var found = notices.find(notice);
			if (found.isEmpty()) {
				err.println("no notice " + notice + " in the registry (a reminder's 编号 like H2-20260105-6, a "
						+ "lawyer's letter's H2-20260105, or a notice_id)");
				return Cli.FAILED;
			}
			var n = found.get();
			if (!n.matches()) {
				err.println("notice " + notice + " was recorded with fingerprint " + n.recordedFingerprint()
						+ " but its data now renders to " + n.fingerprint()
						+ " (the household, estate or a deadline setting changed since): not written, it would"
						+ " not be the notice sent");
				return Cli.FAILED;
			}
			Path file = (out == null ? Path.of(n.fileName()) : out).toAbsolutePath();
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
			try {
				try (var stream = Files.newOutputStream(partial)) {
					notices.write(n, stream);
				}
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(partial);
			}
			err.println("exported notice " + notice + " (notice_id " + n.noticeId() + ", fingerprint " + n.fingerprint()
					+ ") to " + file);
			return Cli.OK;
		}

	}

	@Command(name = "review", mixinStandardHelpOptions = true,
			description = "The daily review of the date (SPEC §9): per estate and collector, households, recovery, "
					+ "contacts and promises, the ranking by recovery rate and the last-three-days mark. "
					+ "It ranks staff: an internal document.")
	static class Review extends AsOfExport {

		Review() {
			super("review lines", "no dunning run can be done for it yet, so there is nothing to review");
		}

		@Override
		long write(ConfigurableApplicationContext context, Writer writer) {
			return context.getBean(ReviewExport.class).write(asOf, writer);
		}

	}

	/**
	 * The shape the exports as of one date share: {@code --as-of D} (refused after today,
	 * SPEC §6), {@code --out F} or standard output, the file written whole or not at all
	 * ({@link #writeTo}), and a line on standard error saying what went to the file.
	 */
	abstract static class AsOfExport implements Cli.Action {

		@Option(names = "--as-of", required = true, paramLabel = "D", description = "The as-of date (YYYY-MM-DD)")
		LocalDate asOf;

		@Option(names = "--out", paramLabel = "F", description = "Output file (default: standard output)")
		Path out;

		private final String rows;

		private final String afterToday;

		/**
		 * @param rows what one row is, in the plural, for the line on standard error
		 * @param afterToday why a date after today has nothing to export yet
		 */
		AsOfExport(String rows, String afterToday) {
			this.rows = rows;
			this.afterToday = afterToday;
		}

		/** Writes the export's CSV as of {@link #asOf}; the number of rows. */
		abstract long write(ConfigurableApplicationContext context, Writer writer);

		/** What else the export was limited to, for the line on standard error. */
		String scope() {
			return "";
		}

		@Override
		public List<FutureDates.Dated> businessDates(ConfigurableApplicationContext context) {
			return List.of(new FutureDates.Dated("--as-of " + asOf, asOf, afterToday));
		}

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter stdout, PrintWriter err)
				throws IOException {
			long written = writeTo(out, stdout, w -> write(context, w));
			if (out != null) {
				err.println("exported " + written + " " + rows + " as of " + asOf + scope() + " to " + out);
			}
			return Cli.OK;
		}

	}

	interface Export {

		long write(Writer writer);

	}

	/**
	 * Writes to a temporary file moved into place at the end, so a failed export leaves
	 * no half file.
	 */
	static long writeTo(Path file, PrintWriter stdout, Export export) throws IOException {
		if (file == null) {
			long rows = export.write(stdout);
			stdout.flush();
			return rows;
		}
		Path absolute = file.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".partial");
		try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			long rows = export.write(writer);
			writer.close();
			Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return rows;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

}
