package io.arrears.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code java -jar target/arrears-pipeline.jar COMMAND [OPTIONS]}. */
@Command(name = "arrears-pipeline", mixinStandardHelpOptions = true, version = "arrears-pipeline 0.1.0",
		description = "Collects overdue property-management fees: imports the fee ledger, puts each household on "
				+ "the escalation ladder, posts late fees and issues the notices.",
		subcommands = { ImportCommand.class, RunCommand.class, ExportCommand.class, ScheduleCommand.class,
				ServeCommand.class, ConsoleCommand.class, UsersCommand.class, WorkCommand.class, RerunCommand.class,
				JobsCommand.class, DemoCommand.class, BenchCommand.class },
		footer = { "", "Every Spring Boot property can also be given as --name=value, for example",
				"  --arrears.late-fee.posting=daily --arrears.output-dir=/srv/notices",
				"Exit status: 0 done; 3 done, but some input rows were rejected; 2 bad usage; 1 failed." })
class TopCommand {

	@Mixin
	DatabaseOptions database = new DatabaseOptions();

}
