package io.arrears;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The arrears pipeline: Spring Batch jobs over the fee ledger, started from the command
 * line or by the scheduler. Its modules are the packages below this one (README, "How it
 * works"); the command line that starts it is {@code cli.Main}, which parses the command
 * before the context starts, so that a typo is reported at once, without touching the
 * database.
 */
@SpringBootApplication
public class ArrearsApplication {

}
