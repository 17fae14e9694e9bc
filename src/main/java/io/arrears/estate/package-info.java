/**
 * The documents of a whole estate: the bulletin-board list, the open letter and the
 * festival card mailings.
 */
@ApplicationModule(displayName = "Estate documents",
		allowedDependencies = { "batch", "document", "dunning", "festival" })
package io.arrears.estate;

import org.springframework.modulith.ApplicationModule;
