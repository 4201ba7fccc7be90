/**
 * support-coach: advice for support agents from ten principles of technical support.
 *
 * <p>The API: {@code dev.supportcoach} (cases, advice, rule metadata, errors),
 * {@code dev.supportcoach.engine} ({@code SupportCoach}, {@code RuleCheck}, {@code Signals}),
 * {@code dev.supportcoach.json} (the exchange format), {@code dev.supportcoach.audit} (scoring
 * finished conversations) and {@code dev.supportcoach.facts}, the
 * vocabulary the DRL rules import and match. The other packages are machinery and may change.
 *
 * <p>Drools compiles the DRL at runtime into classes of its own class loader, which call the
 * facts' public methods and read the public enums: exporting the two packages is all it needs
 * (no {@code opens}); the test suite runs on the module path to keep it so.
 */
module dev.supportcoach {
    exports dev.supportcoach;
    exports dev.supportcoach.engine;
    exports dev.supportcoach.json;
    exports dev.supportcoach.facts;
    exports dev.supportcoach.audit;
    exports dev.supportcoach.adapters;
    exports dev.supportcoach.service;

    // picocli fills the command objects' annotated fields
    opens dev.supportcoach.cli to info.picocli;

    // Rec.of, Finding.of, Assessment.of and RuleMeta take kie-api types: only DRL calls them
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.compiler;
    requires org.drools.drl.parser;
    requires org.drools.drl.ast;
    requires com.fasterxml.jackson.databind;
    // Snowball stemmers; a jar without a module name of its own (named after its file)
    requires snowball.stemmer;
    requires org.slf4j;
    // helpdesk adapters: HTML message bodies to text
    requires org.jsoup;
    // the command line only: picocli is an optional dependency
    requires static info.picocli;
    // the HTTP service only (serve): optional dependencies, as picocli
    requires static io.javalin;
    requires static org.eclipse.jetty.server;
    requires static org.eclipse.jetty.util;
    requires static jakarta.servlet;
    requires static micrometer.core;
    requires static micrometer.registry.prometheus;
}
