package dev.grainline.examples.differential;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The suites that take most of the build's time: thousands of cases on four targets. {@code ./mvnw -B verify} runs
 * them; {@code ./mvnw -B verify -Pquick} (the root pom's profile) leaves them out for the inner loop.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {
  /** The JUnit tag, which the quick profile excludes. */
  String TAG = "slow";
}
