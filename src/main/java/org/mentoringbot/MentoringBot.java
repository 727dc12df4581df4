package org.mentoringbot;
public class MentoringBot { public static void main(String[] a) {} }
