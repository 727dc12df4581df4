package org.mentoringbot.usecase;

/** A topic on a session's agenda, by its number on the group's board; no author, whoever proposed it. */
public record AgendaItem(int number, String text) {}
