/**
 * Collection work (催收作业, SPEC §9): collectors and what they cover, the contacts they
 * record, owners' promises, holds, what the ladder does with them, and each collector's
 * work list. The rules are plain Java: the as-of date and what was recorded by then are
 * parameters; nothing is read from a clock or a database.
 */
package io.arrears.collection;
