package dev.iodine.charset;

/** Byte arrays written as hex pairs separated by spaces ("1B 24 42"), the way the standard's examples list them. */
final class Hex {

    private Hex() {
    }

    static byte[] bytes(String hex) {
        String[] parts = hex.trim().split("\\s+");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return b;
    }

    /** The bytes of an ASCII text, for the plain parts of an example. */
    static String ascii(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(String.format("%02X ", (int) c));
        }
        return sb.toString();
    }

    static String of(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte x : bytes) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format("%02X", x & 0xFF));
        }
        return sb.toString();
    }
}
