package io.arrears.batch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code arrears.recovery.*}.
 *
 * @param staleAfter how long an execution left running must have written nothing to the
 * job repository before it may be taken for dead. A live dunning run commits a chunk
 * every few seconds and the longest step (merging print batches) takes well under a
 * minute, so two minutes of silence is a dead run, not a slow one.
 * @param stopWait how long a process asked to end (SIGTERM, Ctrl-C) waits for the jobs it
 * runs to stop at their next chunk boundary; one still running then is left to be
 * recovered as a dead run. Under the time a service manager waits before SIGKILL
 * (systemd: 90 s).
 */
@ConfigurationProperties("arrears.recovery")
public record RecoveryProperties(@DefaultValue("2m") Duration staleAfter, @DefaultValue("60s") Duration stopWait) {
}
