package dev.grainline.dsl;

import dev.grainline.SqlType;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.DslValue;
import dev.grainline.internal.model.validation.Message;
import java.util.Objects;

/** A tenant key: its column, the column's type, and whether queries must name a tenant. */
final class TenantKeyImpl<T> implements TenantKey<T>, DslValue {
  private final Declared.TenantKey key;

  private TenantKeyImpl(Declared.TenantKey key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  static <T> TenantKey<T> of(String column, Class<T> type) {
    String name = Arguments.identifier("column", column);
    Arguments.notNull("the tenant key's type", type);
    // A tenant is named by an id: a number or a text, compared exactly on every engine.
    SqlType sqlType = SqlType.ofJavaType(type)
        .filter(t -> t == SqlType.INTEGER || t == SqlType.BIGINT || t == SqlType.TEXT)
        .orElseThrow(() -> Message.TENANT_KEY_CLASS.definitionError(name, type.getSimpleName()));
    return new TenantKeyImpl<>(new Declared.TenantKey(name, sqlType, true));
  }

  /** The key as the assembler sees it, for tables scoped by it. */
  static Declared.TenantKey declaration(TenantKey<?> key) {
    if (Arguments.notNull("the tenant key", key) instanceof TenantKeyImpl<?> impl) {
      return impl.key;
    }
    throw new IllegalArgumentException("not a Grainline tenant key: " + key);
  }

  @Override
  public Declared declared() {
    return key;
  }

  @Override
  public TenantKey<T> optional() {
    return new TenantKeyImpl<>(new Declared.TenantKey(key.column(), key.type(), false));
  }

  @Override
  public String toString() {
    return "TenantKey[" + key.column() + " " + key.type().display() + (key.required() ? "" : ", optional") + "]";
  }
}
