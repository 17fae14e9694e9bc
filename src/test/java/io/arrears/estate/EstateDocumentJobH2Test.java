package io.arrears.estate;

import org.springframework.test.context.TestPropertySource;

import io.arrears.testing.H2Test;

@H2Test
@TestPropertySource(properties = "arrears.output-dir=target/test-out/h2-estate")
class EstateDocumentJobH2Test extends EstateDocumentJobTests {

}
