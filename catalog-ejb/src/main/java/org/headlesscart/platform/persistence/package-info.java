/**
 * Persistence plumbing shared by every business component: the one datasource and the hook that applies each
 * component's Flyway migrations when its persistence unit starts. It lives in catalog-ejb because every other
 * module depends on catalog; it holds no business logic and no component calls it directly.
 */
package org.headlesscart.platform.persistence;
