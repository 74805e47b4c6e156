package org.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.model.Link;
import org.corridor.model.Membership;
import org.corridor.model.Mode;
import org.corridor.model.Node;
import org.junit.jupiter.api.Test;

class SchemaTest {
  @Test
  void typesAreInterpretedFromTheirNotation() {
    Schema.Type t = Schema.Type.parse("list(ref(countries|passages))");
    assertThat(t.kind()).isEqualTo(Schema.Type.Kind.LIST);
    assertThat(t.element().kind()).isEqualTo(Schema.Type.Kind.REF);
    assertThat(t.element().values()).containsExactly("countries", "passages");
    assertThat(Schema.Type.parse("enum(state|region)").values()).containsExactly("state", "region");
    assertThat(Schema.Type.parse("boolean").kind()).isEqualTo(Schema.Type.Kind.BOOLEAN);
    assertThatThrownBy(() -> Schema.Type.parse("float")).hasMessageContaining("unknown schema type `float`");
  }

  @Test
  void javaEnumsHaveExactlyTheSchemaValues() {
    Map<String, Class<? extends Enum<?>>> enums = Map.of("nodes.kind", Node.Kind.class, "links.mode", Mode.class,
        "links.sharing", Link.Sharing.class, "links.status", Link.Status.class,
        "memberships.status", Membership.Status.class);
    enums.forEach((column, type) -> {
      String[] tc = column.split("\\.");
      List<String> constants = Arrays.stream(type.getEnumConstants())
          .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
      assertThat(Schema.get().attribute(tc[0], tc[1]).valueType().values()).as(column).isEqualTo(constants);
    });
  }
}
