package org.corridor.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.corridor.report.RunId;

/**
 * A data set's files as bytes, read on the driver and broadcast, so executors need no shared file system: each
 * executor writes them once to a folder of its own and loads the data set from there. The files keep their relative
 * paths and bytes, so the run id (a hash over both) is the same as on the driver.
 */
final class ShippedData implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Folders already written in this JVM, by content hash: tasks of one executor share one. */
  private static final Map<String, Path> WRITTEN = new ConcurrentHashMap<>();

  private final String name;
  private final TreeMap<String, byte[]> files;
  private final String hash;

  private ShippedData(String name, TreeMap<String, byte[]> files, String hash) {
    this.name = name;
    this.files = files;
    this.hash = hash;
  }

  static ShippedData read(Path folder) {
    Path root = folder.toAbsolutePath().normalize();
    TreeMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the data set " + folder, e);
    }
    return new ShippedData(root.getFileName().toString(), files, RunId.of(root, "shipped"));
  }

  /** The folder holding the files on this machine, written on first use. */
  Path folder() {
    return WRITTEN.computeIfAbsent(hash, h -> {
      try {
        Path dir = Files.createTempDirectory("corridor-data-" + h + "-").resolve(name);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
          Path target = dir.resolve(f.getKey());
          Files.createDirectories(target.getParent());
          Files.write(target, f.getValue());
        }
        return dir;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the shipped data set " + name, e);
      }
    });
  }
}
