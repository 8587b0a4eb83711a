package org.headlesscart.api.cocart.v2.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedHashMap;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.MissingParamException;
import org.headlesscart.catalog.model.NewReview;
import org.junit.jupiter.api.Test;

class ReviewRequestTest {

    @Test
    void aJsonBodyIsReadWithItsSnakeCaseNamesAndTypes() {
        ReviewRequest request = ReviewRequest.fromJson("{\"product_id\":10,\"review\":\"Nice.\",\"reviewer\":\"Jane\","
                + "\"reviewer_email\":\"jane@example.com\",\"rating\":\"5\",\"unknown\":true}");

        assertEquals(new BigDecimal("10"), request.productId());
        assertEquals("5", request.rating());
        assertEquals(new NewReview(10, "Nice.", "Jane", "jane@example.com", 5), request.toCommand());
    }

    @Test
    void aBodyWithContentAfterItsObjectIsNotJson() {
        assertThrows(ProcessingException.class, () -> ReviewRequest.fromJson("{\"product_id\":10} {}"));
        assertThrows(ProcessingException.class, () -> ReviewRequest.fromJson("[".repeat(600) + "]".repeat(600)));
    }

    @Test
    void missingParametersComeFirstInWordPressOrderAndNullIsMissing() {
        ReviewRequest request = ReviewRequest.fromJson("{\"review\":\"Nice.\",\"reviewer\":null,\"rating\":9}");

        MissingParamException e = assertThrows(MissingParamException.class, request::toCommand);

        assertEquals(List.of("product_id", "reviewer", "reviewer_email"), e.params());
        assertEquals("Missing parameter(s): product_id, reviewer, reviewer_email", e.getMessage());
    }

    @Test
    void wrongTypesAndValuesAreInvalidParams() {
        ReviewRequest request = new ReviewRequest(true, 42, "<b></b>", "not-an-email", new BigDecimal("1.5"));

        InvalidParamException e = assertThrows(InvalidParamException.class, request::toCommand);

        assertEquals(Set.of("product_id", "review", "reviewer", "reviewer_email", "rating"), e.params().keySet());
        assertEquals("product_id is not of type integer.", e.params().get("product_id"));
        assertEquals("review is not of type string.", e.params().get("review"));
        assertEquals("reviewer must not be empty.", e.params().get("reviewer"));
        assertEquals("Invalid email address.", e.params().get("reviewer_email"));
        assertEquals("rating is not of type integer.", e.params().get("rating"));
    }

    @Test
    void ratingIsOneToFiveOrAbsent() {
        assertEquals("rating must be between 1 (inclusive) and 5 (inclusive)", assertThrows(
                InvalidParamException.class, () -> request(0).toCommand()).params().get("rating"));
        assertEquals("rating must be between 1 (inclusive) and 5 (inclusive)", assertThrows(
                InvalidParamException.class, () -> request(6).toCommand()).params().get("rating"));
        assertEquals(1, request(1).toCommand().rating());
        assertNull(request(null).toCommand().rating());
    }

    @Test
    void blankTextIsInvalidAndNamesLoseTagsAndLineBreaks() {
        InvalidParamException e = assertThrows(InvalidParamException.class,
                () -> new ReviewRequest("10", "  ", "Jane", "jane@example.com", null).toCommand());
        assertEquals("Invalid review content.", e.params().get("review"));

        NewReview review = new ReviewRequest("10", " Fine.\n", " <i>Jane</i>\n Doe ", " jane@example.com ", null)
                .toCommand();
        assertEquals("Jane Doe", review.reviewer());
        assertEquals("jane@example.com", review.reviewerEmail());
        assertEquals("Fine.", review.review());
    }

    @Test
    void aFormCarriesTheSameFieldsAsStrings() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("product_id", "12");
        form.putSingle("review", "Great sound.");
        form.putSingle("reviewer", "Bob");
        form.putSingle("reviewer_email", "bob@example.com");
        form.putSingle("rating", "4");

        assertEquals(new NewReview(12, "Great sound.", "Bob", "bob@example.com", 4),
                ReviewRequest.fromForm(form).toCommand());
    }

    private static ReviewRequest request(Integer rating) {
        return new ReviewRequest(10, "Nice.", "Jane", "jane@example.com", rating);
    }
}
