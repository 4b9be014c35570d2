package workshop.localcloud.http;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.localcloud.http.GatewayTestSupport.httpApi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * API Gateway refuses bodies over 10 MB with 413. Raw sockets here: an HTTP client library would
 * report the server closing a half-sent upload as an I/O error instead of showing the 413.
 */
@Timeout(30)
class RequestSizeLimitTest {

    private final LocalApiGateway gateway = new LocalApiGateway(0);
    private final RecordingFunction upload = RecordingFunction.returning("upload", APIGatewayV2HTTPEvent.class, "stored");

    @BeforeEach
    void startGateway() {
        gateway.addRoute(httpApi("POST", "/upload"), upload);
        gateway.start();
    }

    @AfterEach
    void closeGateway() {
        gateway.close();
    }

    @Test
    void aDeclaredLengthOverTenMegabytesIsRefusedBeforeReading() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: " + (ApiGatewayHandler.MAX_BODY_BYTES + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]); // a first part of the body; the rest never comes
            out.flush();

            String response = readResponse(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 413");
        }
        assertThat(upload.events()).isEmpty();
    }

    @Test
    void aChunkedBodyOverTenMegabytesIsRefused() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            int chunks = ApiGatewayHandler.MAX_BODY_BYTES / chunk.length + 1; // one chunk past the limit
            for (int i = 0; i < chunks; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String response = readResponse(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 413").contains("Request Too Long");
        }
        assertThat(upload.events()).isEmpty();
    }

    @Test
    void aBodyOfExactlyTenMegabytesIsAccepted() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: " + ApiGatewayHandler.MAX_BODY_BYTES + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[ApiGatewayHandler.MAX_BODY_BYTES]);
            out.flush();

            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200");
        }
        assertThat(upload.events()).hasSize(1);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(gateway.address().getAddress(), gateway.port());
        socket.setSoTimeout(20_000); // a broken server fails the test instead of hanging it
        return socket;
    }

    /** The status line, the headers and the body (as long as Content-Length says) of the response. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next == -1) {
                break;
            }
            head.write(next);
        }
        String headers = head.toString(StandardCharsets.US_ASCII);
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }
}
