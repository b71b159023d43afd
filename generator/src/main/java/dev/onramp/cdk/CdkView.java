package dev.onramp.cdk;

/**
 * Everything the templates of one blueprint's construct are bound to: the construct, its props and
 * its app. Dumped as JSON next to the sources with {@link CdkOptions#dumpViewModel()}, for whoever
 * writes their own templates.
 */
public record CdkView(ConstructView construct, PropsView props, AppView app) {}
