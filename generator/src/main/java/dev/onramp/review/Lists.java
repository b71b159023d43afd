package dev.onramp.review;

import java.util.Comparator;
import java.util.List;

/** Lexicographic order of lists, for records whose natural order is that of their elements. */
final class Lists {
  private Lists() {}

  static <T> int compare(List<T> a, List<T> b, Comparator<? super T> order) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int byElement = order.compare(a.get(i), b.get(i));
      if (byElement != 0) {
        return byElement;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
