package io.arrears.finance;

import io.arrears.testing.MySqlTest;

@MySqlTest
class MonthEndJobMySqlTest extends MonthEndJobTests {

}
