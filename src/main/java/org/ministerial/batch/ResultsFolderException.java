package org.ministerial.batch;

import java.io.IOException;

/**
 * A results folder cannot be used as asked: it holds the unfinished results of a different command (which a resume
 * would mix with this one's), or parts given to a merge do not belong together. The message says what is wrong and
 * what to do; it is meant for the user as it stands.
 */
public final class ResultsFolderException extends IOException {
    private static final long serialVersionUID = 1L;

    public ResultsFolderException(String message) {
        super(message);
    }
}
