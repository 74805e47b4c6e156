package org.corridor.solve;

/** Told how far a long run has got; front ends draw a bar, tests ignore it. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (task, done, total) -> { };

  void update(String task, int done, int total);
}
