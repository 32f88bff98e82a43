package dev.grainline.internal.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grainline.dsl.TimeGrain;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowFrameTest {
  @Test
  void onlyASinglePeriodComposesWithAnOuterWindow() {
    List<WindowFrame> frames = List.of(new WindowFrame.Current(), new WindowFrame.Trailing(7, TimeGrain.DAY),
        new WindowFrame.Cumulative(), new WindowFrame.ToDate(TimeGrain.MONTH));
    assertEquals(List.of(true, false, false, false), frames.stream().map(WindowFrame::single).toList());
  }

  @Test
  void framesAreValuesAndNeedTheirGrain() {
    assertEquals(new WindowFrame.Trailing(7, TimeGrain.DAY), new WindowFrame.Trailing(7, TimeGrain.DAY));
    assertEquals("unit", assertThrows(NullPointerException.class, () -> new WindowFrame.Trailing(7, null))
        .getMessage());
    assertEquals("grain", assertThrows(NullPointerException.class, () -> new WindowFrame.ToDate(null))
        .getMessage());
  }
}
