package org.sahelsim.model;

/** How a place changed hands: the model says so when it happens, and the run's files keep it. */
public enum ChangeOfHands {
    /** Stormed: taken from its holder by an assault. */
    ASSAULT("assault"),
    /** Starved out by a siege: taken by the besieger, or left empty when the besieged garrison gave out. */
    SIEGE("siege"),
    /** Taken while nobody held it (an empty town, a base just vacated). */
    OCCUPATION("occupation"),
    /** Given up by its holder, or left when its garrison ran out of supplies with no siege around it. */
    WITHDRAWAL("withdrawal"),
    /** Left empty by a force leaving the country or cutting its numbers (a vacated base). */
    VACATED("vacated");

    private final String word;

    ChangeOfHands(String word) {
        this.word = word;
    }

    /** The word the files and the report use. */
    public String word() {
        return word;
    }

    /** The change of hands a word names, or null for an empty word. */
    public static ChangeOfHands ofWord(String word) {
        if (word == null || word.isEmpty()) return null;
        for (ChangeOfHands c : values()) if (c.word.equals(word)) return c;
        throw new IllegalArgumentException("no change of hands called '" + word + "'");
    }
}
