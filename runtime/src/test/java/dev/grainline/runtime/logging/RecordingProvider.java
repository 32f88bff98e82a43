package dev.grainline.runtime.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of the runtime's tests: records what Grainline's loggers say on a thread while
 * {@link #record} runs there, and is off everywhere else (so the other tests run with logging disabled, as a
 * service usually does, and nothing is printed).
 */
public final class RecordingProvider implements SLF4JServiceProvider {
  /** One logged line: the logger's name, the level and the formatted message. */
  public record Event(String logger, Level level, String message, Throwable thrown) {}

  private static final ThreadLocal<List<Event>> RECORDING = new ThreadLocal<>();

  /** What Grainline logged on this thread while {@code action} ran. */
  public static List<Event> record(Runnable action) {
    List<Event> events = new ArrayList<>();
    RECORDING.set(events);
    try {
      action.run();
    } finally {
      RECORDING.remove();
    }
    return List.copyOf(events);
  }

  private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, RecordingLogger::new);
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class RecordingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    RecordingLogger(String name) {
      this.name = name;
    }

    private boolean enabled() {
      return RECORDING.get() != null && name.startsWith("dev.grainline");
    }

    @Override
    public boolean isTraceEnabled() {
      return enabled();
    }

    @Override
    public boolean isDebugEnabled() {
      return enabled();
    }

    @Override
    public boolean isInfoEnabled() {
      return enabled();
    }

    @Override
    public boolean isWarnEnabled() {
      return enabled();
    }

    @Override
    public boolean isErrorEnabled() {
      return enabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
        Throwable throwable) {
      List<Event> events = RECORDING.get();
      if (events != null) {
        events.add(new Event(name, level, MessageFormatter.basicArrayFormat(messagePattern, arguments), throwable));
      }
    }
  }
}
