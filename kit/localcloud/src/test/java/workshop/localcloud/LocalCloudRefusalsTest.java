package workshop.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.localcloud.config.ConfigException;

/**
 * Apps the local cloud must refuse at start-up, with one line naming the file, the line and the
 * fix, and without leaving anything running.
 */
class LocalCloudRefusalsTest {

    @TempDir
    Path folder;

    @Test
    void aHandlerClassThatDoesNotExistIsNamedWithItsLine() throws IOException {
        Path app = write("serverless.yml", """
                service: broken
                provider:
                  name: aws
                functions:
                  ingest:
                    handler: workshop.localcloud.demo.IngestHandlr
                """);

        assertThatThrownBy(() -> start(app))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(app + ":5: function 'ingest': handler class "
                        + "'workshop.localcloud.demo.IngestHandlr' was not found");
    }

    @Test
    void aClassThatIsNotARequestHandlerIsRefused() throws IOException {
        Path app = write("serverless.yml", """
                service: broken
                provider:
                  name: aws
                functions:
                  notAHandler:
                    handler: workshop.localcloud.functions.handlers.NotAHandler
                """);

        assertThatThrownBy(() -> start(app))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(":5: function 'notAHandler'")
                .hasMessageContaining("does not implement com.amazonaws.services.lambda.runtime.RequestHandler");
    }

    @Test
    void aStreamConsumerThatTakesTheWrongEventIsRefusedAtItsEvent() throws IOException {
        Path app = write("serverless.yml", """
                service: broken
                provider:
                  name: aws
                functions:
                  consumer:
                    handler: workshop.localcloud.demo.AuditHandler
                    events:
                      - stream:
                          type: kinesis
                          arn: !GetAtt Stream.Arn
                resources:
                  Resources:
                    Stream:
                      Type: AWS::Kinesis::Stream
                      Properties:
                        Name: broken-stream
                        ShardCount: 1
                """);

        assertThatThrownBy(() -> start(app))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(app + ":8: function 'consumer': function 'consumer' takes "
                        + "com.amazonaws.services.lambda.runtime.events.SNSEvent, but a stream event source delivers "
                        + "com.amazonaws.services.lambda.runtime.events.KinesisEvent");
    }

    @Test
    void aResourceTypeTheLocalCloudDoesNotRunIsNamedWithItsLine() throws IOException {
        Path app = write("serverless.yml", """
                service: broken
                provider:
                  name: aws
                resources:
                  Resources:
                    Bucket:
                      Type: AWS::S3::Bucket
                """);

        assertThatThrownBy(() -> start(app))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(app + ":6: resource type AWS::S3::Bucket of Bucket is not supported");
    }

    @Test
    void stacksInDifferentRegionsAreRefused() throws IOException {
        Path resources = write("resources.yml", """
                service: resources
                provider:
                  name: aws
                  region: eu-west-1
                """);
        Path functions = write("functions.yml", """
                service: functions
                provider:
                  name: aws
                  region: us-east-1
                """);

        assertThatThrownBy(() -> LocalCloud.start(LocalCloudOptions.of(resources, functions).withEnvironment(Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(functions + ": this stack is in region us-east-1 but " + resources
                        + " is in eu-west-1");
    }

    @Test
    void aRefusedAppLeavesNothingRunningSoTheNextOneStarts() throws IOException {
        int port = freePort();
        Path broken = write("broken.yml", """
                service: broken
                provider:
                  name: aws
                functions:
                  ingest:
                    handler: workshop.localcloud.demo.Missing
                    events:
                      - httpApi: 'GET /x'
                """);
        Path fine = write("fine.yml", """
                service: fine
                provider:
                  name: aws
                functions:
                  reader:
                    handler: workshop.localcloud.functions.handlers.FailingHandler
                    events:
                      - httpApi: 'GET /x'
                """);

        assertThatThrownBy(() -> LocalCloud.start(LocalCloudOptions.of(broken).withEnvironment(Map.of()).withPorts(port, 0)))
                .isInstanceOf(ConfigException.class);
        try (LocalCloud cloud = LocalCloud.start(LocalCloudOptions.of(fine).withEnvironment(Map.of()).withPorts(port, 0))) {
            assertThat(cloud.httpUrl()).endsWith(":" + port);
        }
    }

    private static LocalCloud start(Path app) {
        return LocalCloud.start(LocalCloudOptions.of(app).withEnvironment(Map.of()));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
