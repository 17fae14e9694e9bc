package io.arrears.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.context.ConfigurableApplicationContext;

import io.arrears.console.ConsoleUser;
import io.arrears.console.ConsoleUsers;
import io.arrears.console.Role;
import io.arrears.csv.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code users add|list|disable}: the web console's users. A password is read from
 * standard input (asked twice, unechoed, at a terminal), never taken as an argument: an
 * argument is in the process list and the shell's history.
 */
@Command(name = "users", description = "The web console's users: add, list, disable.", mixinStandardHelpOptions = true,
		subcommands = { UsersCommand.Add.class, UsersCommand.List.class, UsersCommand.Disable.class })
class UsersCommand {

	/** {@code users add NAME --role ROLE [--collector CODE]}. */
	@Command(name = "add", mixinStandardHelpOptions = true,
			description = { "Add a console user; the password is read from standard input.",
					"Roles: FINANCE, COLLECTOR (with --collector), AUDITOR, ADMIN." })
	static class Add implements Cli.Action {

		@Parameters(index = "0", paramLabel = "NAME", description = "The sign-in name")
		String name;

		@Option(names = "--role", required = true, paramLabel = "ROLE",
				description = "FINANCE, COLLECTOR, AUDITOR or ADMIN")
		Role role;

		@Option(names = "--collector", paramLabel = "CODE",
				description = "For a COLLECTOR: the collector code of collectors.csv whose work list is theirs")
		String collector;

		@Override
		public void validate() {
			if ((role == Role.COLLECTOR) != (collector != null)) {
				throw new IllegalArgumentException(role == Role.COLLECTOR ? "--role COLLECTOR needs --collector CODE"
						: "--collector goes with --role COLLECTOR only");
			}
		}

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
			char[] password = readPassword(err);
			if (password == null) {
				err.println("error: no password on standard input: give it on the first line, e.g. from a file");
				return Cli.USAGE;
			}
			try {
				ConsoleUser user = context.getBean(ConsoleUsers.class).add(name, role, collector, password);
				out.println("added " + user.name() + " (" + user.role()
						+ (user.collectorCode() == null ? "" : ", collector " + user.collectorCode()) + ")");
				return Cli.OK;
			}
			catch (IllegalArgumentException e) {
				err.println("error: " + e.getMessage());
				return Cli.USAGE;
			}
		}

		private static char[] readPassword(PrintWriter err) throws IOException {
			Console console = System.console();
			if (console != null) {
				char[] first = console.readPassword("password: ");
				char[] again = console.readPassword("again: ");
				if (first == null || again == null || !Arrays.equals(first, again)) {
					err.println("error: the two passwords differ");
					return null;
				}
				Arrays.fill(again, '\0');
				return first;
			}
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			return line == null || line.isEmpty() ? null : line.toCharArray();
		}

	}

	/** {@code users list}. */
	@Command(name = "list", mixinStandardHelpOptions = true, description = "The console's users, without passwords.")
	static class List implements Cli.Action {

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) {
			CsvWriter csv = CsvWriter.withHeader(out, "name", "role", "collector", "enabled", "locked_until");
			for (ConsoleUser user : context.getBean(ConsoleUsers.class).list()) {
				csv.row(user.name(), user.role().name(), user.collectorCode(), Boolean.toString(user.enabled()),
						user.lockedUntil());
			}
			csv.flush();
			return Cli.OK;
		}

	}

	/** {@code users disable NAME}. */
	@Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user: no more sign-in.")
	static class Disable implements Cli.Action {

		@Parameters(index = "0", paramLabel = "NAME")
		String name;

		@Override
		public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) {
			if (!context.getBean(ConsoleUsers.class).disable(name)) {
				err.println("error: there is no user " + name + ": `users list` shows them");
				return Cli.USAGE;
			}
			out.println("disabled " + name);
			return Cli.OK;
		}

	}

}
