package io.arrears.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.arrears.batch.DatabaseLock;
import io.arrears.batch.RunLock;
import io.arrears.testing.H2Test;
import io.arrears.testing.TestDatabase;

/**
 * {@code run dunning} for a date another process is running: the command says who runs it
 * and that it will be done when that one finishes, and does not tell the user to run the
 * same command again (it would only be refused again). The other process is this test
 * holding the date's lock on the same in-memory database.
 */
@H2Test
class ConcurrentRunCliH2Test {

	private static final String SAME_DATABASE = "--spring.datasource.url=jdbc:h2:mem:arrears-test;MODE=MySQL;DB_CLOSE_DELAY=-1";

	@Autowired
	DataSource dataSource;

	@Autowired
	RunLock runLock;

	@Test
	void aRunRefusedBecauseAnotherProcessRunsItSaysSoAndDoesNotAskToRunItAgain() throws Exception {
		TestDatabase.wipe(dataSource);
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Object> other = CompletableFuture.supplyAsync(() -> {
			try {
				return runLock.holding("dunning:2026-03-02", () -> {
					held.countDown();
					return release.await(60, TimeUnit.SECONDS);
				});
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status;
		try {
			assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
			status = Cli.run(new String[] { "run", "dunning", "--as-of", "2026-03-02", SAME_DATABASE },
					new PrintWriter(out, true), new PrintWriter(err, true));
		}
		finally {
			release.countDown();
			other.get(30, TimeUnit.SECONDS);
		}

		assertThat(status).isEqualTo(Cli.FAILED);
		assertThat(err.toString())
			.contains("dunning [as-of=2026-03-02] is running in another process, " + DatabaseLock.THIS_PROCESS)
			.contains("it will be done when that one finishes")
			.doesNotContainIgnoringCase("run the same command again");
	}

}
