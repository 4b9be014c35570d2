package workshop.localcloud.config;

/**
 * A serverless.yml the local cloud cannot run. The message is one line that names the file, the
 * line, the construct and what to do, e.g.
 * {@code serverless.yml:14: unknown event type 'sqs' in function 'processor' (supported: http, httpApi, stream, sns, schedule)}.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Location location;

    public ConfigException(Location location, String problem) {
        super(location + ": " + problem);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
