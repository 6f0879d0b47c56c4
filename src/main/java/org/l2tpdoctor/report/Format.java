package org.l2tpdoctor.report;

/** The output formats a report can be rendered in; {@code --format} takes these names. */
public enum Format { text, json, markdown }
