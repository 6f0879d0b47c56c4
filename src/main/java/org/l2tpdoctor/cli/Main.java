package org.l2tpdoctor.cli;
public final class Main { public static void main(String[] a) {} }
