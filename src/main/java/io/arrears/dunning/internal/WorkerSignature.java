package io.arrears.dunning.internal;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Signs each partition a remote worker runs with the worker's name, in the partition's
 * execution context (committed with its chunks), so that the job repository tells which
 * process ran which range of households.
 */
class WorkerSignature implements StepExecutionListener {

	private final String worker;

	WorkerSignature(String worker) {
		this.worker = worker;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		stepExecution.getExecutionContext().putString(RemotePartitioningConfiguration.WORKER, worker);
	}

}
