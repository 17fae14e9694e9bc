package io.arrears.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.arrears.ArrearsApplication;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line of SPEC §8. Arguments are parsed before Spring starts, so that bad
 * usage answers at once with exit status 2 and touches no database; then the context
 * starts with the chosen database and the command runs with its beans.
 */
public final class Cli {

	/** Exit status: done. */
	public static final int OK = 0;

	/** Exit status: failed, with a message that says why. */
	public static final int FAILED = 1;

	/** Exit status: bad usage. */
	public static final int USAGE = 2;

	/** Exit status: done, but some input rows were rejected. */
	public static final int REJECTED_ROWS = 3;

	private Cli() {
	}

	public static int run(String[] args) {
		return run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8));
	}

	static int run(String[] args, PrintWriter out, PrintWriter err) {
		List<String> springArgs = new ArrayList<>();
		List<String> commandArgs = new ArrayList<>();
		for (String arg : args) {
			// --name.with.dots=value is a Spring Boot property (SPEC §8); everything else
			// is ours.
			if (arg.startsWith("--") && arg.indexOf('=') > 0 && arg.substring(0, arg.indexOf('=')).contains(".")) {
				springArgs.add(arg);
			}
			else {
				commandArgs.add(arg);
			}
		}

		TopCommand top = new TopCommand();
		CommandLine commandLine = commandLine(top, out, err);
		ParseResult parsed;
		try {
			parsed = commandLine.parseArgs(commandArgs.toArray(String[]::new));
		}
		catch (ParameterException e) {
			err.println("error: " + e.getMessage());
			e.getCommandLine().usage(err);
			return USAGE;
		}
		Integer helped = CommandLine.executeHelpRequest(parsed);
		if (helped != null) {
			return helped;
		}
		ParseResult leaf = parsed;
		while (leaf.hasSubcommand()) {
			leaf = leaf.subcommand();
		}
		Object command = leaf.commandSpec().userObject();
		if (!(command instanceof Action action)) {
			err.println("error: missing command");
			leaf.commandSpec().commandLine().usage(err);
			return USAGE;
		}
		try {
			action.validate();
		}
		catch (IllegalArgumentException e) {
			err.println("error: " + e.getMessage());
			leaf.commandSpec().commandLine().usage(err);
			return USAGE;
		}

		springArgs.addAll(0, action.springArguments());
		springArgs.addAll(top.database.springArguments(action.defaultDatabase()));
		try (ConfigurableApplicationContext context = start(springArgs)) {
			return action.execute(context, out, err);
		}
		catch (Exception e) {
			err.println("error: " + describe(e));
			return FAILED;
		}
	}

	static CommandLine commandLine(TopCommand top, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(top);
		commandLine.registerConverter(LocalDate.class, Cli::date);
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		return commandLine;
	}

	private static ConfigurableApplicationContext start(List<String> springArgs) {
		SpringApplication application = new SpringApplication(ArrearsApplication.class);
		return application.run(springArgs.toArray(String[]::new));
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new CommandLine.TypeConversionException(
					"'" + value + "' is not a date: use YYYY-MM-DD, for example 2026-04-30");
		}
	}

	/**
	 * The innermost cause's message: Spring wraps a bad setting or an unreachable
	 * database in layers of bean-creation errors that say nothing to an operator.
	 */
	static String describe(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
	}

	/** A command that runs inside the application context. */
	interface Action {

		/** Checks what picocli cannot: options that go together or exclude each other. */
		default void validate() {
		}

		/**
		 * Settings of this command, before those given on the command line (which win).
		 */
		default List<String> springArguments() {
			return List.of();
		}

		/** The database when none is given: the embedded default. */
		default String defaultDatabase() {
			return null;
		}

		int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception;

	}

}
