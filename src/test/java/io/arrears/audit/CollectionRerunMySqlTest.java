package io.arrears.audit;

import io.arrears.testing.MySqlTest;

@MySqlTest
class CollectionRerunMySqlTest extends CollectionRerunTests {

}
