package org.headlesscart.cart.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;

import jakarta.interceptor.InvocationContext;

import org.headlesscart.cart.control.Refusal;
import org.junit.jupiter.api.Test;

/** The rules' refusals reach the wire through the boundary's failures, matched by name (CartRefusals). */
class CartFailureTest {

    @Test
    void everyRefusalOfTheRulesHasAFailureOfTheSameName() {
        for (Refusal.Reason reason : Refusal.Reason.values()) {
            assertEquals(reason.name(), CartFailure.valueOf(reason.name()).name());
        }
    }

    @Test
    void aRefusalBecomesTheFailureWithItsMessage() throws Exception {
        CartException e = assertThrows(CartException.class,
                () -> new CartRefusals().translate(new FailingCall(
                        new Refusal(Refusal.Reason.OUT_OF_STOCK, "You cannot add \"Poster\"."))));
        assertEquals(CartFailure.OUT_OF_STOCK, e.failure());   // 404 cocart_product_out_of_stock: CartExceptionMapperTest
        assertEquals("You cannot add \"Poster\".", e.getMessage());
    }

    /** An invocation whose target throws. */
    private record FailingCall(RuntimeException failure) implements InvocationContext {
        public Object proceed() { throw failure; }
        public Object getTarget() { return null; }
        public Object getTimer() { return null; }
        public Method getMethod() { return null; }
        public Constructor<?> getConstructor() { return null; }
        public Object[] getParameters() { return new Object[0]; }
        public void setParameters(Object[] params) { }
        public Map<String, Object> getContextData() { return Map.of(); }
    }
}
