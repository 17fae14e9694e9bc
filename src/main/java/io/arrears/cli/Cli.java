package io.arrears.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

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

	private static final Logger log = LoggerFactory.getLogger(Cli.class);

	/**
	 * The switch that shows the stack traces of the failures the command line reports in
	 * one line (docs/errors.md).
	 */
	static final String DEBUG = "--logging.level.io.arrears.cli=DEBUG";

	private Cli() {
	}

	public static int run(String[] args) {
		return run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8));
	}

	static int run(String[] args, PrintWriter out, PrintWriter err) {
		return run(args, out, err, null);
	}

	/**
	 * @param clock the wall clock the application reads instead of the system's (tests
	 * fix "today" with it), or null
	 */
	static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
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

		boolean debug = springArgs.stream().anyMatch(arg -> arg.equalsIgnoreCase(DEBUG));
		springArgs.addAll(0, action.springArguments());
		if (!debug) {
			springArgs.addAll(0, quietFailures(action));
		}
		springArgs.addAll(top.database.springArguments(action.defaultDatabase()));
		try (ConfigurableApplicationContext context = start(springArgs, clock != null ? clock : action.clock())) {
			String future = FutureDates.refusal(context, action.businessDates(context));
			if (future != null) {
				err.println("error: " + future);
				return USAGE;
			}
			return action.execute(context, out, err);
		}
		catch (KnownProperties.UnknownPropertiesException e) {
			log.debug("refused at start", e);
			err.println("error: " + e.getMessage());
			return USAGE;
		}
		catch (Exception e) {
			log.debug("the command failed", e);
			err.println("error: " + Failures.describe(e, springArgs));
			return FAILED;
		}
	}

	/**
	 * Log levels that keep an expected failure to the one line the command prints: the
	 * context's warning of a failed start, and for a command that runs once, the error a
	 * failed job step logs with its stack trace. {@link #DEBUG} keeps them. {@code serve}
	 * and {@code work} keep the step's error: their log is the only record of it.
	 */
	private static List<String> quietFailures(Action action) {
		List<String> levels = new ArrayList<>();
		levels.add("--logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR");
		if (action.runsOnce()) {
			levels.add("--logging.level.org.springframework.batch.core.step.AbstractStep=OFF");
		}
		return levels;
	}

	static CommandLine commandLine(TopCommand top, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(top);
		commandLine.registerConverter(LocalDate.class, Cli::date);
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		return commandLine;
	}

	private static ConfigurableApplicationContext start(List<String> springArgs, Clock clock) {
		SpringApplication application = new SpringApplication(ArrearsApplication.class);
		application.addListeners(new KnownProperties());
		if (clock != null) {
			// primary, so that every bean that takes the Clock gets this one
			application.addInitializers(context -> ((GenericApplicationContext) context).registerBean("fixedClock",
					Clock.class, () -> clock, definition -> definition.setPrimary(true)));
		}
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

		/**
		 * The wall clock the command's application reads instead of the system's, or null
		 * for the system's.
		 */
		default Clock clock() {
			return null;
		}

		/** The database when none is given: the embedded default. */
		default String defaultDatabase() {
			return null;
		}

		/**
		 * The dates the command runs or exports as of, each said as the user gave it;
		 * none may be after today in the estates' zone (SPEC §6).
		 */
		default List<FutureDates.Dated> businessDates(ConfigurableApplicationContext context) {
			return List.of();
		}

		/**
		 * Whether the command runs once and reports its failures itself, rather than
		 * serving until stopped with its log as the record.
		 */
		default boolean runsOnce() {
			return true;
		}

		int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception;

	}

}
