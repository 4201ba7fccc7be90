package dev.supportcoach;

/** The channel a ticket came in through. */
public enum Channel { EMAIL, CHAT, PHONE, SOCIAL, WEB }
