package io.arrears.schedule;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.arrears.festival.FestivalDates;

/**
 * Reads and validates {@code jobs/schedules.yml} at start-up, for every command: a bad
 * cron stops {@code schedule list} as surely as {@code serve}, naming the entry.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfiguration {

	/**
	 * The one wall clock of the application, in the estates' zone. Only the edges (the
	 * scheduler, the command line) read it, to turn "now" into an as-of date; the rules
	 * never do. It is here because the zone is the schedule's setting: a date the command
	 * line takes for today is the date the scheduler would fire for.
	 */
	@Bean
	Clock clock(ScheduleProperties properties) {
		return Clock.system(properties.zone());
	}

	@Bean
	ScheduledJobs scheduledJobs(List<ScheduledJob> jobs) {
		return new ScheduledJobs(jobs);
	}

	@Bean
	Schedules schedules(ScheduleProperties properties, FestivalDates festivalDates, ScheduledJobs jobs) {
		return Schedules.from(properties, festivalDates, jobs.names());
	}

}
