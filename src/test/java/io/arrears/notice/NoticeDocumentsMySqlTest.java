package io.arrears.notice;

import io.arrears.testing.MySqlTest;

@MySqlTest
class NoticeDocumentsMySqlTest extends NoticeDocumentsTests {

}
