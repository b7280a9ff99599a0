/**
 * Reading the project's data files: {@link org.sahelsim.data.CsvTable}, the one CSV reader (the
 * atlas, the run folders, the tests), and {@link org.sahelsim.data.DataFormatException}, the one
 * error a malformed data file raises, at its file, line and column.
 */
package org.sahelsim.data;
