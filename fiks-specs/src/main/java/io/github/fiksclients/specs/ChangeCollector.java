package io.github.fiksclients.specs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMetadata;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedSecurityRequirements;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Turns openapi-diff's result into named changes per endpoint: endpoints, operation names,
 * parameters, request bodies, responses and security. Schemas are walked by {@link SchemaChanges}.
 *
 * <p>A change is breaking when openapi-diff's rules call it incompatible, or when it removes or
 * renames something the generated Java code exposes (operationId, tags, properties, enum values).
 */
final class ChangeCollector {

  private final List<SpecChange> changes = new ArrayList<>();

  private ChangeCollector() {}

  static List<SpecChange> collect(ChangedOpenApi diff) {
    ChangeCollector collector = new ChangeCollector();
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      collector.sinkFor(endpoint.getPathUrl(), endpoint.getMethod().name())
          .add("endpoint removed", true);
    }
    for (Endpoint endpoint : diff.getNewEndpoints()) {
      collector.sinkFor(endpoint.getPathUrl(), endpoint.getMethod().name())
          .add("endpoint added", false);
    }
    diff.getChangedOperations().forEach(collector::operation);
    return collector.changes;
  }

  private ChangeSink sinkFor(String path, String method) {
    return (description, breaking) -> changes.add(new SpecChange(path, method, description, breaking));
  }

  private void operation(ChangedOperation operation) {
    ChangeSink sink = sinkFor(operation.getPathUrl(), operation.getHttpMethod().name());
    if (operation.isDeprecated()) {
      sink.add("operation deprecated", false);
    }
    operationId(operation.getOperationId(), sink);
    tags(operation.getOldOperation(), operation.getNewOperation(), sink);
    parameters(operation.getParameters(), sink);
    requestBody(operation.getRequestBody(), sink);
    responses(operation.getApiResponses(), sink);
    security(operation.getSecurityRequirements(), sink);
  }

  private static void operationId(ChangedMetadata operationId, ChangeSink sink) {
    if (operationId != null && !Objects.equals(operationId.getLeft(), operationId.getRight())) {
      sink.add(
          "operationId changed " + operationId.getLeft() + " -> " + operationId.getRight()
              + " (the generated method is renamed)",
          true);
    }
  }

  private static void tags(Operation before, Operation after, ChangeSink sink) {
    List<String> old = before.getTags() == null ? List.of() : before.getTags();
    List<String> now = after.getTags() == null ? List.of() : after.getTags();
    if (!old.equals(now)) {
      sink.add("tags changed " + old + " -> " + now + " (the generated API class changes)", true);
    }
  }

  private static void parameters(ChangedParameters parameters, ChangeSink sink) {
    if (parameters == null) {
      return;
    }
    for (Parameter removed : parameters.getMissing()) {
      sink.add("parameter removed: " + name(removed), true);
    }
    for (Parameter added : parameters.getIncreased()) {
      boolean required = Boolean.TRUE.equals(added.getRequired());
      sink.add((required ? "new required parameter: " : "new optional parameter: ") + name(added),
          required);
    }
    for (ChangedParameter changed : parameters.getChanged()) {
      parameter(changed, sink);
    }
  }

  private static void parameter(ChangedParameter changed, ChangeSink sink) {
    String name = "parameter " + changed.getIn() + " '" + changed.getName() + "'";
    if (changed.isChangeRequired()) {
      boolean nowRequired = Boolean.TRUE.equals(changed.getNewParameter().getRequired());
      sink.add(name + (nowRequired ? " is now required" : " is now optional"), nowRequired);
    }
    if (changed.isChangeStyle() || changed.isChangeExplode() || changed.isChangeAllowEmptyValue()) {
      sink.add(name + ": serialization changed (style, explode or allowEmptyValue)",
          changed.isCoreChanged().isIncompatible());
    }
    if (changed.isDeprecated()) {
      sink.add(name + " deprecated", false);
    }
    if (changed.getSchema() != null) {
      SchemaChanges.collect(changed.getSchema(), name, sink);
    }
    content(changed.getContent(), name, sink);
  }

  private static String name(Parameter parameter) {
    return parameter.getIn() + " '" + parameter.getName() + "'";
  }

  private static void requestBody(ChangedRequestBody body, ChangeSink sink) {
    if (body == null) {
      return;
    }
    if (body.isChangeRequired()) {
      boolean nowRequired = Boolean.TRUE.equals(body.getNewRequestBody().getRequired());
      sink.add(nowRequired ? "request body is now required" : "request body is now optional",
          body.isCoreChanged().isIncompatible());
    }
    content(body.getContent(), "request body", sink);
  }

  private static void responses(ChangedApiResponse responses, ChangeSink sink) {
    if (responses == null) {
      return;
    }
    removedAndAdded(responses.getMissing().keySet(), responses.getIncreased().keySet(),
        code -> "response " + code, sink);
    new TreeMap<>(responses.getChanged()).forEach((code, changed) -> {
      String where = "response " + code;
      headers(changed.getHeaders(), where, sink);
      content(changed.getContent(), where, sink);
    });
  }

  private static void headers(ChangedHeaders headers, String where, ChangeSink sink) {
    if (headers == null) {
      return;
    }
    removedAndAdded(headers.getMissing().keySet(), headers.getIncreased().keySet(),
        header -> where + ": header '" + header + "'", sink);
    new TreeMap<>(headers.getChanged()).forEach((name, changed) -> {
      String header = where + ": header '" + name + "'";
      if (changed.isCoreChanged().isDifferent()) {
        sink.add(header + " changed (required, style or explode)",
            changed.isCoreChanged().isIncompatible());
      }
      if (changed.getSchema() != null) {
        SchemaChanges.collect(changed.getSchema(), header, sink);
      }
    });
  }

  private static void content(ChangedContent content, String where, ChangeSink sink) {
    if (content == null) {
      return;
    }
    removedAndAdded(content.getMissing().keySet(), content.getIncreased().keySet(),
        type -> where + ": content type " + type, sink);
    new TreeMap<>(content.getChanged()).forEach((type, changed) -> {
      if (changed.getSchema() != null) {
        SchemaChanges.collect(changed.getSchema(), where + " (" + type + ")", sink);
      }
    });
  }

  /** Names removed items as breaking and added ones as compatible, sorted by name. */
  private static void removedAndAdded(Set<String> removed, Set<String> added,
      Function<String, String> label, ChangeSink sink) {
    new TreeSet<>(removed).forEach(name -> sink.add(label.apply(name) + " removed", true));
    new TreeSet<>(added).forEach(name -> sink.add(label.apply(name) + " added", false));
  }

  private static void security(ChangedSecurityRequirements security, ChangeSink sink) {
    if (security == null) {
      return;
    }
    if (security.getMissing() != null) {
      security.getMissing().forEach(r -> sink.add("security requirement removed: " + schemes(r), true));
    }
    if (security.getIncreased() != null) {
      security.getIncreased().forEach(r -> sink.add("security requirement added: " + schemes(r), false));
    }
    if (security.getChanged() != null) {
      security.getChanged().forEach(c -> sink.add("security requirement changed: "
          + schemes(c.getNewSecurityRequirement()), c.isChanged().isIncompatible()));
    }
  }

  private static String schemes(SecurityRequirement requirement) {
    return String.join(", ", new TreeSet<>(requirement.keySet()));
  }
}
