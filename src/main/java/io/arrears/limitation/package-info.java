/**
 * Proof of delivery and the limitation period (诉讼时效, SPEC §10): receipts that prove a
 * notice reached the owner, and the clock of each overdue charge. Pure: the as-of date is
 * a parameter, nothing is read from outside.
 */
package io.arrears.limitation;
