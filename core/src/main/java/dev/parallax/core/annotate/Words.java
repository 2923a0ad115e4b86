package dev.parallax.core.annotate;

/** Word counting as readers count: runs of non-space characters. */
public final class Words {
    private Words() {}

    public static int count(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}
