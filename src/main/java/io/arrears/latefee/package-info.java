/**
 * Late-fee accrual and posting days (SPEC §4), pure.
 */
@ApplicationModule(displayName = "Late fees", allowedDependencies = { "ledger" })
package io.arrears.latefee;

import org.springframework.modulith.ApplicationModule;
