package io.arrears.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import io.arrears.schedule.ScheduleServer;
import picocli.CommandLine.Command;

/**
 * {@code serve}: runs the scheduler, and the web console beside it (port
 * {@code --server.port}, 8080 by default), until the process is stopped. SIGTERM (or
 * Ctrl-C) closes the application context through Spring Boot's shutdown hook; closing it
 * stops new firings and waits for running jobs to finish.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Run the jobs of jobs/schedules.yml on time until stopped (SIGTERM waits for running jobs),",
				"and serve the web console on --server.port (default 8080).",
				"Several serve processes on one database share the work: each firing runs once." })
class ServeCommand implements Cli.Action {

	/**
	 * The one command, with {@code console}, that starts a web server: every other one
	 * runs with {@code spring.main.web-application-type=none} (application.yml).
	 */
	static final String WEB = "--spring.main.web-application-type=servlet";

	@Override
	public List<String> springArguments() {
		return List.of(WEB);
	}

	@Override
	public boolean runsOnce() {
		return false;
	}

	@Override
	public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
		return serve(context, err, true);
	}

	/** Serves until the context closes; with {@code schedule}, the scheduler too. */
	static int serve(ConfigurableApplicationContext context, PrintWriter err, boolean schedule) throws Exception {
		CountDownLatch closing = new CountDownLatch(1);
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				err.println("serve: stopping, waiting for running jobs to finish");
				closing.countDown();
			}
		});
		if (schedule) {
			context.getBean(ScheduleServer.class).start();
			err.println("serve: scheduler started, console on port " + port(context) + "; stop with SIGTERM");
		}
		else {
			err.println("console: serving on port " + port(context) + "; stop with SIGTERM");
		}
		closing.await();
		// returns once the shutdown hook has finished closing: running jobs are done by
		// then
		context.close();
		err.println("serve: stopped");
		return Cli.OK;
	}

	private static String port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getProperty("local.server.port", "?");
	}

}
