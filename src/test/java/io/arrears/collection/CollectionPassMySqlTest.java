package io.arrears.collection;

import io.arrears.testing.MySqlTest;

@MySqlTest
class CollectionPassMySqlTest extends CollectionPassTests {

}
