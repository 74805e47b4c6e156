package org.corridor.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the page embeds from the data cannot break out of its script element or its markup. */
class HtmlReportTest {
  private static final String NASTY = "<!--<script>";

  @Test
  void embeddedJsonHoldsNoMarkupButParsesToTheSameText() throws Exception {
    // The fuzz reproducer: a node named <!--<script> left the page blank ("</" was escaped, "<!--" was not).
    Map<String, Object> data = Map.of("nodes", List.of(Map.of("id", "X", "name", NASTY)),
        "more", "</script><b>&amp;</b>\u2028-->");
    String json = HtmlReport.script(HtmlReport.json(data));
    assertThat(json).doesNotContain("<!--", "</script", "<", ">", "&", "\u2028").contains("\\u003C!--\\u003Cscript\\u003E");
    assertThat(new ObjectMapper().readValue(json, Map.class)).isEqualTo(data);
  }

  @Test
  void textOutsideTheJsonIsEscaped() {
    assertThat(HtmlReport.escape("<!--<script>\"'&")).isEqualTo("&lt;!--&lt;script&gt;&quot;&#39;&amp;");
  }

  @Test
  void placeholdersInInsertedTextStayText() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("{{TITLE}}", "/*DATA*/");
    parts.put("/*DATA*/", "{\"name\":\"{{TITLE}}\"}");
    assertThat(HtmlReport.fill("<h1>{{TITLE}}</h1><script>const DATA = /*DATA*/;</script>", parts))
        .isEqualTo("<h1>/*DATA*/</h1><script>const DATA = {\"name\":\"{{TITLE}}\"};</script>");
  }
}
