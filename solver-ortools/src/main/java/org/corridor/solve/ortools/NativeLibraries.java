package org.corridor.solve.ortools;

import com.google.ortools.Loader;
import com.sun.jna.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Loads OR-Tools' native libraries from a cache folder kept per OR-Tools version and platform, instead of
 * unpacking 67 MB from the jar into a new temporary folder at every start, as {@link Loader} does (0.35 to
 * 0.5 s a start, and a folder left behind by every killed process). The first start extracts into a
 * private folder beside the cache entry and renames it into place in one step, so a second process sees
 * the whole entry or none, and nothing half-written stays behind. The cache is
 * {@code $CORRIDOR_CACHE}, else {@code $XDG_CACHE_HOME/corridor}, else {@code ~/.cache/corridor}.
 * Where it cannot be written, OR-Tools' own loader is used.
 */
final class NativeLibraries {
  private static final String RESOURCE = "ortools-" + Platform.RESOURCE_PREFIX;
  private static boolean loaded;

  private NativeLibraries() {}

  static synchronized void load() {
    if (loaded) {
      return;
    }
    Path folder = null;
    try {
      folder = cachedFolder(cacheRoot());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      folder = null;
    }
    if (folder == null) {
      Loader.loadNativeLibraries();
    } else {
      // RUNPATH $ORIGIN: the JNI library finds libortools and the others beside it.
      System.load(folder.resolve(System.mapLibraryName("jniortools")).toAbsolutePath().toString());
    }
    loaded = true;
  }

  /** The folder holding the platform's libraries, extracted on first use; null when there is none to use. */
  static Path cachedFolder(Path cacheRoot) throws IOException, URISyntaxException {
    URL url = NativeLibraries.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      return null;
    }
    URI uri = url.toURI();
    if (uri.getScheme().equals("file")) {
      return Path.of(uri);
    }
    Path entry = cacheRoot.resolve(RESOURCE + "-" + version());
    if (Files.isRegularFile(entry.resolve(".complete"))) {
      return entry;
    }
    Files.createDirectories(entry.getParent());
    Path tmp = Files.createTempDirectory(entry.getParent(), ".extract-");
    try {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of()); Stream<Path> files = Files.walk(jar.getPath(RESOURCE))) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          Files.copy(f, tmp.resolve(f.getFileName().toString()));
        }
      }
      Files.writeString(tmp.resolve(".complete"), version() + "\n");
      try {
        Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
        // Another process extracted the same version first: use its copy.
      }
    } finally {
      deleteTree(tmp);
    }
    return Files.isRegularFile(entry.resolve(".complete")) ? entry : null;
  }

  private static Path cacheRoot() {
    String own = System.getenv("CORRIDOR_CACHE");
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
        .resolve("corridor");
  }

  /** The version of the natives jar, so a new OR-Tools never loads an old cache entry. */
  private static String version() throws IOException {
    String props = "META-INF/maven/com.google.ortools/" + RESOURCE + "/pom.properties";
    try (InputStream in = NativeLibraries.class.getClassLoader().getResourceAsStream(props)) {
      if (in == null) {
        throw new IOException("no " + props);
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
