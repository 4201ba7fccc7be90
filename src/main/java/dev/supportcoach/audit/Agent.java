package dev.supportcoach.audit;

/**
 * Who wrote a reply, as the conversation tells it: agents are told apart by {@code agentId},
 * else by {@code name}; replies with neither belong to the unnamed agent (key {@code ""}).
 *
 * @param key the identity: {@code "id:" + agentId}, else {@code "name:" + name}, else {@code ""}
 * @param name the display name (the first one seen for this identity), or {@code null}
 * @param agentId the helpdesk's agent id, or {@code null}
 */
public record Agent(String key, String name, String agentId) {
    /** The unnamed agent: replies that carry neither a name nor an agent id. */
    public static final Agent UNNAMED = new Agent("", null, null);

    /** The agent of a message with this name and id (either may be {@code null}). */
    public static Agent of(String name, String agentId) {
        if (agentId != null) {
            return new Agent("id:" + agentId, name, agentId);
        }
        return name != null ? new Agent("name:" + name, name, null) : UNNAMED;
    }

    /** The name to show: the name, else the id, else {@code null} for the unnamed agent. */
    public String label() {
        return name != null ? name : agentId;
    }
}
