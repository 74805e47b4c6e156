package org.corridor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's id: the first 12 hex digits of SHA-256 over the data set's files and the request. The same data
 * and the same request (command, scenario, date, options) give the same id on every machine and every run,
 * so outputs of one run can be joined, and a re-run recognised; no clock and no random number enter it.
 */
public final class RunId {
  /** Hex digits kept: 48 bits, ample to tell runs of one project apart. */
  public static final int LENGTH = 12;

  private RunId() {}

  /**
   * Hashes every regular file under {@code dataFolder}, sorted by relative path ({@code /}-separated): each
   * path and its bytes, length-prefixed so no two file sets hash alike; then the request.
   */
  public static String of(Path dataFolder, String request) {
    MessageDigest sha = sha256();
    Path root = dataFolder.toAbsolutePath().normalize();
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted((a, b) -> rel(root, a).compareTo(rel(root, b))).toList();
      for (Path f : files) {
        chunk(sha, rel(root, f).getBytes(StandardCharsets.UTF_8));
        chunk(sha, Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dataFolder + " for the run id", e);
    }
    chunk(sha, request.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest()).substring(0, LENGTH);
  }

  private static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private static void chunk(MessageDigest sha, byte[] bytes) {
    sha.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
