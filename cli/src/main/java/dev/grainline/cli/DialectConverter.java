package dev.grainline.cli;

import dev.grainline.runtime.Dialect;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "postgres", "duckdb" and "trino", the ids the runtime gives its dialects. */
final class DialectConverter implements ITypeConverter<Dialect> {
  @Override
  public Dialect convert(String value) {
    return Dialect.ofId(value).orElseThrow(() -> new TypeConversionException("expected one of "
        + Arrays.stream(Dialect.values()).map(Dialect::id).collect(Collectors.joining(", ")) + " but was '"
        + value + "'"));
  }
}
