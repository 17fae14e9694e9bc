package io.arrears.ledger;

import io.arrears.testing.MySqlTest;

/** The import tests on the MySQL-compatible server. */
@MySqlTest
class LedgerImportMySqlTest extends LedgerImportTests {

}
