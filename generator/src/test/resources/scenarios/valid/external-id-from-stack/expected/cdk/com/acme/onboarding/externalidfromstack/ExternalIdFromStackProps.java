package com.acme.onboarding.externalidfromstack;


/**
 * The props of {@link ExternalIdFromStack}, one for each parameter of blueprint {@code
 * external-id-from-stack}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class ExternalIdFromStackProps {


  private ExternalIdFromStackProps(Builder builder) {
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExternalIdFromStackProps}; a prop left unset takes the template's default. */
  public static final class Builder {

    private Builder() {}

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public ExternalIdFromStackProps build() {
      return new ExternalIdFromStackProps(this);
    }
  }
}
