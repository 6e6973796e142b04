package org.ministerial.cli;

/**
 * A problem with what the user asked for that is not a scenario problem (a results folder that cannot be merged, a
 * design that cannot be analysed): printed as {@code error: message}, exit code 1, no stack trace.
 */
public final class UserInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
