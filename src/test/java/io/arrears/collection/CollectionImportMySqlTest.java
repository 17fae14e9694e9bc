package io.arrears.collection;

import io.arrears.testing.MySqlTest;

/** The collection imports on the MySQL-compatible server. */
@MySqlTest
class CollectionImportMySqlTest extends CollectionImportTests {

}
