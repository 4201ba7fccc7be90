package dev.supportcoach;

/** Ticket priority as the helpdesk reports it. */
public enum Priority { LOW, NORMAL, HIGH, URGENT }
