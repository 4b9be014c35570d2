package workshop.localcloud.http;

/**
 * The function returned something API Gateway cannot turn into an HTTP response. API Gateway logs
 * "Malformed Lambda proxy response" and answers with its internal error; so do we.
 */
final class MalformedProxyResponseException extends Exception {

    MalformedProxyResponseException(String reason) {
        super(reason);
    }
}
