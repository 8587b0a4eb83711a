/**
 * The REST boundary: CoCart REST API v2 under {@code /wp-json/cocart/v2}, and our own namespace
 * {@code /wp-json/headlesscart/v1} for what CoCart lacks (the product import). Resources hold no business logic:
 * a request record in, one boundary call, a response record out. Errors from every layer leave through the
 * mappers of {@code error} in one envelope; {@code http} holds the cross-cutting filters (WordPress, cart and CORS headers) and JSON-B setup;
 * {@code security} authenticates every request (HTTP Basic or {@code username}/{@code password}, throttled) and
 * lets only administrators and shop managers through to admin routes ({@code @StaffOnly}).
 * Uses only the {@code boundary} packages of the EJB modules (checked by an ArchUnit test).
 */
package org.headlesscart.api;
