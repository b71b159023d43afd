package com.acme;

/** The vendor's own code, which must keep compiling. */
public final class App {
  private App() {}
}
