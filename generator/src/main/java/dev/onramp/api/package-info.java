/**
 * The one entry point of front ends (the Maven plugin, a future command line): a request record in,
 * a result record or a typed {@link dev.onramp.api.OnrampException} out, for each thing a build
 * does with blueprints (generate, validate, report, diff, guide, release and links). Front ends
 * read their own parameters, build one immutable request, call {@link dev.onramp.api.Onramp} and
 * turn results and errors into their own output; everything between lives behind this package.
 */
package dev.onramp.api;
