package dev.ignis;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/**
 * Writes option maps as the JSON objects the C API takes (module and optimizer options, data
 * loader settings): Map, Collection and arrays, String, Number, Boolean and null. Thread safe.
 */
public final class Json {
  private Json() {}

  /** The JSON text of value ("{}" for a null map). */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value == null ? Map.of() : value);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
      throw new InvalidArgumentException("options: JSON has no " + d);
    } else if (v instanceof Float f && (f.isNaN() || f.isInfinite())) {
      throw new InvalidArgumentException("options: JSON has no " + f);
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, String.valueOf(e.getKey()));
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, o);
      }
      sb.append(']');
    } else if (v.getClass().isArray()) {
      sb.append('[');
      for (int i = 0, n = Array.getLength(v); i < n; ++i) {
        if (i > 0) {
          sb.append(',');
        }
        write(sb, Array.get(v, i));
      }
      sb.append(']');
    } else {
      throw new InvalidArgumentException("options: cannot write a " + v.getClass().getName() +
                                         " as JSON");
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); ++i) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
