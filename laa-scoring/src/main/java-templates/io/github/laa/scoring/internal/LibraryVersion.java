package io.github.laa.scoring.internal;

/** The library's version, written in at build time from the Maven project. Not API. */
public final class LibraryVersion {
  /** The version of laa-scoring, e.g. {@code 0.1.0}. */
  public static final String VERSION = "${project.version}";

  private LibraryVersion() {}
}
