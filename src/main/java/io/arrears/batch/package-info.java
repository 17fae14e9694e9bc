/**
 * How jobs run: the one start every job takes ({@code JobRunner}), the database locks,
 * the recovery of a run left {@code STARTED} by a dead process, and the streaming,
 * grouped reads the jobs are built on.
 */
@ApplicationModule(displayName = "Batch infrastructure", allowedDependencies = {})
package io.arrears.batch;

import org.springframework.modulith.ApplicationModule;
