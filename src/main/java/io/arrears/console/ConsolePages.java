package io.arrears.console;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.arrears.audit.JobExecutions;

/**
 * {@code /login}, {@code /} (today: the last runs and their outcome, households by stage
 * per estate) and {@code /jobs} (the executions, failures with their exit, a restart
 * button for {@code ADMIN} on a failed or stopped one: {@link JobRestart}).
 */
@Controller
class ConsolePages {

	private final Signed signed;

	private final HouseholdRecords records;

	private final JobExecutions executions;

	private final BackgroundRuns background;

	ConsolePages(Signed signed, HouseholdRecords records, JobExecutions executions, BackgroundRuns background) {
		this.signed = signed;
		this.background = background;
		this.records = records;
		this.executions = executions;
	}

	/** The signed-in user for the page's header; none on the sign-in page. */
	@ModelAttribute("me")
	ConsoleUser me(Principal principal) {
		return principal == null ? null : signed.user(principal);
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String today(Model model) {
		model.addAttribute("today", signed.today());
		model.addAttribute("runs", executions.list(8));
		model.addAttribute("lastRun", records.lastRunDate());
		model.addAttribute("stages", records.stagesByEstate());
		return "today";
	}

	@GetMapping("/jobs")
	String jobs(Model model) {
		model.addAttribute("runs", executions.list(100));
		model.addAttribute("launches", background.recent("restart"));
		return "jobs";
	}

}
