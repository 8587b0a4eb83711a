/**
 * Records pricing shares with its callers and between its control packages: the store's rules, a cart's input and
 * its priced result. No logic beyond small derived values.
 */
package org.headlesscart.pricing.model;
