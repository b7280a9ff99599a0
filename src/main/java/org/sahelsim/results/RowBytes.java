package org.sahelsim.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A table's rows as the bytes of their UTF-8 text, put together from pieces already encoded: the
 * grid's snapshots are written this way, a cell's place, its shares and its standing each a
 * piece made once, so a row costs a few copies of bytes and no characters. The bytes are those
 * of the same rows built as text and encoded (the encoding of a concatenation is the
 * concatenation of the encodings).
 */
final class RowBytes {
    private byte[] bytes;
    private int length;

    RowBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** {@code text}'s UTF-8 bytes, a piece to {@link #put}. */
    static byte[] piece(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Makes room for {@code more} bytes past the end. */
    void ensure(int more) {
        int need = length + more;
        if (need > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(need, bytes.length * 2));
    }

    RowBytes put(byte[] piece) {
        ensure(piece.length);
        System.arraycopy(piece, 0, bytes, length, piece.length);
        length += piece.length;
        return this;
    }

    /** The rows' size in bytes. */
    int length() {
        return length;
    }

    /** Empties the rows, keeping the room. */
    void clear() {
        length = 0;
    }

    /** Writes the rows to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    /** The rows as text. */
    String text() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
