package io.arrears;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.arrears.cli.Cli;

/**
 * The arrears pipeline: Spring Batch jobs over the fee ledger, started from the command
 * line or by the scheduler. {@link Cli} parses the command before the context starts, so
 * that a typo is reported at once, without touching the database.
 */
@SpringBootApplication
public class ArrearsApplication {

	public static void main(String[] args) {
		System.exit(Cli.run(args));
	}

}
