package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** openapi.yaml describes exactly the API routes the server registers, method by method. */
class OpenApiTest {
  @Test
  @SuppressWarnings("unchecked")
  void theDocumentedPathsAreTheRegisteredRoutes() throws Exception {
    Map<String, Object> doc;
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi.yaml")) {
      doc = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
    }
    assertThat(doc.get("openapi").toString()).startsWith("3.");
    Set<String> documented = new TreeSet<>();
    ((Map<String, Map<String, Object>>) doc.get("paths")).forEach((path, ops) ->
        ops.keySet().forEach(method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path)));
    Set<String> registered = new TreeSet<>();
    CorridorServer.routes(new Api(null, ServerConfig.local(0)), new Page()).stream().filter(Route::isApi)
        .forEach(r -> registered.add(r.method().name() + " " + r.path()));
    assertThat(documented).isEqualTo(registered);
  }
}
