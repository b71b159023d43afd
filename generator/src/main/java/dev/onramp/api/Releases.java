package dev.onramp.api;

import dev.onramp.aws.Partition;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.publish.PublicationPlan;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link Onramp#release}: the blueprints compiled and planned for one partition. */
final class Releases {
  private Releases() {}

  static Release plan(ReleaseRequest request) throws OnrampException {
    Optional<Partition> only = partition(request.partition());
    CompiledBlueprints compiled = CompiledBlueprints.of(request.blueprints());
    try {
      return new Release(
          request.blueprints(),
          PublicationPlan.of(compiled.compilation(), only),
          compiled.warnings());
    } catch (BlueprintException e) {
      // The compiler's warnings too: the release stops here, and no other step shows them.
      Diagnostics all = new Diagnostics();
      all.addAll(compiled.compilation().warnings());
      all.addAll(e.diagnostics());
      throw InvalidInputException.of(
          new BlueprintException(all.sorted()), InvalidInputException.Input.BLUEPRINTS);
    }
  }

  private static Optional<Partition> partition(Optional<String> text)
      throws ConfigurationException {
    if (text.isEmpty() || text.get().isBlank()) {
      return Optional.empty();
    }
    Optional<Partition> partition = Partition.ofId(text.get().strip());
    if (partition.isEmpty()) {
      throw new ConfigurationException(
          Setting.PARTITION,
          "'" + text.get() + "' is not a partition",
          "use one of "
              + Arrays.stream(Partition.values())
                  .map(Partition::id)
                  .collect(Collectors.joining(", ")));
    }
    return partition;
  }
}
