/**
 * Companies: the organisations that presented talks or whose figures were quoted, with a
 * page each listing their talks and figures.
 */
package io.talknotes.company;
