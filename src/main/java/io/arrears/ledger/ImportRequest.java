package io.arrears.ledger;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * What to import (SPEC §7): any of the three files, each {@code null} when not given, all
 * in one encoding (UTF-8, GBK or GB18030, checked against the bytes); {@code null} means
 * auto: each file's own, found from its bytes.
 */
public record ImportRequest(Path estates, Path households, Path ledger, Charset encoding) {
}
