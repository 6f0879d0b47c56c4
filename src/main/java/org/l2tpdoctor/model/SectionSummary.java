package org.l2tpdoctor.model;

/** What one section of the input was taken to be, and how much of it was understood. */
public record SectionSummary(Origin origin, String kind, String command, String menu, int lines, int understood) {
}
