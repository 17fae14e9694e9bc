package io.arrears.console;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.arrears.audit.JobExecutions;

/**
 * {@code ADMIN} restarts a failed or stopped execution from {@code /jobs}: exactly
 * {@code jobs restart ID} ({@link JobExecutions#restart}: from its last committed chunk,
 * under the instance's lock, one left running by a dead process recovered first), in the
 * background ({@link BackgroundRuns}). The page offers the button only on a
 * {@code FAILED} or {@code STOPPED} row; a restart asked of another is answered as
 * {@code jobs restart} answers it ("already done").
 */
@Controller
class JobRestart {

	private final Signed signed;

	private final JobExecutions executions;

	private final BackgroundRuns background;

	JobRestart(Signed signed, JobExecutions executions, BackgroundRuns background) {
		this.signed = signed;
		this.executions = executions;
		this.background = background;
	}

	@PostMapping("/jobs/{id}/restart")
	String restart(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		ConsoleUser user = signed.user(principal);
		BackgroundRuns.Launch launch = background.submit("restart", "jobs restart " + id, user.name(), () -> {
			JobExecutions.Restarted restarted = executions.restart(id);
			return restarted.job() + " " + restarted.id() + ": " + restarted.status() + " (" + restarted.message()
					+ ")";
		});
		redirect.addFlashAttribute("started", "已提交：" + launch.what());
		return "redirect:/jobs";
	}

}
