package dev.onramp.template;

/**
 * The value of a condition once the parameters are known: {@link Known} when it depends on them
 * alone, {@link Unknown} when it also depends on something only the deployment knows (the region,
 * the partition, the account), with what is left of it to decide then.
 */
sealed interface Truth {

  static Truth of(boolean value) {
    return value ? Known.TRUE : Known.FALSE;
  }

  /** A condition whose value is decided. */
  record Known(boolean value) implements Truth {
    static final Known TRUE = new Known(true);
    static final Known FALSE = new Known(false);
  }

  /**
   * A condition CloudFormation decides at deployment: {@code residual} is its expression with the
   * parameters substituted and the decided parts folded away, so it holds no boolean literal and is
   * a valid condition on its own.
   */
  record Unknown(Object residual) implements Truth {}
}
