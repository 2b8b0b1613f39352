/**
 * The shorthand people type for a figure quoted on stage ("35M QPS", "p99 under 250 µs",
 * "3 PB/month"): reading it, writing it back, and the catalogue of units that says what
 * each unit measures and how it converts. It knows nothing of storage or pages.
 */
package io.talknotes.figure.shorthand;
