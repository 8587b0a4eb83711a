/**
 * The operators' console (docs/console.md): Jakarta Faces pages under {@code /console}, served by this WAR on both
 * runtimes. Backing beans call the EJB boundaries only; {@code console.security} decides who may open which page.
 */
package org.headlesscart.console;
