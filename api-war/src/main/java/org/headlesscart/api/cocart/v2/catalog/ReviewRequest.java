package org.headlesscart.api.cocart.v2.catalog;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.json.JsonException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedMap;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.api.http.StrictJson;
import org.headlesscart.catalog.model.NewReview;
import org.headlesscart.platform.numbers.Decimals;

/**
 * The body of {@code POST /products/reviews} (contract §5.6), JSON or form. Components are untyped so that a
 * value of the wrong JSON type is reported the WordPress way, as {@code rest_invalid_param}, instead of failing
 * the JSON reader: {@code product_id} and {@code rating} are integers (numbers or numeric strings), the others
 * strings.
 */
public record ReviewRequest(Object productId, Object review, Object reviewer, Object reviewerEmail, Object rating) {

    /** The reviews table's column sizes; the text column holds 65,535 bytes. */
    static final int NAME_LENGTH = 200;
    static final int TEXT_BYTES = 65_535;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /**
     * A JSON body, read strictly ({@link StrictJson}); empty is no parameters.
     *
     * @throws ProcessingException (400 {@code rest_invalid_json}) for a body that is not a JSON object
     */
    static ReviewRequest fromJson(String body) {
        if (body == null || body.isBlank()) {
            return new ReviewRequest(null, null, null, null, null);
        }
        try {
            Map<String, Object> json = StrictJson.object(body);
            return new ReviewRequest(json.get("product_id"), json.get("review"), json.get("reviewer"),
                    json.get("reviewer_email"), json.get("rating"));
        } catch (JsonException e) {
            throw new ProcessingException(e);
        }
    }

    static ReviewRequest fromForm(MultivaluedMap<String, String> form) {
        if (form == null) {
            // Payara Server hands a form resource null for a form body it could not read (seen with the fuzz's
            // hostile bodies): no fields, answered as missing ones, never a 500.
            return new ReviewRequest(null, null, null, null, null);
        }
        return new ReviewRequest(form.getFirst("product_id"), form.getFirst("review"), form.getFirst("reviewer"),
                form.getFirst("reviewer_email"), form.getFirst("rating"));
    }

    /**
     * The review to add. Missing parameters are reported first, as WordPress checks presence before values.
     *
     * @throws MissingParamException naming every absent required parameter (JSON {@code null} is absent)
     * @throws InvalidParamException naming every bad value
     */
    NewReview toCommand() {
        List<String> missing = new ArrayList<>();
        addIfNull(missing, "product_id", productId);
        addIfNull(missing, "reviewer", reviewer);
        addIfNull(missing, "reviewer_email", reviewerEmail);
        addIfNull(missing, "review", review);
        if (!missing.isEmpty()) {
            throw new MissingParamException(missing);
        }
        ParamCheck check = new ParamCheck();
        Long product = integer(check, "product_id", productId);
        String name = plainText(text(check, "reviewer", reviewer));
        String email = trimmed(text(check, "reviewer_email", reviewerEmail));
        String content = trimmed(text(check, "review", review));
        Integer stars = rating == null ? null : rating(check);
        checkValues(check, name, email, content);
        check.throwIfAny();
        return new NewReview(product, content, name, email, stars);
    }

    private Integer rating(ParamCheck check) {
        Long stars = integer(check, "rating", rating);
        if (stars != null && (stars < 1 || stars > 5)) {
            check.problem("rating", "rating must be between 1 (inclusive) and 5 (inclusive)");
        }
        return stars == null ? null : stars.intValue();
    }

    /** Values WordPress would store but our columns or storefronts cannot take. */
    private static void checkValues(ParamCheck check, String name, String email, String content) {
        if (name != null && name.isEmpty()) {
            check.problem("reviewer", "reviewer must not be empty.");
        } else if (name != null && name.codePointCount(0, name.length()) > NAME_LENGTH) {
            check.problem("reviewer", "reviewer must be at most " + NAME_LENGTH + " characters long.");
        }
        if (email != null && (!EMAIL.matcher(email).matches() || email.length() > NAME_LENGTH)) {
            check.problem("reviewer_email", "Invalid email address.");
        }
        if (content != null && content.isEmpty()) {
            check.problem("review", "Invalid review content.");
        } else if (content != null && content.getBytes(StandardCharsets.UTF_8).length > TEXT_BYTES) {
            check.problem("review", "review must be at most " + TEXT_BYTES + " bytes long.");
        }
    }

    /** WordPress takes a whole number or a string of one as an integer; {@code true} or {@code "1.5"} is not. */
    private static Long integer(ParamCheck check, String name, Object value) {
        try {
            // Bounded before longValueExact, which would expand 1e9999999 to ten million digits first.
            BigDecimal number = value instanceof BigDecimal parsed ? (Decimals.isBounded(parsed) ? parsed : null)
                    : value instanceof Integer || value instanceof Long ? BigDecimal.valueOf(((Number) value).longValue())
                    : value instanceof String text ? Decimals.read(text.trim()).value() : null;
            if (number != null) {
                return number.longValueExact();
            }
        } catch (ArithmeticException e) {
            // a fraction, or beyond a long: reported below
        }
        check.problem(name, name + " is not of type integer.");
        return null;
    }

    /** A JSON string; a number is not a string in WordPress's eyes. */
    private static String text(ParamCheck check, String name, Object value) {
        if (value instanceof String text) {
            return text;
        }
        check.problem(name, name + " is not of type string.");
        return null;
    }

    /** Like WordPress's sanitize_text_field: no tags, no line breaks, single spaces. */
    private static String plainText(String value) {
        return value == null ? null : TAG.matcher(value).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    private static void addIfNull(List<String> missing, String name, Object value) {
        if (value == null) {
            missing.add(name);
        }
    }
}
