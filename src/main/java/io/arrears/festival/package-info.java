/**
 * The lunar festival calendar (cn.6tail lunar): when the Spring Festival and Lantern
 * cards go out. Used by the scheduler and the card job alike.
 */
@ApplicationModule(displayName = "Festival calendar", allowedDependencies = {})
package io.arrears.festival;

import org.springframework.modulith.ApplicationModule;
