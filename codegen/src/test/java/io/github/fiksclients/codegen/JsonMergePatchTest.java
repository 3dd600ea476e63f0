package io.github.fiksclients.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonMergePatchTest {

    /** The examples of RFC 7396, Appendix A: original; patch; result. */
    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = ';', value = {
        "{\"a\":\"b\"};                  {\"a\":\"c\"};                 {\"a\":\"c\"}",
        "{\"a\":\"b\"};                  {\"b\":\"c\"};                 {\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"};                  {\"a\":null};                  {}",
        "{\"a\":\"b\",\"b\":\"c\"};      {\"a\":null};                  {\"b\":\"c\"}",
        "{\"a\":[\"b\"]};                {\"a\":\"c\"};                 {\"a\":\"c\"}",
        "{\"a\":\"c\"};                  {\"a\":[\"b\"]};               {\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}};          {\"a\":{\"b\":\"d\",\"c\":null}}; {\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]};        {\"a\":[1]};                   {\"a\":[1]}",
        "[\"a\",\"b\"];                  [\"c\",\"d\"];                 [\"c\",\"d\"]",
        "{\"a\":\"b\"};                  [\"c\"];                       [\"c\"]",
        "{\"a\":\"foo\"};                null;                          null",
        "{\"a\":\"foo\"};                \"bar\";                       \"bar\"",
        "{\"e\":null};                   {\"a\":1};                     {\"e\":null,\"a\":1}",
        "[1,2];                          {\"a\":\"b\",\"c\":null};      {\"a\":\"b\"}",
        "{};                             {\"a\":{\"bb\":{\"ccc\":null}}}; {\"a\":{\"bb\":{}}}",
    })
    void appliesTheRfcExamples(String original, String patch, String result) {
        assertThat(JsonMergePatch.apply(json(original), json(patch))).isEqualTo(json(result));
    }

    @Test
    void leavesBothInputsUnchanged() {
        JsonElement original = json("{\"paths\":{\"/a\":{\"get\":{}}}}");
        JsonElement patch = json("{\"paths\":{\"/a\":{\"get\":null,\"post\":{}}}}");

        JsonElement patched = JsonMergePatch.apply(original, patch);

        assertThat(patched).isEqualTo(json("{\"paths\":{\"/a\":{\"post\":{}}}}"));
        assertThat(original).isEqualTo(json("{\"paths\":{\"/a\":{\"get\":{}}}}"));
        assertThat(patch).isEqualTo(json("{\"paths\":{\"/a\":{\"get\":null,\"post\":{}}}}"));
    }

    @Test
    void keepsTheOrderOfTheOriginalsMembers() {
        JsonElement patched = JsonMergePatch.apply(json("{\"z\":1,\"a\":2}"), json("{\"z\":3,\"m\":4}"));

        assertThat(patched.toString()).isEqualTo("{\"z\":3,\"a\":2,\"m\":4}");
    }

    private static JsonElement json(String text) {
        return JsonParser.parseString(text.strip());
    }
}
