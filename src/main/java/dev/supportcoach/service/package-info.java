/**
 * The HTTP service ({@code support-coach serve}): advice over HTTP for hosts that are not
 * Java, with metrics, health, rule reload and a page to try it. Built on Javalin (Jetty) and
 * Micrometer, both optional dependencies: a library embedder who never starts the service does
 * not need them. Start at {@link dev.supportcoach.service.CoachService}; the endpoints are
 * documented in {@code docs/service.md} and served as OpenAPI at {@code /openapi.json}.
 */
package dev.supportcoach.service;
