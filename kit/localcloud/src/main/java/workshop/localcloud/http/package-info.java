/**
 * The local cloud's {@code http} and {@code httpApi} event sources: {@link
 * workshop.localcloud.http.LocalApiGateway}, a loopback HTTP server that behaves like Amazon API
 * Gateway's Lambda proxy integrations.
 *
 * <h2>How a request travels</h2>
 * <ol>
 *   <li>{@code RouteTable} picks the route ({@code PathTemplate} matches paths).</li>
 *   <li>{@code PayloadV1EventBuilder} or {@code PayloadV2EventBuilder} builds the event from the
 *       {@code IncomingRequest}; {@code EventBody} decides text or base64.</li>
 *   <li>The route's {@code LambdaFunction} is invoked with it ({@code EventDelivery} decided at
 *       start-up whether the handler takes the event class or its JSON as a map).</li>
 *   <li>{@code PayloadV1ResponseMapper} or {@code PayloadV2ResponseMapper} turns the result into a
 *       {@code GatewayResponse}; {@code GatewayErrors} has API Gateway's own answers;
 *       {@code ResponseWriter} sends it.</li>
 * </ol>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Addresses.</b> REST API routes answer at {@code /<stage>/path} (the real invoke URL, and
 *       serverless-offline's) and at {@code /path} (what the CLI prints); HTTP API routes at
 *       {@code /path} (the {@code $default} stage). A request under a REST stage is matched against
 *       that stage's routes first.</li>
 *   <li><b>Handler types.</b> A handler must take the payload's class ({@code
 *       APIGatewayProxyRequestEvent} for 1.0, {@code APIGatewayV2HTTPEvent} for 2.0), or {@code Map}
 *       / {@code Object}, which get the event's JSON as nested maps as Lambda's runtime gives them.
 *       Anything else, {@code String} included, is refused when the route is added: on AWS it would
 *       fail, or get an empty event, on every request.</li>
 *   <li><b>Routing.</b> The most specific route wins: segment by segment a literal beats
 *       {@code {variable}}, which beats {@code {greedy+}}; then a named method beats {@code ANY}; the
 *       HTTP API's {@code $default} ({@code httpApi: '*'}) comes last. A greedy variable takes one or
 *       more segments. Empty segments are ignored, so a trailing slash finds the same route. Two
 *       routes with the same method and path (variable names aside) are refused, across both kinds
 *       of API, since their short URLs would collide.</li>
 *   <li><b>No route.</b> A request meant for the REST API (under its stage, or a REST path with
 *       another method) gets its 403 "Missing Authentication Token"; others get the HTTP API's 404
 *       "Not Found". Both list the known routes and the sample site: that is this workshop's
 *       promise, not AWS's.</li>
 *   <li><b>Sample site.</b> Paths under {@code /sample/} are not routed: the {@code
 *       workshop.localcloud.samples} site answers them (HTML, GET and HEAD only), so the scraper has
 *       a page to read offline. Routes under {@code /sample} are refused when added.</li>
 *   <li><b>Failures.</b> A failed or timed-out invocation, or a malformed result, gets the API's
 *       internal error: 502 "Internal server error" from a REST API, 500 "Internal Server Error" from
 *       an HTTP API, as AWS's troubleshooting guides show. The reason is logged and sent in an
 *       {@code X-Local-Cloud-Reason} header.</li>
 *   <li><b>Bodies.</b> HTTP APIs base64-encode every body that is not {@code text/*}, JSON, XML or
 *       JavaScript, form posts included; REST APIs pass form posts as text. See {@code EventBody}.</li>
 *   <li><b>Limits.</b> Bodies over 10 MB get 413 {@code {"message":"Request Too Long"}}.</li>
 * </ul>
 *
 * <h2>Deviations from API Gateway</h2>
 * <ul>
 *   <li>REST API header names arrive in {@code Title-Case}, not in the case the client sent: the JDK's
 *       HTTP server does not keep it.</li>
 *   <li>REST APIs behave as if {@code binaryMediaTypes} listed every non-text type: binary request
 *       bodies arrive base64 encoded, and base64 responses are always decoded.</li>
 *   <li>Not emulated: authorizers, API keys, CORS preflight ({@code cors: true}), stage variables,
 *       throttling, custom domains, the {@code X-Forwarded-*} and {@code X-Amzn-Trace-Id} headers,
 *       and the 29/30-second integration timeout (the function's own timeout applies).</li>
 * </ul>
 */
package workshop.localcloud.http;
