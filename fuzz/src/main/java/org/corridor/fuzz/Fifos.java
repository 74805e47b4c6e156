package org.corridor.fuzz;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.stream.Stream;

/** Named pipes a mutant planted; a reader blocked on one is released by a writer that opens and closes it. */
final class Fifos {
  private Fifos() {}

  static void unblock(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Fifos::isFifo).forEach(p -> {
        // Opening for writing blocks until a reader is there, so it runs on its own daemon thread.
        Thread w = new Thread(() -> {
          try (FileOutputStream o = new FileOutputStream(p.toFile())) {
            o.flush();
          } catch (IOException ignored) {
            // nobody was reading: nothing to release
          }
        }, "corridor-fuzz-fifo");
        w.setDaemon(true);
        w.start();
      });
    } catch (IOException ignored) {
      // the folder is going away anyway
    }
  }

  static boolean isFifo(Path p) {
    try {
      return Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    } catch (IOException e) {
      return false;
    }
  }
}
