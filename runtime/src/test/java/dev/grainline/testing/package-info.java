/**
 * Test support shared by the modules' tests: runtime's tests use it directly, the other modules through runtime's
 * test jar ({@code grainline-runtime:tests}, built from this package only).
 */
package dev.grainline.testing;
