package dev.supportcoach.service;

import dev.supportcoach.Advice;
import dev.supportcoach.DraftFinding;
import dev.supportcoach.Recommendation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * What {@code GET /metrics} shows, in Prometheus text: requests by route, method and status
 * with a latency histogram, cases advised and failed, recommendations and draft findings per
 * principle, errors by problem type, and rule reloads.
 */
final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    void request(String method, String route, int status, Duration took) {
        Timer.builder("supportcoach.http.requests")
                .description("HTTP requests, by route, method and status")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry).record(took);
    }

    void advised(Advice advice) {
        counter("supportcoach.cases", "Cases advised or failed", "outcome", "advised").increment();
        for (Recommendation r : advice.recommendations()) {
            counter("supportcoach.advice.recommendations", "Recommendations given, per principle",
                    "principle", r.principle().name()).increment();
        }
        for (DraftFinding f : advice.draftFindings()) {
            counter("supportcoach.advice.findings", "Draft findings given, per principle",
                    "principle", f.principle().name()).increment();
        }
    }

    void failedCase() {
        counter("supportcoach.cases", "Cases advised or failed", "outcome", "failed").increment();
    }

    void error(int status, String type) {
        Counter.builder("supportcoach.errors").description("Error answers, by status and problem type")
                .tag("status", Integer.toString(status)).tag("type", type).register(registry).increment();
    }

    void reload(boolean success) {
        counter("supportcoach.rules.reloads", "Rule reloads, by outcome", "outcome", success ? "success" : "failure").increment();
    }

    private Counter counter(String name, String description, String tag, String value) {
        return Counter.builder(name).description(description).tag(tag, value).register(registry);
    }

    String scrape() {
        return registry.scrape();
    }
}
