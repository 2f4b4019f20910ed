/**
 * Who may see instructor pages: Spring Security's configuration, instructor accounts (BCrypt-hashed passwords, or
 * sign-in through an OpenID Connect provider) and the login page. Student pages stay open to anonymous learners.
 * Never reached from {@code numerics}, {@code lessons} or {@code widgets}.
 */
@NullMarked
package org.landscapelab.security;

import org.jspecify.annotations.NullMarked;
