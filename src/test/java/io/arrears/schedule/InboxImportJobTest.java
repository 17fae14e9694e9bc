package io.arrears.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import io.arrears.schedule.ScheduledJob.Firing;
import io.arrears.schedule.ScheduledJob.Outcome;
import io.arrears.schedule.ScheduledJob.Outcome.Status;

/** The inbox's bookkeeping: what is picked up, where it goes, and what waits. */
class InboxImportJobTest {

	private static final Instant NOW = Instant.parse("2026-06-01T02:10:00Z");

	private static final LocalDate AS_OF = LocalDate.parse("2026-06-01");

	@TempDir
	Path inbox;

	private final List<String> imported = new ArrayList<>();

	@Test
	void importedFilesMoveToDoneAndFailedOnesToFailedWithTheReason() throws Exception {
		drop("a-ledger.csv", NOW.minusSeconds(600));
		drop("b-ledger.csv", NOW.minusSeconds(600));
		drop("notes.txt", NOW.minusSeconds(600));

		Outcome outcome = job((file, asOf) -> {
			if (file.getFileName().toString().startsWith("b")) {
				throw new IllegalArgumentException("line 1: unknown column 'amout'");
			}
			imported.add(file.getFileName() + " as of " + asOf);
		}).run(Firing.of("import-inbox", AS_OF, NOW));

		assertThat(outcome.status()).isEqualTo(Status.FAILED);
		assertThat(outcome.detail()).contains("1 file(s) imported", "1 failed", "b-ledger.csv");
		assertThat(imported).containsExactly("a-ledger.csv as of 2026-06-01");
		assertThat(names(inbox)).containsExactlyInAnyOrder("done", "failed", "notes.txt");
		assertThat(names(inbox.resolve("done"))).containsExactly("20260601-101000-a-ledger.csv");
		assertThat(names(inbox.resolve("failed"))).containsExactlyInAnyOrder("20260601-101000-b-ledger.csv",
				"20260601-101000-b-ledger.csv.error.txt");
		assertThat(inbox.resolve("failed/20260601-101000-b-ledger.csv.error.txt")).content()
			.contains("unknown column 'amout'");
	}

	@Test
	void aFileStillBeingCopiedWaitsForTheNextPoll() throws Exception {
		drop("ledger.csv", NOW.minusSeconds(10));

		Outcome outcome = job((file, asOf) -> imported.add(file.toString())).run(Firing.of("import-inbox", AS_OF, NOW));

		assertThat(outcome).isEqualTo(Outcome.done("inbox empty"));
		assertThat(imported).isEmpty();
		assertThat(names(inbox)).containsExactly("ledger.csv");
	}

	@Test
	void withoutAnImportWiredFilesStayAndTheFiringFails() throws Exception {
		drop("ledger.csv", NOW.minusSeconds(600));

		Outcome outcome = job(null).run(Firing.of("import-inbox", AS_OF, NOW));

		assertThat(outcome.status()).isEqualTo(Status.FAILED);
		assertThat(outcome.detail()).contains("not wired", "1 file(s) left");
		assertThat(names(inbox)).containsExactly("ledger.csv");
	}

	private InboxImportJob job(InboxImporter importer) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (importer != null) {
			beans.addBean("importer", importer);
		}
		ObjectProvider<InboxImporter> provider = beans.getBeanProvider(InboxImporter.class);
		ScheduleProperties properties = new ScheduleProperties(ZoneId.of("Asia/Shanghai"), null,
				new ScheduleProperties.Inbox(inbox, Duration.ofMinutes(1)), Duration.ofMinutes(1));
		return new InboxImportJob(properties, provider, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
	}

	private void drop(String name, Instant modified) throws Exception {
		Path file = Files.writeString(inbox.resolve(name), "reference,household_code\n");
		Files.setLastModifiedTime(file, FileTime.from(modified));
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}

}
