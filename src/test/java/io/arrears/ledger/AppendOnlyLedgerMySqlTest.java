package io.arrears.ledger;

import io.arrears.testing.MySqlTest;

/** {@link AppendOnlyLedgerTests} on the MySQL-compatible server. */
@MySqlTest
class AppendOnlyLedgerMySqlTest extends AppendOnlyLedgerTests {

}
