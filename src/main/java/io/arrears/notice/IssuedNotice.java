package io.arrears.notice;

import io.arrears.document.HouseholdNotice;

/** A notice of the registry with the document it renders to. */
record IssuedNotice(long noticeId, HouseholdNotice document) {
}
