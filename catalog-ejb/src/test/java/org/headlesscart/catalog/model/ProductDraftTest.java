package org.headlesscart.catalog.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProductDraftTest {

    @Test
    void aDraftNamesNothingOnlyWhenEveryComponentIsAbsent() {
        Object[] none = new Object[ProductDraft.class.getRecordComponents().length];
        assertTrue(draft(none).namesNothing());
        for (int i = 0; i < none.length; i++) {
            Object[] one = none.clone();
            one[i] = ProductDraft.class.getRecordComponents()[i].getType() == List.class ? List.of()
                    : ProductDraft.class.getRecordComponents()[i].getType() == String.class ? ""
                    : ProductDraft.class.getRecordComponents()[i].getType() == Boolean.class ? Boolean.FALSE : 0;
            assertFalse(draft(one).namesNothing(), ProductDraft.class.getRecordComponents()[i].getName());
        }
    }

    private static ProductDraft draft(Object[] values) {
        try {
            Class<?>[] types = java.util.Arrays.stream(ProductDraft.class.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
            return ProductDraft.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
