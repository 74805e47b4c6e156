package org.corridor.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one way the loader reads a file of a data set. Only regular files inside the data folder are read
 * (a symbolic link is followed only while its target stays inside the folder), never more than a size
 * limit counted on the bytes actually read (a device or a growing file reports no useful size), and the
 * bytes must be UTF-8; a leading byte order mark is dropped. Every refusal is a {@link Problem} naming the
 * file.
 */
final class DataFiles {
  private DataFiles() {}

  /** Whether anything (a file, a folder, a link, even a dangling one) is at {@code path}. */
  static boolean present(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The text of {@code path} (named {@code file} in problems), or empty with a problem recorded when it is
   * not a regular file inside {@code folder}, is larger than {@code maxBytes}, or is not UTF-8.
   */
  static Optional<String> readText(Path folder, Path path, String file, long maxBytes, Problems problems) {
    Optional<Path> real = inside(folder, path, file, problems);
    if (real.isEmpty()) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(real.get())) {
      problems.error(file, 0, null, null, "is not a regular file (" + kind(real.get()) + ")",
          "replace it with an ordinary file");
      return Optional.empty();
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(real.get())) {
      bytes = readAtMost(in, maxBytes);
    } catch (IOException e) {
      problems.error(file, 0, null, null, "cannot read: " + e.getMessage());
      return Optional.empty();
    }
    if (bytes == null) {
      problems.error(file, 0, null, null, "file is larger than the limit of " + maxBytes + " bytes",
          "split the data or remove what is not needed (see Limits in docs/data-format.md)");
      return Optional.empty();
    }
    return decode(bytes, file, problems);
  }

  /**
   * The real path of {@code path} when it lies inside {@code folder}'s real path; else empty with a problem.
   * A symbolic link is followed, so one that leads out of the folder (to a system file, a device) is refused.
   */
  static Optional<Path> inside(Path folder, Path path, String file, Problems problems) {
    try {
      Path root = folder.toRealPath();
      Path real = path.toRealPath();
      if (!real.startsWith(root)) {
        problems.error(file, 0, null, null, "is a link to `" + real + "`, which is outside the data folder",
            "copy the file into the data folder instead of linking to it");
        return Optional.empty();
      }
      return Optional.of(real);
    } catch (NoSuchFileException e) {
      problems.error(file, 0, null, null, "is a link to a file that does not exist",
          "replace the link with the file itself");
    } catch (IOException | SecurityException e) {
      problems.error(file, 0, null, null, "cannot read: " + e.getMessage());
    }
    return Optional.empty();
  }

  /**
   * The entries of the sub-folder {@code dir} (named {@code name}) whose names end in one of the
   * {@code extensions} in any case, sorted; empty when there is no such folder. A folder that leads out of
   * the data folder is refused with a problem.
   */
  static List<Path> list(Path folder, Path dir, String name, List<String> extensions, Problems problems) {
    List<Path> out = new ArrayList<>();
    if (!present(dir)) {
      return out;
    }
    Optional<Path> real = inside(folder, dir, name, problems);
    if (real.isEmpty()) {
      return out;
    }
    if (!Files.isDirectory(real.get())) {
      problems.error(name, 0, null, null, "is not a folder", "put the files in a folder named " + name);
      return out;
    }
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> hasExtension(p, extensions)).sorted().forEach(out::add);
    } catch (IOException e) {
      problems.error(name, 0, null, null, "cannot list: " + e.getMessage());
    }
    return out;
  }

  static boolean hasExtension(Path p, List<String> extensions) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(e -> n.endsWith("." + e) && n.length() > e.length() + 1);
  }

  /** At most {@code max} bytes of {@code in}, or null when there are more: the limit is on what is read. */
  static byte[] readAtMost(InputStream in, long max) throws IOException {
    int cap = (int) Math.min(max + 1, Integer.MAX_VALUE - 8);
    byte[] all = in.readNBytes(cap);
    return all.length > max ? null : all;
  }

  /** Strict UTF-8; a bad byte is reported with its line. A leading byte order mark is dropped. */
  static Optional<String> decode(byte[] bytes, String file, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.error(file, line, null, String.format("0x%02X", bytes[at] & 0xFF), "byte 0x"
          + String.format("%02X", bytes[at] & 0xFF) + " is not UTF-8 text",
          "save the file as UTF-8 (in Excel: CSV UTF-8; in an editor: encoding UTF-8)");
      return Optional.empty();
    }
    out.flip();
    String text = out.toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static String kind(Path p) {
    if (Files.isDirectory(p)) {
      return "a folder";
    }
    return "a pipe, a device or another special file";
  }
}
