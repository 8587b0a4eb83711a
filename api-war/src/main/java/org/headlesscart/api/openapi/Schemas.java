package org.headlesscart.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/** Short names for the schema models that the hand-written components are built from. */
final class Schemas {

    private Schemas() {
    }

    static Schema object(String description) {
        return typed(SchemaType.OBJECT, description);
    }

    static Schema string(String description) {
        return typed(SchemaType.STRING, description);
    }

    static Schema integer(String description) {
        return typed(SchemaType.INTEGER, description).format("int64");
    }

    static Schema number(String description) {
        return typed(SchemaType.NUMBER, description);
    }

    static Schema bool(String description) {
        return typed(SchemaType.BOOLEAN, description);
    }

    static Schema array(Schema items, String description) {
        return typed(SchemaType.ARRAY, description).items(items);
    }

    /** A JSON object used as a map: any keys, values of one schema. */
    static Schema map(Schema values, String description) {
        return object(description).additionalPropertiesSchema(values);
    }

    /**
     * A value of no one JSON type. PHP writes an empty map as {@code []}, so several cart fields are an object or
     * an empty array (contract §1.2); a generated client keeps them as plain JSON values.
     */
    static Schema any(String description) {
        return OASFactory.createSchema().description(description);
    }

    /** A reference to a schema component by its name. */
    static Schema ref(String component) {
        return OASFactory.createSchema().ref(component);
    }

    private static Schema typed(SchemaType type, String description) {
        Schema schema = OASFactory.createSchema().type(type);
        return description == null ? schema : schema.description(description);
    }
}
