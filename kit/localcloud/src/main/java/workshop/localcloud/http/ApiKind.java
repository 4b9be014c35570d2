package workshop.localcloud.http;

/**
 * The two kinds of API Gateway API a serverless.yml can ask for. They share the Lambda proxy idea but
 * differ in details a handler can notice (header case, stage in the URL, error answers), so every
 * route remembers which kind it belongs to.
 */
enum ApiKind {

    /** {@code - http:} in serverless.yml: an API Gateway REST API, served under {@code /<stage>/...}. */
    REST_API("http", "localrest1"),

    /** {@code - httpApi:} in serverless.yml: an API Gateway HTTP API, on its {@code $default} stage (no prefix). */
    HTTP_API("httpApi", "localhttp1");

    private final String eventName;
    private final String apiId;

    ApiKind(String eventName, String apiId) {
        this.eventName = eventName;
        this.apiId = apiId;
    }

    /** The event's key in serverless.yml, as users know it: {@code http} or {@code httpApi}. */
    String eventName() {
        return eventName;
    }

    /** The {@code apiId} in events: ten lower-case letters and digits, like a real API's id. */
    String apiId() {
        return apiId;
    }
}
