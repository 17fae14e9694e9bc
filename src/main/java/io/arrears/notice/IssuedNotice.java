package io.arrears.notice;

import io.arrears.notice.rendering.HouseholdNotice;

/** A notice of the registry with the document it renders to. */
record IssuedNotice(long noticeId, HouseholdNotice document) {
}
