package io.arrears.document;

import java.util.List;
import java.util.Map;

/**
 * What one document hands to its template: parameters for the page, rows for the detail
 * band. Everything is already formatted text (amounts to the fen, dates in Chinese), so
 * the templates only lay out and the formatting is tested in one place.
 */
record ReportInput(String template, Map<String, Object> parameters, List<Map<String, ?>> rows) {
}
