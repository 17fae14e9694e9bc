package io.arrears.audit;

import java.util.function.Consumer;

/**
 * A re-runnable job as the command line sees it: {@link #rerun} records an audit run and
 * runs its {@code rerun-<name>} job ({@link RerunJob}) to the end.
 */
abstract class JobRerun implements AuditedJob {

	private final RerunLauncher launcher;

	JobRerun(RerunLauncher launcher) {
		this.launcher = launcher;
	}

	@Override
	public RerunSummary rerun(RerunRequest request, Consumer<DayResult> eachDay) throws Exception {
		return launcher.launch(name(), request, null, 0, eachDay);
	}

	RerunLauncher launcher() {
		return launcher;
	}

}
