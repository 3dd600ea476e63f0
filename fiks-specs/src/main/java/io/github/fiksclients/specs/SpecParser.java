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
 * (converted to 3.0 by swagger-parser).
 *
 * <p>The parser's messages are warnings, kept with the result: an attribute it does not know, or one
 * that is missing, does not change what it read of the rest. Two things stop the check instead: no
 * document at all, and a part of the wrong type ({@code is not of type}), which the parser drops, so
 * that a comparison would report it as removed.
 */
final class SpecParser {

  private static final int MESSAGES_SHOWN = 3;
  private static final String WRONG_TYPE = " is not of type ";

  ParsedSpec parse(String content, String origin) throws SpecCheckException {
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
    List<String> wrongType = messages.stream().filter(message -> message.contains(WRONG_TYPE)).toList();
    if (result.getOpenAPI() == null || !wrongType.isEmpty()) {
      throw new SpecCheckException(origin + " is not a valid OpenAPI 3.0 or Swagger 2.0 document: "
          + summary(wrongType.isEmpty() ? messages : wrongType));
    }
    return new ParsedSpec(result.getOpenAPI(),
        messages.stream().map(message -> origin + ": " + message).toList());
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
