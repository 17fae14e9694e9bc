package io.arrears.notice;

import io.arrears.testing.H2Test;

@H2Test
class NoticeDocumentsH2Test extends NoticeDocumentsTests {

}
