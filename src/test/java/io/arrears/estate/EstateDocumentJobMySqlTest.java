package io.arrears.estate;

import org.springframework.test.context.TestPropertySource;

import io.arrears.testing.MySqlTest;

@MySqlTest
@TestPropertySource(properties = "arrears.output-dir=target/test-out/mysql-estate")
class EstateDocumentJobMySqlTest extends EstateDocumentJobTests {

}
