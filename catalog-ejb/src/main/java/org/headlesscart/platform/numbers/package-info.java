/**
 * Value helpers every layer of every module uses, the WAR included: how a number from a client becomes a
 * {@code BigDecimal} without unbounded work ({@link org.headlesscart.platform.numbers.Decimals}). No state, no
 * business rules; it lives in catalog-ejb because every other module depends on catalog.
 */
package org.headlesscart.platform.numbers;
