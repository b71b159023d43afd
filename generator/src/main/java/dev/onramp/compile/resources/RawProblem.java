package dev.onramp.compile.resources;

import dev.onramp.diagnostic.DiagnosticCode;

/** A problem found in a raw resource's values, at the YAML path of the value. */
record RawProblem(DiagnosticCode code, String path, String message, String fix) {}
