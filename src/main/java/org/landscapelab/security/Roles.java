package org.landscapelab.security;

/** The roles of the app. Spring Security stores them with the {@code ROLE_} prefix; annotations name them bare. */
public final class Roles {

    /** Sees the class view and every lesson's file problems. */
    public static final String INSTRUCTOR = "INSTRUCTOR";
    /** An instructor who may also add and remove instructors. */
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
