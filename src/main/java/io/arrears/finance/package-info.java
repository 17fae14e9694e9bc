/**
 * The month-end pack: aging report, collection figures, twelve-month chart.
 */
@ApplicationModule(displayName = "Finance", allowedDependencies = { "batch", "csv", "document", "dunning" })
package io.arrears.finance;

import org.springframework.modulith.ApplicationModule;
