package io.arrears.cli;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;

/**
 * {@code console}: the web console alone, for a machine that does not schedule (the
 * scheduler is {@code serve}'s, which serves the console too).
 */
@Command(name = "console", mixinStandardHelpOptions = true,
		description = { "Serve the web console on --server.port (default 8080) until stopped; runs no schedule.",
				"Create its first user with `users add`." })
class ConsoleCommand implements Cli.Action {

	@Override
	public List<String> springArguments() {
		return List.of(ServeCommand.WEB);
	}

	@Override
	public boolean runsOnce() {
		return false;
	}

	@Override
	public int execute(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) throws Exception {
		return ServeCommand.serve(context, err, false);
	}

}
