package io.arrears.ledger;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * What to import (SPEC §7): any of the three files, each {@code null} when not given, all
 * in one encoding (UTF-8 or GBK; {@code null} means UTF-8).
 */
public record ImportRequest(Path estates, Path households, Path ledger, Charset encoding) {
}
