/** The rate-limit component's values: the window arithmetic and a counted request's decision. No dependencies. */
package org.headlesscart.ratelimit.model;
