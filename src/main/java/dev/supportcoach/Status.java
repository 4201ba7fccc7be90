package dev.supportcoach;

/** Ticket status as the helpdesk reports it. */
public enum Status { NEW, OPEN, PENDING, SOLVED, CLOSED }
