package workshop.localcloud;

import com.google.gson.Gson;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import workshop.localcloud.config.AppDefinition;
import workshop.localcloud.config.ConfigException;
import workshop.localcloud.config.EventDefinition;
import workshop.localcloud.config.FunctionDefinition;
import workshop.localcloud.functions.AsyncInvoker;
import workshop.localcloud.functions.FunctionIdentity;
import workshop.localcloud.functions.FunctionLog;
import workshop.localcloud.functions.HandlerClass;
import workshop.localcloud.functions.LocalFunction;
import workshop.localcloud.http.LocalApiGateway;
import workshop.localcloud.schedule.LocalScheduler;
import workshop.localcloud.schedule.ScheduleExpression;
import workshop.localcloud.schedule.ScheduledEvents;
import workshop.localcloud.streams.DynamoDbStreamReader;
import workshop.localcloud.streams.EventSourceMapping;
import workshop.localcloud.streams.FailureDestination;
import workshop.localcloud.streams.KinesisStreamReader;
import workshop.localcloud.streams.RetryBackoff;
import workshop.localcloud.streams.StreamFaults;
import workshop.localcloud.streams.StreamMappingSettings;
import workshop.localcloud.streams.StreamReader;

/**
 * Deploys a stack's functions onto the local cloud: loads each handler, then connects each event
 * ({@code http}, {@code httpApi}, {@code stream}, {@code sns}, {@code schedule}) to its source.
 * Every problem is reported with the file and line of the function or event that causes it.
 */
final class FunctionDeployer {

    private static final Gson JSON = new Gson();

    private final LocalServices services;
    private final LocalApiGateway gateway;
    private final LocalScheduler scheduler;
    private final AsyncInvoker asyncInvoker;
    private final StreamFaults streamFaults;
    private final StreamWakeups wakeups;
    private final ClassLoader classLoader;
    private final Consumer<String> console;
    private final Clock clock;

    private final Map<String, LocalFunction> functions = new LinkedHashMap<>();
    private final Map<String, List<String>> schedulesByFunction = new LinkedHashMap<>();
    private final List<EventSourceMapping> streamMappings = new ArrayList<>();

    FunctionDeployer(LocalServices services, LocalApiGateway gateway, LocalScheduler scheduler,
                     AsyncInvoker asyncInvoker, StreamFaults streamFaults, StreamWakeups wakeups,
                     ClassLoader classLoader, Consumer<String> console, Clock clock) {
        this.services = services;
        this.gateway = gateway;
        this.scheduler = scheduler;
        this.asyncInvoker = asyncInvoker;
        this.streamFaults = streamFaults;
        this.wakeups = wakeups;
        this.classLoader = classLoader;
        this.console = console;
        this.clock = clock;
    }

    /** Loads every function of the stack first (so a typo is found before anything starts), then wires events. */
    void deploy(AppDefinition app) {
        List<FunctionDefinition> definitions = List.copyOf(app.functions().values());
        for (FunctionDefinition definition : definitions) {
            functions.put(definition.name(), createFunction(definition, app));
        }
        for (FunctionDefinition definition : definitions) {
            LocalFunction function = functions.get(definition.name());
            int scheduleNumber = 0;
            for (EventDefinition event : definition.events()) {
                try {
                    connect(function, event, app, ++scheduleNumber);
                } catch (ConfigException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new ConfigException(event.location(), "function '" + definition.name() + "': "
                            + e.getMessage());
                }
            }
        }
    }

    Map<String, LocalFunction> functions() {
        return functions;
    }

    List<EventSourceMapping> streamMappings() {
        return streamMappings;
    }

    List<String> schedulesOf(String function) {
        return schedulesByFunction.getOrDefault(function, List.of());
    }

    /** Stops the stream pollers, then the functions. */
    void close() {
        streamMappings.forEach(EventSourceMapping::close);
        functions.values().forEach(LocalFunction::close);
    }

