package io.arrears.console;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import io.arrears.schedule.Schedules;

/**
 * Who is signed in, and today's date: the injected clock's in the estates' zone, as the
 * scheduler and the command line date things.
 */
@Component
class Signed {

	private final ConsoleUsers users;

	private final Clock clock;

	private final Schedules schedules;

	Signed(ConsoleUsers users, Clock clock, Schedules schedules) {
		this.users = users;
		this.clock = clock;
		this.schedules = schedules;
	}

	ConsoleUser user(Principal principal) {
		return users.find(principal.getName())
			.filter(ConsoleUser::enabled)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), schedules.zone());
	}

}
