/**
 * The hosted checkout (issue 20 part 4, docs/hosted-checkout.md): CoCart's "load cart" hand-off as a server-rendered
 * page at {@code /checkout?cocart-load-cart=KEY}, public (the cart key is the credential, as on the API), calling the
 * checkout and payment components as the API's checkout routes do.
 */
package org.headlesscart.console.checkout;
