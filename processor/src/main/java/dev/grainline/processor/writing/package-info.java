/** Writing a model's typed catalog with JavaPoet; the output depends only on the model, never on javac's order. */
package dev.grainline.processor.writing;
