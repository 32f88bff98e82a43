package dev.grainline.internal.model;

import java.util.Objects;

/**
 * Where a definition was declared: the class and, for members, the field. The processor turns it into a file, line
 * and column; the runtime shows it in messages.
 */
public record Origin(String className, String member) {
  public static final Origin UNKNOWN = new Origin("", "");

  public Origin {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(member, "member");
  }

  public static Origin ofClass(String className) {
    return new Origin(className, "");
  }

  @Override
  public String toString() {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return member.isEmpty() ? simple : simple + "." + member;
  }
}
