package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

/** What the wiki makes of an exception: a reader who went away, a client's mistake, or a fault of its own. */
class RequestErrorsTest {
    @Test
    void a_reader_who_closed_the_connection_is_told_apart_from_a_fault_of_the_wiki() {
        assertThat(RequestErrors.readerWentAway(new UncheckedIOException(new EofException("reset by peer")))).isTrue();
        assertThat(RequestErrors.readerWentAway(new RuntimeException(new IOException(new ClosedChannelException()))))
                .isTrue();
        assertThat(RequestErrors.readerWentAway(new UncheckedIOException(new IOException("disk full")))).isFalse();
        assertThat(RequestErrors.readerWentAway(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void an_oversized_body_is_the_clients_and_named_with_its_limit() {
        var error = RequestErrors.classify(new RuntimeException(new IllegalStateException("Max file size exceeded")),
                1024 * 1024);
        assertThat(error).isPresent();
        assertThat(error.get().status()).isEqualTo(413);
        assertThat(RequestErrors.classify(new IllegalStateException("bug"), 1024)).isEmpty();
    }
}
