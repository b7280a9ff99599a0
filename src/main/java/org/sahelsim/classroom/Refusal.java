package org.sahelsim.classroom;

/**
 * What a player or the teacher asked for that the game refuses, said for the person who asked:
 * nothing changed. Its {@link Kind} tells the web server which HTTP status to answer with.
 */
public final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why it was refused. */
    public enum Kind {
        /** Something the game does not know or cannot take (an unknown faction, a choice not on the menu). */
        BAD_INPUT(400),
        /** A wrong join code, seat or teacher key. */
        FORBIDDEN(403),
        /** A file or seat that does not exist. */
        NOT_FOUND(404),
        /** Not now (a faction already played by someone else, a game that is over). */
        CONFLICT(409),
        /** Too late: the deadline has passed, or the month has been played. */
        LATE(410);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status the server answers with. */
        public int status() {
            return status;
        }
    }

    private final Kind kind;

    public Refusal(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
