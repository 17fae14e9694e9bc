/**
 * The month-end pack: aging report, collection figures, twelve-month chart, the month's
 * figures of each collector and the charges whose limitation period ends in the month.
 */
@ApplicationModule(displayName = "Finance",
		allowedDependencies = { "batch", "collection", "csv", "document", "dunning", "limitation" })
package io.arrears.finance;

import org.springframework.modulith.ApplicationModule;
