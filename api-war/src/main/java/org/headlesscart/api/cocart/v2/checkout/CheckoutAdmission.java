package org.headlesscart.api.cocart.v2.checkout;

import java.util.ServiceConfigurationError;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.headlesscart.api.cocart.v2.cart.CartWriteRetry;
import org.headlesscart.api.error.CartBusyException;

/**
 * Admits order placements (POST /checkout, POST /order-received/{id}/pay) a bounded number at a time
 * ({@code headlesscart.checkout.max-concurrent}, default 4). Unlike cart writes, a placement is never retried here: a
 * gateway may have charged before its transaction failed; a deadlock or lock timeout answers 409
 * {@code cocart_cart_busy} ({@link CartWriteRetry#isConflict}) and the client retries, safely with an Idempotency-Key.
 *
 * <p>Why a bound of its own: a placement's transaction reaches five persistence units (cart, catalog, pricing,
 * checkout, customer), and on Payara a unit reached from another EJB module may be handed a connection of its own
 * from the pool. Under load, sixteen placements each holding a few connections and waiting for one more emptied the
 * 32-connection pool: every one of them then waited for the pool's timeout and answered 503 (found with a thread
 * dump; docs/checkout.md, Concurrency). Placements of one product queue on its stock row anyway, so admitting a few
 * at a time costs no throughput; the rest wait here, holding nothing, and a placement that waits longer than the
 * cart writes' admission answers 409 {@code cocart_cart_busy}.
 *
 * <p>Public for the hosted checkout (console.checkout), whose placements share this bound with the API's.
 */
public final class CheckoutAdmission {

    private static final Semaphore ADMISSION = new Semaphore(maxConcurrent(), true);
    private static final long WAIT_SECONDS = 30;

    private CheckoutAdmission() {
    }

    public static <T> T place(Supplier<T> placement) {
        try {
            if (!ADMISSION.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new CartBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CartBusyException();
        }
        try {
            return placement.get();
        } catch (RuntimeException e) {
            // Never retried: a gateway may have charged before the transaction failed. A lock that could not be had
            // answers 409 cocart_cart_busy; the client retries, safely with an Idempotency-Key.
            if (CartWriteRetry.isConflict(e)) {
                throw new CartBusyException();
            }
            throw e;
        } finally {
            ADMISSION.release();
        }
    }

    private static int maxConcurrent() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("headlesscart.checkout.max-concurrent", Integer.class)
                    .filter(n -> n > 0).orElse(4);
        } catch (IllegalStateException | ServiceConfigurationError e) {
            return 4;   // no MicroProfile Config outside a server (unit tests)
        }
    }
}
