package dev.grainline.internal.model.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every syntax error: its exact detail and its span. Spans are written as the input with a caret line under it, so
 * that the table reads like the messages users see.
 */
class QueryTextErrorsTest {
  /** One case: the input, the caret line marking the expected span (^ for a zero-width span at the end), the detail. */
  static Arguments error(String input, String carets, String detail) {
    return Arguments.of(input, carets, detail);
  }

  static Stream<Arguments> filterErrors() {
    return Stream.of(
        // Empty input and missing values.
        error("", "^", "expected a condition, found end of input"),
        error("   ", "   ^", "expected a condition, found end of input"),
        error("v3.date.year >=", "               ^", "expected a value after '>=', found end of input"),
        error("v3.date.year >= AND", "                ^^^", "expected a value after '>=', found 'AND'"),
        error("v3.date.year = 1 AND", "                    ^", "expected a condition after 'AND', found end of input"),
        error("v3.date.year = 1 or )", "                    ^", "expected a condition after 'or', found ')'"),
        error("NOT", "   ^", "expected a condition after 'NOT', found end of input"),
        error(")", "^", "expected a condition, found ')'"),
        error("v3.date.year = ()", "                ^", "expected a value after '(', found ')'"),
        error("- ", "  ^", "expected a value after '-', found end of input"),
        error("v3.date.year + * 2", "               ^", "expected a value after '+', found '*'"),
        error("v3.date.year = ,", "               ^", "expected a value after '=', found ','"),
        error("v3.date.year = ]", "               ^", "expected a value after '=', found ']'"),
        error("v3.date.year = desc", "               ^^^^", "expected a value after '=', found 'desc'"),
        // Parentheses and trailing tokens.
        error("v3.date.year >= 2024)", "                    ^", "unexpected ')' at column 21"),
        error("(v3.date.year = 1", "                 ^",
            "expected ')' to close the '(' at column 1, found end of input"),
        error("((v3.date.year = 1) 2)", "                    ^",
            "expected ')' to close the '(' at column 1, found '2'"),
        error("v3.date.year = 1 v3.date.week", "                 ^^^^^^^^^^^^",
            "expected AND, OR or end of input, found 'v3.date.week'"),
        error("v3.date.year v3.date.week", "             ^^^^^^^^^^^^",
            "expected an operator, AND, OR or end of input, found 'v3.date.week'"),
        error("v3.date.year = 1 = 2", "                 ^", "expected AND, OR or end of input, found '='"),
        error("v3.date.year IS NULL IS NULL", "                     ^^",
            "expected AND, OR or end of input, found 'IS'"),
        error("v3.order_details.status = 'a' 'b'", "                              ^^^",
            "expected AND, OR or end of input, found 'b'"),
        // IS, NOT, IN, BETWEEN, LIKE.
        error("v3.date.year IS 5", "                ^", "expected NULL or NOT NULL after IS, found '5'"),
        error("v3.date.year IS NOT 5", "                    ^", "expected NULL after IS NOT, found '5'"),
        error("v3.date.year IS", "               ^", "expected NULL or NOT NULL after IS, found end of input"),
        error("v3.date.year NOT 5", "                 ^", "expected IN, BETWEEN or LIKE after NOT, found '5'"),
        error("v3.date.year NOT NULL", "                 ^^^^",
            "expected IN, BETWEEN or LIKE after NOT, found 'NULL'"),
        error("v3.date.year IN 1", "                ^", "expected '(' after IN, found '1'"),
        error("v3.date.year IN ()", "                 ^", "an IN list needs at least one value"),
        error("v3.date.year IN (1, 2 v3)", "                      ^^",
            "expected ',' or ')' in the IN list, found 'v3'"),
        error("v3.date.year IN (1,", "                   ^", "expected a value after ',', found end of input"),
        error("v3.date.year IN (1, )", "                    ^", "expected a value after ',', found ')'"),
        error("v3.date.year IN (1", "                  ^",
            "expected ',' or ')' in the IN list, found end of input"),
        error("v3.date.year BETWEEN 1 OR 2", "                       ^^",
            "expected AND between the bounds of BETWEEN, found 'OR'"),
        error("v3.date.year BETWEEN 1", "                      ^",
            "expected AND between the bounds of BETWEEN, found end of input"),
        error("v3.date.year BETWEEN 1 AND", "                          ^",
            "expected a value after 'AND', found end of input"),
        error("v3.date.year LIKE", "                 ^", "expected a value after 'LIKE', found end of input"),
        // NULL as a value.
        error("v3.date.year = NULL", "               ^^^^",
            "NULL is not a value; write 'IS NULL' instead of '= NULL'"),
        error("v3.date.year != null", "                ^^^^",
            "NULL is not a value; write 'IS NOT NULL' instead of '!= NULL'"),
        error("v3.date.year <> NULL", "                ^^^^",
            "NULL is not a value; write 'IS NOT NULL' instead of '<> NULL'"),
        error("v3.date.year IN (1, NULL)", "                    ^^^^",
            "NULL is not a value; test for it with IS NULL or IS NOT NULL"),
        error("NULL IS NULL", "^^^^", "NULL is not a value; test for it with IS NULL or IS NOT NULL"),
        // Literals.
        error("v3.order_details.status = 'open", "                          ^^^^^",
            "unterminated string starting at column 27"),
        error("v3.order_details.status = 'it''s", "                          ^^^^^^",
            "unterminated string starting at column 27"),
        error("v3.date.date_id = DATE '2024-13-01'", "                  ^^^^^^^^^^^^^^^^^",
            "'2024-13-01' is not a date (yyyy-mm-dd)"),
        error("v3.date.date_id = DATE '2023-02-29'", "                  ^^^^^^^^^^^^^^^^^",
            "'2023-02-29' is not a date (yyyy-mm-dd)"),
        error("v3.date.date_id = date '2024-1-01'", "                  ^^^^^^^^^^^^^^^^",
            "'2024-1-01' is not a date (yyyy-mm-dd)"),
        error("v3.date.date_id = DATE '2024-01-01 10:00'", "                  ^^^^^^^^^^^^^^^^^^^^^^^",
            "'2024-01-01 10:00' is not a date (yyyy-mm-dd)"),
        error("v3.date.date_id = DATE ''", "                  ^^^^^^^", "'' is not a date (yyyy-mm-dd)"),
        error("v3.date.date_id = DATE 5", "                       ^",
            "expected a string after 'DATE', as in DATE '2024-01-31', found '5'"),
        error("v3.date.date_id = DATE", "                      ^",
            "expected a string after 'DATE', as in DATE '2024-01-31', found end of input"),
        error("v3.date.date_id = TIMESTAMP '2024-01-01 25:00'", "                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            "'2024-01-01 25:00' is not a timestamp (yyyy-mm-dd hh:mm[:ss[.fff]])"),
        error("v3.date.date_id = TIMESTAMP '2024-01-01'", "                  ^^^^^^^^^^^^^^^^^^^^^^",
            "'2024-01-01' is not a timestamp (yyyy-mm-dd hh:mm[:ss[.fff]])"),
        error("v3.date.date_id = TIMESTAMP '2024-01-01T10:00'", "                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            "'2024-01-01T10:00' is not a timestamp (yyyy-mm-dd hh:mm[:ss[.fff]])"),
        error("v3.date.date_id = TIMESTAMP '2024-01-01 10:00:00.1234567890'",
            "                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            "'2024-01-01 10:00:00.1234567890' is not a timestamp (yyyy-mm-dd hh:mm[:ss[.fff]])"),
        error("v3.date.date_id = TIMESTAMP '2024-01-01 10:00:'", "                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            "'2024-01-01 10:00:' is not a timestamp (yyyy-mm-dd hh:mm[:ss[.fff]])"),
        error("v3.date.date_id = TIMESTAMP 'it''s'", "                  ^^^^^^^^^^^^^^^^^",
            "'it''s' is not a timestamp (yyyy-mm-dd hh:mm[:ss[.fff]])"),
        error("v3.date.year = 99999999999999999999", "               ^^^^^^^^^^^^^^^^^^^^",
            "99999999999999999999 is too big; the largest integer is 9223372036854775807"
                + " (write 99999999999999999999.0 for a decimal)"),
        error("v3.date.year = 9223372036854775808", "               ^^^^^^^^^^^^^^^^^^^",
            "9223372036854775808 is too big; the largest integer is 9223372036854775807"
                + " (write 9223372036854775808.0 for a decimal)"),
        error("v3.date.year = -9223372036854775809", "               ^^^^^^^^^^^^^^^^^^^^",
            "-9223372036854775809 is too small; the smallest integer is -9223372036854775808"
                + " (write -9223372036854775809.0 for a decimal)"),
        error("v3.date.year = -(-9223372036854775808)", "               ^^^^^^^^^^^^^^^^^^^^^^^",
            "9223372036854775808 is too big; the largest integer is 9223372036854775807"
                + " (write 9223372036854775808.0 for a decimal)"),
        error("v3.date.year = 1e999", "               ^^^^^", "1e999 is out of range for a double"),
        error("v3.date.year = -1e999", "               ^^^^^^", "-1e999 is out of range for a double"),
        error("v3.date.year = 12abc", "               ^^^^^", "'12abc' is not a number"),
        error("v3.date.year = 1e", "               ^^", "'1e' is not a number"),
        error("v3.date.year = 1e+x", "               ^^^^", "'1e+x' is not a number"),
        error("v3.date.year = 1.", "               ^^", "'1.' is not a number"),
        error("v3.date.year = 1.2.3", "               ^^^^^", "'1.2.3' is not a number"),
        // Characters and operators.
        error("v3.order_details.status = \"open\"", "                          ^",
            "unexpected '\"' at column 27; strings are in single quotes, as in 'Books'"),
        error("v3.date.year == 1", "             ^^", "'==' is not an operator; write '=' to compare"),
        error("v3.date.year ! 1", "             ^",
            "unexpected '!' at column 14; write '!=' or '<>' for not equal, NOT to negate"),
        error("v3.date.year = 1; DROP TABLE x", "                ^", "unexpected character ';' at column 17"),
        error("v3.date.year = .5", "               ^", "unexpected character '.' at column 16"),
        error("v3.date.year = \u0007", "               ^", "unexpected character U+0007 at column 16"),
        error("v3.date.year = \uD83D\uDE00", "               ^^", "unexpected character U+1F600 at column 16"),
        error("v3.date.année = 1", "           ^", "unexpected character 'é' at column 12"),
        error("v3.product.price -> 1", "                 ^^",
            "expected an operator, AND, OR or end of input, found '->'"),
        // Names and role paths.
        error("v3. = 1", "   ^", "expected a name after 'v3.', found whitespace"),
        error("v3.", "   ^", "expected a name after 'v3.', found end of input"),
        error("v3..date = 1", "   ^", "expected a name after 'v3.', found '.'"),
        error("v3.date.2024 = 1", "        ^", "expected a name after 'v3.date.', found '2'"),
        error("v3.date.week[] = 1", "             ^", "expected a role name after '[', found ']'"),
        error("v3.date.week[order->] = 1", "                    ^", "expected a role name after '->', found ']'"),
        error("v3.date.week[order->->x] = 1", "                    ^^",
            "expected a role name after '->', found '->'"),
        error("v3.date.week[order home] = 1", "                   ^^^^",
            "expected '->' or ']' in the role path, found 'home'"),
        error("v3.date.week[order", "                  ^", "expected '->' or ']' in the role path, found end of input"),
        error("v3.date.week[a.b] = 1", "             ^^^", "expected a role name after '[', found 'a.b'"),
        error("v3.date.week['order'] = 1", "             ^^^^^^^",
            "expected a role name after '[', found 'order'"),
        error("v3.total_revenue[order] > 1", "                ^^^^^^^",
            "'v3.total_revenue' is a metric, and metrics have no role paths"),
        // Nesting.
        error("(".repeat(101) + "v3.date.year", " ".repeat(100) + "^",
            "[GrainlineFilterTooDeep] the filter nests deeper than 100 levels"),
        error("NOT ".repeat(101) + "v3.date.year", " ".repeat(400) + "^^^",
            "[GrainlineFilterTooDeep] the filter nests deeper than 100 levels"),
        error("-".repeat(102) + "v3.date.year", " ".repeat(100) + "^",
            "[GrainlineFilterTooDeep] the filter nests deeper than 100 levels"));
  }

  static Stream<Arguments> orderByErrors() {
    return Stream.of(
        error("", "^", "expected a metric or dimension, found end of input"),
        error("v3.total_revenue,", "                 ^", "expected a metric or dimension after ',', found end of input"),
        error(", v3.total_revenue", "^", "expected a metric or dimension, found ','"),
        error("desc", "^^^^", "expected a metric or dimension, found 'desc'"),
        error("1", "^", "expected a metric or dimension, found '1'"),
        error("v3.total_revenue descending", "                 ^^^^^^^^^^",
            "expected ASC, DESC, NULLS, ',' or end of input, found 'descending'"),
        error("v3.total_revenue desc asc", "                      ^^^",
            "expected NULLS, ',' or end of input, found 'asc'"),
        error("v3.total_revenue desc nulls", "                           ^",
            "expected FIRST or LAST after NULLS, found end of input"),
        error("v3.total_revenue nulls top", "                       ^^^",
            "expected FIRST or LAST after NULLS, found 'top'"),
        error("v3.total_revenue nulls first desc", "                             ^^^^",
            "expected ',' or end of input, found 'desc'"),
        error("v3.total_revenue v3.date.week", "                 ^^^^^^^^^^^^",
            "expected ASC, DESC, NULLS, ',' or end of input, found 'v3.date.week'"),
        error("v3.total_revenue[order]", "                ^^^^^^^",
            "'v3.total_revenue' is a metric, and metrics have no role paths"),
        error("v3.date.week[]", "             ^", "expected a role name after '[', found ']'"),
        error("v3.total_revenue 'x", "                 ^^", "unterminated string starting at column 18"));
  }

  static Stream<Arguments> dimensionErrors() {
    return Stream.of(
        error("", "^", "expected a dimension, such as v3.product.category, found end of input"),
        error("  ", "  ^", "expected a dimension, such as v3.product.category, found end of input"),
        error("1", "^", "expected a dimension, such as v3.product.category, found '1'"),
        error("and", "^^^", "expected a dimension, such as v3.product.category, found 'and'"),
        error("v3.total_revenue", "^^^^^^^^^^^^^^^^", "'v3.total_revenue' is a metric, not a dimension"),
        error("v3.date.week[order] x", "                    ^",
            "expected end of input after the dimension, found 'x'"),
        error("v3.date.week, v3.date.year", "            ^",
            "expected end of input after the dimension, found ','"),
        error("v3.date.week[", "             ^", "expected a role name after '[', found end of input"),
        error("v3.date.", "        ^", "expected a name after 'v3.date.', found end of input"));
  }

  @ParameterizedTest
  @MethodSource("filterErrors")
  void filter(String input, String carets, String detail) {
    check(input, carets, detail, text -> QueryText.filter(text, TestStore.MODEL));
  }

  @ParameterizedTest
  @MethodSource("orderByErrors")
  void orderBy(String input, String carets, String detail) {
    check(input, carets, detail, text -> QueryText.orderBy(text, TestStore.MODEL));
  }

  @ParameterizedTest
  @MethodSource("dimensionErrors")
  void dimension(String input, String carets, String detail) {
    check(input, carets, detail, text -> QueryText.dimension(text, TestStore.MODEL));
  }

  @Test
  void errorsCarryTheirIdAndInput() {
    QueryTextException e = assertThrows(QueryTextException.class,
        () -> QueryText.filter("v3.date.year >=", TestStore.MODEL));
    assertAll(
        () -> assertEquals("GrainlineFilterSyntax", e.id()),
        () -> assertEquals("v3.date.year >=", e.input()),
        () -> assertEquals("[GrainlineFilterSyntax] expected a value after '>=', found end of input", e.getMessage()));
  }

  @Test
  void nestingUpToTheLimitIsFine() {
    String deep = "(".repeat(FilterParser.MAX_DEPTH) + "v3.date.year = 1" + ")".repeat(FilterParser.MAX_DEPTH);
    assertEquals(Trees.eq(Trees.attr("v3.date", "year"), Trees.integer(1)),
        QueryText.filter(deep, TestStore.MODEL).value());
  }

  private static void check(String input, String carets, String detail, Function<String, Object> parser) {
    QueryTextException e = assertThrows(QueryTextException.class, () -> parser.apply(input),
        () -> "no error for: " + input);
    int start = carets.indexOf('^');
    int end = carets.lastIndexOf('^') + 1;
    Span expected = start == input.length() ? new Span(start, start) : new Span(start, end);
    assertAll(input,
        () -> assertEquals(detail.startsWith("[") ? detail : "[GrainlineFilterSyntax] " + detail, e.getMessage()),
        () -> assertEquals(expected, e.span(), () -> "span of the error\n" + input + "\n"
            + " ".repeat(e.span().start()) + "^".repeat(Math.max(1, e.span().end() - e.span().start()))));
  }

  @Test
  void aFilterLongerThanTheLimitIsRejectedBeforeParsing() {
    String text = "v3.date.year = 1" + " OR v3.date.year = 1".repeat(600);
    QueryTextException e = assertThrows(QueryTextException.class, () -> QueryText.filter(text, TestStore.MODEL));
    assertEquals("[GrainlineInputTooLarge] a filter is at most 10000 characters long, this one has " + text.length(),
        e.getMessage());
    assertEquals(new Span(10_000, text.length()), e.span());
  }
}
