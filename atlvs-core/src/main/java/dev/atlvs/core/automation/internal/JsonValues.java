package dev.atlvs.core.automation.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON of automation rules into plain Java values: objects as insertion-ordered maps, arrays as lists,
 * numbers as {@link java.math.BigDecimal}, strings, booleans and {@code null}. Public only for the modules' trigger and
 * action types of the SDK; not part of its API.
 */
public final class JsonValues {

    private JsonValues() {}

    /** The value of JSON text, or empty when the text is not JSON. */
    public static Optional<Object> parse(String text) {
        try {
            return Optional.ofNullable(value(JsonParser.parseString(text)));
        } catch (JsonParseException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The object of JSON text, or empty when the text is not a JSON object. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> object(String text) {
        return parse(text).filter(Map.class::isInstance).map(v -> (Map<String, Object>) v);
    }

    /** The array of JSON text, or empty when the text is not a JSON array. */
    @SuppressWarnings("unchecked")
    public static Optional<List<Object>> array(String text) {
        return parse(text).filter(List.class::isInstance).map(v -> (List<Object>) v);
    }

    private static Object value(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element instanceof JsonObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> member : object.entrySet()) {
                map.put(member.getKey(), value(member.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (element instanceof JsonArray array) {
            List<Object> list = new ArrayList<>(array.size());
            for (JsonElement item : array) {
                list.add(value(item));
            }
            return Collections.unmodifiableList(list);
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        if (primitive.isNumber()) {
            return primitive.getAsBigDecimal();
        }
        return primitive.getAsString();
    }
}
