package dev.grainline.cli.broken;

/** A class on the class path that is no catalog: it has no static model(). */
public final class NotACatalog {
  private NotACatalog() {}

  public static String model() {
    return "not a model";
  }
}
