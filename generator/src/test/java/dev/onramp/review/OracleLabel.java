package dev.onramp.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A corpus pair's label by the independent evaluator ({@link IamSimulateOracle}), as kept in {@code
 * label.txt} beside {@code before.yaml} and {@code after.yaml}: the first line is the verdict word
 * ({@code equal}, {@code escalation}, {@code reduction}, {@code mixed}) or {@code unlabelled:
 * <reason>} when the evaluator cannot express the pair; the lines after it are witness requests,
 * {@code +} for one allowed only after, {@code -} for one allowed only before.
 *
 * @param verdict the evaluator's verdict, empty when unlabelled
 * @param reason why the pair is unlabelled, empty when labelled
 * @param witnesses up to five witness requests per direction
 */
record OracleLabel(Optional<AccessVerdict> verdict, String reason, List<String> witnesses) {
  static final String FILE = "label.txt";
  private static final String UNLABELLED = "unlabelled: ";

  OracleLabel {
    witnesses = List.copyOf(witnesses);
  }

  static OracleLabel labelled(AccessVerdict verdict, List<String> witnesses) {
    return new OracleLabel(Optional.of(verdict), "", witnesses);
  }

  static OracleLabel unlabelled(String reason) {
    return new OracleLabel(Optional.empty(), reason, List.of());
  }

  /** Reads {@code label.txt} in a corpus folder. */
  static OracleLabel read(Path folder) throws IOException {
    List<String> lines = Files.readAllLines(folder.resolve(FILE), StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(folder.resolve(FILE) + " is empty; expected a verdict word first");
    }
    String first = lines.get(0);
    if (first.startsWith(UNLABELLED)) {
      return unlabelled(first.substring(UNLABELLED.length()));
    }
    return labelled(AccessVerdict.parse(first), lines.subList(1, lines.size()));
  }

  /** The file's text: the verdict word or the unlabelled reason, then the witnesses. */
  String render() {
    StringBuilder out =
        new StringBuilder(verdict.map(AccessVerdict::toString).orElse(UNLABELLED + reason));
    out.append('\n');
    witnesses.forEach(w -> out.append(w).append('\n'));
    return out.toString();
  }
}
