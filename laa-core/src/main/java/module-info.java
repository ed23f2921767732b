/**
 * The domain model of English Local Area Agreements: money, financial years, areas, rounds, blocks,
 * funding streams, voluntary and community sector bodies, allocations and the facts the scoring
 * rules read. Every type is immutable, null-free and validated when it is built.
 */
module io.github.laa.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires de.siegmar.fastcsv;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value;

  exports io.github.laa.core;
  exports io.github.laa.core.tables;
  // Machinery read by the scoring engine; not API.
  exports io.github.laa.core.internal to
      io.github.laa.scoring;
}
