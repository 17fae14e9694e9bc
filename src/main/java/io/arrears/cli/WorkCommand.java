package io.arrears.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import io.arrears.dunning.ArrearsProperties;
import picocli.CommandLine.Command;

/**
 * {@code work}: a remote partitioning worker. It takes the ranges of households that a
 * dunning run with {@code arrears.dunning.partitioning=remote} sends to RabbitMQ, and
 * assesses them against the shared database, until the process is stopped. SIGTERM (or
 * Ctrl-C) closes the application context through Spring Boot's shutdown hook; closing it
 * stops taking requests and lets the ranges being assessed finish.
 */
@Command(name = "work", mixinStandardHelpOptions = true,
		description = { "Assess the household ranges that dunning runs with --arrears.dunning.partitioning=remote send",
				"to RabbitMQ (--spring.rabbitmq.host=..., queue --arrears.dunning.remote.queue), until stopped.",
				"Run any number of workers, on any machines that reach the broker and the same database." })
class WorkCommand implements Cli.Action {

	@Override
	public List<String> springArguments() {
		return List.of("--arrears.dunning.remote.worker=true");
	}

	@Override
	public boolean runsOnce() {
		return false;
	}

	@Override
	public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
		CountDownLatch closing = new CountDownLatch(1);
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				err.println("work: stopping, waiting for the ranges being assessed to finish");
				closing.countDown();
			}
		});
		ArrearsProperties.Remote remote = context.getBean(ArrearsProperties.class).dunning().remote();
		err.printf("work: taking requests from queue '%s', %d at a time; stop with SIGTERM%n", remote.queue(),
				remote.workerThreads());
		closing.await();
		context.close();
		err.println("work: stopped");
		return Cli.OK;
	}

}
