package dev.parallax.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Opens a model file bundled on the classpath, failing with a message that names what is missing. */
final class ModelResource {
    private ModelResource() {}

    /** The resource's stream; the caller closes it. */
    static InputStream open(String name, String artifact) {
        InputStream in = ModelResource.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("model resource '" + name + "' is not on the classpath; it ships in "
                    + artifact);
        }
        return in;
    }

    /** The whole resource as bytes. */
    static byte[] bytes(String name, String artifact) {
        try (InputStream in = open(name, artifact)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model resource '" + name + "'", e);
        }
    }

    /** Wraps a failure to parse a model with the resource's name. */
    static UncheckedIOException unreadable(String name, IOException cause) {
        return new UncheckedIOException("cannot load model resource '" + name + "': " + cause.getMessage(), cause);
    }
}
