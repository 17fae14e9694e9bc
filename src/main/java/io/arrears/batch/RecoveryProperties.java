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
 */
@ConfigurationProperties("arrears.recovery")
public record RecoveryProperties(@DefaultValue("2m") Duration staleAfter) {
}
