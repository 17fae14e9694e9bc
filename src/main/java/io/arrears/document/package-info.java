/**
 * Rendering with JasperReports: templates compiled once, the embedded Chinese font and
 * its coverage, amounts in Chinese capitals (ICU4J), the bindings of each document.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = { "dunning", "festival" })
package io.arrears.document;

import org.springframework.modulith.ApplicationModule;
