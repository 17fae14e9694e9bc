package io.arrears.audit;

import io.arrears.testing.MySqlTest;

@MySqlTest
class DocumentRerunMySqlTest extends DocumentRerunTests {

}
