package io.github.fiksclients.specs;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.StringReader;
import java.util.List;

/**
 * Parses a spec's text into the model openapi-diff compares, accepting OpenAPI 3.0 and Swagger 2.0
 * (converted to 3.0 by swagger-parser), and rejecting anything the parser complains about.
 */
final class SpecParser {

  private static final int MESSAGES_SHOWN = 3;

  OpenAPI parse(String content, String origin) throws SpecCheckException {
    requireJson(content, origin);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result;
    try {
      result = new OpenAPIParser().readContents(content, null, options);
    } catch (RuntimeException e) {
      throw new SpecCheckException(origin + " cannot be parsed: " + e.getMessage(), e);
    }
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    if (result.getOpenAPI() == null || !messages.isEmpty()) {
      throw new SpecCheckException(
          origin + " is not a valid OpenAPI 3.0 or Swagger 2.0 document: " + summary(messages));
    }
    return result.getOpenAPI();
  }

  private static void requireJson(String content, String origin) throws SpecCheckException {
    JsonReader reader = new JsonReader(new StringReader(content));
    reader.setStrictness(Strictness.STRICT);
    try {
      if (!JsonParser.parseReader(reader).isJsonObject()) {
        throw new SpecCheckException(origin + " is not a JSON object");
      }
    } catch (JsonParseException e) {
      String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw new SpecCheckException(origin + " is not JSON: " + reason.lines().findFirst().orElse(""), e);
    }
  }

  private static String summary(List<String> messages) {
    if (messages.isEmpty()) {
      return "the parser returned no document";
    }
    String shown = String.join("; ", messages.subList(0, Math.min(MESSAGES_SHOWN, messages.size())));
    int more = messages.size() - MESSAGES_SHOWN;
    return more > 0 ? shown + " (and " + more + " more)" : shown;
  }
}
