package io.arrears.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import io.arrears.schedule.ScheduleServer;
import picocli.CommandLine.Command;

/**
 * {@code serve}: runs the scheduler until the process is stopped. SIGTERM (or Ctrl-C)
 * closes the application context through Spring Boot's shutdown hook; closing it stops
 * new firings and waits for running jobs to finish.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Run the jobs of jobs/schedules.yml on time until stopped (SIGTERM waits for running jobs).",
				"Several serve processes on one database share the work: each firing runs once." })
class ServeCommand implements Cli.Action {

	@Override
	public boolean runsOnce() {
		return false;
	}

	@Override
	public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
		CountDownLatch closing = new CountDownLatch(1);
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				err.println("serve: stopping, waiting for running jobs to finish");
				closing.countDown();
			}
		});
		context.getBean(ScheduleServer.class).start();
		err.println("serve: scheduler started; stop with SIGTERM");
		closing.await();
		// returns once the shutdown hook has finished closing: running jobs are done by
		// then
		context.close();
		err.println("serve: stopped");
		return Cli.OK;
	}

}
