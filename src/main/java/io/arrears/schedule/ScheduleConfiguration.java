package io.arrears.schedule;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.arrears.festival.FestivalCalendar;
import io.arrears.festival.FestivalDates;

/**
 * Reads and validates {@code jobs/schedules.yml} at start-up, for every command: a bad
 * cron stops {@code schedule list} as surely as {@code serve}, naming the entry.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfiguration {

	@Bean
	FestivalDates festivalDates() {
		return new FestivalCalendar();
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