    private LocalFunction createFunction(FunctionDefinition definition, AppDefinition app) {
        HandlerClass handler;
        try {
            handler = HandlerClass.load(definition.handler(), classLoader);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(definition.location(), "function '" + definition.name() + "': " + e.getMessage());
        }
        FunctionIdentity identity = new FunctionIdentity(definition.name(), definition.deployedName(), app.region(),
                LocalServices.ACCOUNT_ID, definition.memorySize());
        FunctionLog log = new FunctionLog(definition.name(), clock, console);
        return new LocalFunction(identity, handler, definition.environment(),
                Duration.ofSeconds(definition.timeoutSeconds()), log, clock);
    }

    private void connect(LocalFunction function, EventDefinition event, AppDefinition app, int scheduleNumber) {
        if (event instanceof EventDefinition.Http || event instanceof EventDefinition.HttpApi) {
            gateway.addRoute(event, app.stage(), function);
        } else if (event instanceof EventDefinition.Stream stream) {
            if (stream.enabled()) {
                streamMappings.add(startMapping(function, stream));
            }
        } else if (event instanceof EventDefinition.Sns sns) {
            subscribe(function, sns);
        } else if (event instanceof EventDefinition.Schedule schedule) {
            addSchedule(function, schedule, app, scheduleNumber);
        }
    }

    private EventSourceMapping startMapping(LocalFunction function, EventDefinition.Stream stream) {
        StreamReader reader;
        var wakeup = switch (stream.type()) {
            case "kinesis" -> {
                reader = new KinesisStreamReader(services.kinesis(), stream.arn(), services.region(), LocalServices.ACCOUNT_ID);
                yield wakeups.forKinesisStream(stream.arn().substring(stream.arn().lastIndexOf('/') + 1));
            }
            case "dynamodb" -> {
                reader = new DynamoDbStreamReader(services.dynamoDb(), services.dynamoDbStreams(), stream.arn(),
                        services.region());
                yield wakeups.forTable(DynamoDbStreamReader.tableNameOf(stream.arn()));
            }
            default -> throw new IllegalArgumentException("unknown stream type '" + stream.type()
                    + "' (kinesis or dynamodb)");
        };
        FailureDestination onFailure = stream.onFailureArn() == null ? null : destination(stream.onFailureArn());
        Consumer<String> notices = notice -> function.log().append(notice);
        return EventSourceMapping.start(function, function.identity().arn(), reader, StreamMappingSettings.of(stream),
                onFailure, RetryBackoff.exponential(), streamFaults, wakeup, notices, clock);
    }

    /** An on-failure destination: publish to the SNS topic or send to the SQS queue named by the ARN. */
    private FailureDestination destination(String arn) {
        if (arn.startsWith("arn:aws:sns:")) {
            services.localSns().getTopicAttributes(request -> request.topicArn(arn));
            return record -> services.sns().publish(request -> request.topicArn(arn).message(record));
        }
        if (arn.startsWith("arn:aws:sqs:")) {
            String queueUrl = services.localSqs().queueUrlForArn(arn).orElseThrow(() ->
                    new IllegalArgumentException("destinations.onFailure names queue '" + arn + "', which does not exist"));
            return record -> services.sqs().sendMessage(request -> request.queueUrl(queueUrl).messageBody(record));
        }
        throw new IllegalArgumentException("destinations.onFailure must be an SNS topic or SQS queue ARN, was '"
                + arn + "'");
    }

    private void subscribe(LocalFunction function, EventDefinition.Sns sns) {
        // Like the framework, a topic named only by its name is created with the function's stack.
        services.sns().createTopic(request -> request.name(sns.topicName()));
        services.localSns().subscribeFunction(sns.topicArn(), function.identity().arn(),
                event -> asyncInvoker.invoke(function, event));
    }

    private void addSchedule(LocalFunction function, EventDefinition.Schedule schedule, AppDefinition app,
                             int number) {
        ScheduleExpression expression = ScheduleExpression.parse(schedule.expression());
        String ruleName = app.service() + "-" + app.stage() + "-" + function.name() + "-schedule-" + number;
        scheduler.add(ruleName, expression, schedule.enabled(), time -> asyncInvoker.invoke(function,
                schedule.input() != null
                        ? JSON.fromJson(schedule.input(), Map.class)
                        : ScheduledEvents.of(app.region(), LocalServices.ACCOUNT_ID, ruleName, time)));
        schedulesByFunction.computeIfAbsent(function.name(), name -> new ArrayList<>()).add(ruleName);
    }
}
