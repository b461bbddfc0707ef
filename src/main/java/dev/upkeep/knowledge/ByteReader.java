package dev.upkeep.knowledge;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * {@link DataInput} over a byte array, for decoding cached {@link Digest} values. {@code
 * DataInputStream} over a {@code ByteArrayInputStream} takes a lock for every byte, which a warm
 * run decoding a few megabytes of release data pays for half a million times.
 */
final class ByteReader implements DataInput {
    private final byte[] bytes;
    private int at;

    ByteReader(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Whether every byte was read. */
    boolean atEnd() {
        return at == bytes.length;
    }

    private int take(int n) throws EOFException {
        if (n < 0 || bytes.length - at < n) {
            throw new EOFException("wanted " + n + " bytes at " + at + " of " + bytes.length);
        }
        int start = at;
        at += n;
        return start;
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        System.arraycopy(bytes, take(len), b, off, len);
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, bytes.length - at));
        at += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return bytes[take(1)] != 0;
    }

    @Override
    public byte readByte() throws IOException {
        return bytes[take(1)];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return bytes[take(1)] & 0xff;
    }

    @Override
    public short readShort() throws IOException {
        int i = take(2);
        return (short) ((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff);
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xffff;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws IOException {
        int i = take(4);
        return (bytes[i] & 0xff) << 24 | (bytes[i + 1] & 0xff) << 16 | (bytes[i + 2] & 0xff) << 8 | bytes[i + 3] & 0xff;
    }

    @Override
    public long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public String readLine() {
        throw new UnsupportedOperationException("readLine: cached values are binary");
    }

    @Override
    public String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }
}
