/** Printing diagnostics at trees and elements, each once, with their stable ids. */
package dev.grainline.processor.reporting;
