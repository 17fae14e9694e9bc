package io.arrears.notice;

import io.arrears.document.HouseholdNotice;

/**
 * A notice of the registry with the document it renders to.
 *
 * @param printed whether the registry already records its print batch (a restarted render
 * step skips the batches already written)
 */
record IssuedNotice(long noticeId, HouseholdNotice document, boolean printed) {
}
