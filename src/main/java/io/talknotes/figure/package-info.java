/**
 * Scale figures: the numbers companies quoted on stage ("35M QPS"), stored as a value
 * with unit, qualifier and period, and linked to the talk, company and project.
 */
package io.talknotes.figure;
