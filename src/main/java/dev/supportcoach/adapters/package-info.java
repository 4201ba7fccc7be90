/**
 * Adapters from helpdesk ticket JSON to a {@link dev.supportcoach.SupportCase}: what the REST
 * APIs of Zendesk, Freshdesk, Zammad, Intercom and Help Scout return for a ticket with its
 * comments, conversations, articles, parts or threads. Start at {@link dev.supportcoach.adapters.Helpdesk}.
 *
 * <p>Every adapter reads the customer and agent apart by the helpdesk's own role field, turns
 * private notes into internal messages and HTML bodies into text, maps priority, status and
 * channel, and reports values it does not know in the warnings. A payload that is not what
 * the adapter expects fails with a {@link dev.supportcoach.CaseFormatException} naming the JSON
 * path of the field. The field mapping is documented in {@code docs/adapters.md}.
 */
package dev.supportcoach.adapters;
