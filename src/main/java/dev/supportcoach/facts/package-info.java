/**
 * The vocabulary of the rules: the facts that DRL files match ({@link dev.supportcoach.facts.Hit},
 * {@link dev.supportcoach.facts.CaseFacts}) and the facts their consequences insert
 * ({@link dev.supportcoach.facts.Assessment}, {@link dev.supportcoach.facts.Rec},
 * {@link dev.supportcoach.facts.Finding}). Java computes the first two from the case; the rules
 * decide the rest; Java renders the result with the phrasing catalogs.
 */
package dev.supportcoach.facts;
