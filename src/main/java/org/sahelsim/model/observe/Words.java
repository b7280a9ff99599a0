package org.sahelsim.model.observe;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * A sentence kept as its format and its numbers, put in words only when it is read: an event's
 * description, an operation's reason. A run that no one reads the log of (a study's runs) does
 * not pay for the formatting, which was some 3% of the model's time; one that reads it gets the
 * same text to the byte as {@link String#format} gave at once ({@link Locale#ROOT}), since it is
 * that very call, made later with the same arguments.
 *
 * <p>Its arguments must not change once given: numbers, strings, other {@code Words}. The text,
 * once made, is kept, so a sentence read twice (or saved with the state, and logged) is one and
 * the same string. Not for the state itself: what is saved with a run holds strings ({@link
 * EventLog}, {@code Operation} put theirs in words before they are saved).
 */
public final class Words implements CharSequence {
    private final String format;
    private final Supplier<String> later;
    private Object[] args;
    private String text;

    private Words(String format, Object[] args, Supplier<String> later) {
        this.format = format;
        this.args = args;
        this.later = later;
    }

    /** The sentence {@code String.format(Locale.ROOT, format, args)}, put in words when read. */
    public static Words of(String format, Object... args) {
        return new Words(format, args, null);
    }

    /** The words {@code text} gives, asked for when read (what it reads must not change meanwhile). */
    public static Words later(Supplier<String> text) {
        return new Words(null, null, text);
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = later != null ? later.get() : String.format(Locale.ROOT, format, args);
            text = t;
            args = null;
        }
        return t;
    }

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }
}
