package org.cpsim.experiments.explore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the page submits to run a comparison: the scenario (by its id in the catalogue, never a path),
 * the variant's name and description, the levers moved (absent ones stay as the scenario has them), and
 * replications and years. Parsed strictly: an unknown key, a wrong type or a value out of range is a
 * {@link BadRequest} naming the field.
 *
 * @param levers     each moved lever's number (for {@link Lever#REGIME}: 0 prescribed throughout, 1 local framework from {@code regimeDate})
 * @param years      reporting years, or null for the scenario's own
 */
record VariantRequest(String scenario, String name, String description, Map<Lever, Double> levers, LocalDate regimeDate,
                      int replications, Integer years, long seed) {

    /** A scenario name as the files use them: it heads metrics.csv rows and names folders. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    static final int MAX_DESCRIPTION = 200;
    /** Longer than any simulation the scenarios describe; a bound on what one request can ask of the machine. */
    static final int MAX_YEARS = 30;
    private static final Set<String> KEYS = Set.of("scenario", "name", "description", "levers", "replications", "years", "seed");
    private static final ObjectMapper JSON = new ObjectMapper();

    VariantRequest {
        levers = Map.copyOf(levers);
    }

    static VariantRequest parse(String body, int maxReplications) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw BadRequest.invalid(null, "the request is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw BadRequest.invalid(null, "the request must be a JSON object");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) throw BadRequest.invalid(null, "unknown field '" + key + "'; expected one of " + KEYS);
        }
        String scenario = text(root, "scenario", true);
        String name = text(root, "name", true);
        if (!NAME.matcher(name).matches()) {
            throw BadRequest.invalid("name", "a name of 1 to 60 lower-case letters, digits and hyphens, starting with a letter or digit (it labels the results)");
        }
        String description = text(root, "description", false);
        if (description == null) description = "";
        if (description.length() > MAX_DESCRIPTION || description.chars().anyMatch(Character::isISOControl)) {
            throw BadRequest.invalid("description", "at most " + MAX_DESCRIPTION + " characters on one line");
        }
        int replications = whole(root, "replications", 2, maxReplications, true);
        Integer years = root.has("years") && !root.get("years").isNull() ? whole(root, "years", 1, MAX_YEARS, true) : null;
        long seed = root.has("seed") ? whole(root, "seed", 0, Integer.MAX_VALUE, true) : 1;

        Map<Lever, Double> levers = new EnumMap<>(Lever.class);
        LocalDate regimeDate = null;
        JsonNode ls = root.get("levers");
        if (ls != null && !ls.isNull()) {
            if (!ls.isObject()) throw BadRequest.invalid(null, "'levers' must be an object of lever ids to values");
            for (Iterator<Map.Entry<String, JsonNode>> it = ls.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("regimeDate")) continue;
                Lever lever = Lever.byId(e.getKey()).orElseThrow(() -> BadRequest.invalid(null, "unknown lever '" + e.getKey() + "'"));
                JsonNode v = e.getValue();
                if (v.isNull()) continue;
                if (lever == Lever.REGIME) {
                    String regime = v.isTextual() ? v.asText() : "";
                    if (regime.equals("prescribed")) levers.put(lever, 0.0);
                    else if (regime.equals("local_framework")) levers.put(lever, 1.0);
                    else throw BadRequest.invalid(lever.id, "'prescribed' or 'local_framework'");
                    continue;
                }
                if (!v.isNumber() || !Double.isFinite(v.asDouble())) throw BadRequest.invalid(lever.id, "a number from " + plain(lever.min) + " to " + plain(lever.max));
                double x = v.asDouble();
                if (x < lever.min || x > lever.max) throw BadRequest.invalid(lever.id, "a number from " + plain(lever.min) + " to " + plain(lever.max) + ", got " + plain(x));
                if (lever.kind == Lever.Kind.WHOLE && x != Math.rint(x)) throw BadRequest.invalid(lever.id, "a whole number, got " + plain(x));
                levers.put(lever, x);
            }
            if (levers.get(Lever.REGIME) != null && levers.get(Lever.REGIME) == 1.0) {
                JsonNode d = ls.get("regimeDate");
                if (d == null || !d.isTextual()) throw BadRequest.invalid("regimeDate", "the date the local framework starts, as YYYY-MM-DD");
                try {
                    regimeDate = LocalDate.parse(d.asText());
                } catch (DateTimeParseException ex) {
                    throw BadRequest.invalid("regimeDate", "a date as YYYY-MM-DD, got '" + d.asText() + "'");
                }
            }
        }
        return new VariantRequest(scenario, name, description, levers, regimeDate, replications, years, seed);
    }

    private static String text(JsonNode root, String key, boolean required) {
        JsonNode v = root.get(key);
        if (v == null || v.isNull()) {
            if (required) throw BadRequest.invalid(key, "required");
            return null;
        }
        if (!v.isTextual()) throw BadRequest.invalid(key, "text");
        return v.asText().strip();
    }

    private static int whole(JsonNode root, String key, int min, int max, boolean required) {
        JsonNode v = root.get(key);
        if (v == null || v.isNull()) {
            if (required) throw BadRequest.invalid(key, "required");
            return min;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            throw BadRequest.invalid(key, "a whole number from " + min + " to " + max + ", got " + v);
        }
        return v.asInt();
    }

    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
