package org.sahelsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario text as plain data: scalars, sequences and mappings, each remembering where it
 * was written. It is built from SnakeYAML's nodes and is what the merge, the {@code --set}
 * overrides and the binder work on. Values are immutable; a merge or override builds new ones.
 */
final class Tree {

    private Tree() {
    }

    /** Where a value was written: a file (or a {@code --set} argument), 1-based line and column. */
    record Origin(String file, int line, int column) implements java.io.Serializable {
        /** True if this value came from a {@code --set} argument rather than a file. */
        boolean fromCommandLine() {
            return file.startsWith(ScenarioReader.SET_PREFIX);
        }
    }

    /** A YAML value with its origin. */
    sealed interface Value extends java.io.Serializable permits Scalar, Sequence, Mapping {
        Origin at();

        /** A short description for error messages: the scalar's text, or "a list"/"a mapping". */
        String describe();
    }

    /**
     * A scalar as written. {@code plain} is false for quoted or block scalars: "12" in quotes is
     * a string, never a number, and "null" in quotes is a string, never absent.
     */
    record Scalar(String text, boolean plain, Origin at) implements Value {
        boolean isNull() {
            return plain && (text.isEmpty() || text.equals("~") || text.equals("null")
                    || text.equals("Null") || text.equals("NULL"));
        }

        @Override
        public String describe() {
            return isNull() ? "nothing (null)" : "'" + text + "'";
        }
    }

    /** A YAML sequence. */
    record Sequence(List<Value> items, Origin at) implements Value {
        Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** One key of a mapping, with where the key itself was written. */
    record Entry(String key, Origin keyAt, Value value) implements java.io.Serializable {
    }

    /** A YAML mapping with string keys, in the order written. */
    record Mapping(List<Entry> entries, Origin at) implements Value {
        Mapping {
            entries = List.copyOf(entries);
        }

        Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>();
            for (Entry e : entries) {
                keys.add(e.key());
            }
            return keys;
        }

        /** This mapping with {@code key} set to {@code value} (replaced in place, or appended). */
        Mapping with(String key, Origin keyAt, Value value) {
            List<Entry> out = new ArrayList<>(entries);
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).key().equals(key)) {
                    out.set(i, new Entry(key, keyAt, value));
                    return new Mapping(out, at);
                }
            }
            out.add(new Entry(key, keyAt, value));
            return new Mapping(out, at);
        }

        /** This mapping without {@code key}. */
        Mapping without(String key) {
            List<Entry> out = new ArrayList<>(entries);
            out.removeIf(e -> e.key().equals(key));
            return new Mapping(out, at);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /**
     * Deep merge of a child document onto its parent: mappings merge key by key (the parent's
     * keys first, in the parent's order), anything else in the child replaces the parent's.
     */
    static Value merge(Value parent, Value child) {
        if (parent instanceof Mapping p && child instanceof Mapping c) {
            Mapping out = p;
            for (Entry e : c.entries()) {
                Entry old = out.entry(e.key());
                Value merged = old == null ? e.value() : merge(old.value(), e.value());
                out = out.with(e.key(), e.keyAt(), merged);
            }
            return new Mapping(out.entries(), c.at());
        }
        return child;
    }
}
