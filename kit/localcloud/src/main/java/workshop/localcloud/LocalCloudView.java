package workshop.localcloud;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import workshop.localcloud.admin.CloudView;
import workshop.localcloud.config.AppDefinition;
import workshop.localcloud.config.EventDefinition;
import workshop.localcloud.config.FunctionDefinition;
import workshop.localcloud.functions.FunctionLog;
import workshop.localcloud.streams.EventSourceMapping;

/** The admin endpoint's view of a {@link LocalCloud}: plain maps and lists, ready for JSON. */
final class LocalCloudView implements CloudView {

    private final Supplier<LocalCloud> cloud;

    LocalCloudView(Supplier<LocalCloud> cloud) {
        this.cloud = cloud;
    }

    @Override
    public Map<String, Object> resources() {
        LocalCloud local = running();
        LocalServices services = local.services();
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put("tables", services.localDynamoDb().tables().tableNames());
        resources.put("streams", services.kinesis().listStreams().streamNames());
        resources.put("topics", services.localSns().topics());
        resources.put("queues", services.localSqs().queues());
        resources.put("functions", functions(local));
        resources.put("routes", local.gateway().routes());
        resources.put("schedules", local.scheduler().list().stream()
                .map(schedule -> Map.of(
                        "name", schedule.name(),
                        "expression", schedule.expression().text(),
                        "enabled", schedule.enabled(),
                        "nextFireTime", schedule.nextFireTime().map(Object::toString).orElse("never")))
                .toList());
        return resources;
    }

    private static List<Map<String, Object>> functions(LocalCloud local) {
        List<Map<String, Object>> functions = new ArrayList<>();
        for (AppDefinition stack : local.stacks()) {
            for (FunctionDefinition definition : stack.functions().values()) {
                Map<String, Object> function = new LinkedHashMap<>();
                function.put("name", definition.name());
                function.put("deployedName", definition.deployedName());
                function.put("handler", definition.handler());
                function.put("timeout", definition.timeoutSeconds());
                function.put("events", definition.events().stream().map(LocalCloudView::describe).toList());
                function.put("invocations", local.function(definition.name()).invocations());
                functions.add(function);
            }
        }
        return functions;
    }

    private static String describe(EventDefinition event) {
        if (event instanceof EventDefinition.Http http) {
            return "http " + http.method() + " " + http.path();
        }
        if (event instanceof EventDefinition.HttpApi httpApi) {
            return "httpApi " + httpApi.method() + " " + httpApi.path();
        }
        if (event instanceof EventDefinition.Stream stream) {
            return "stream " + stream.type() + " " + stream.arn();
        }
        if (event instanceof EventDefinition.Sns sns) {
            return "sns " + sns.topicArn();
        }
        EventDefinition.Schedule schedule = (EventDefinition.Schedule) event;
        return "schedule " + schedule.expression();
    }

    @Override
    public List<Map<String, Object>> tableItems(String table, int limit) {
        try {
            return running().services().localDynamoDb().tables().items(table, limit);
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException(e.getMessage());
        }
    }

    @Override
    public long countItems(String table) {
        try {
            return running().services().localDynamoDb().tables().count(table);
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException(e.getMessage());
        }
    }

    @Override
    public boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        return running().awaitIdle(timeout);
    }

    @Override
    public Map<String, Object> streamPositions() {
        LocalCloud local = running();
        Map<String, Object> positions = new LinkedHashMap<>();
        Map<String, Object> streams = new LinkedHashMap<>();
        for (String stream : local.services().kinesis().listStreams().streamNames()) {
            streams.put(stream, local.services().localKinesis().positions(stream));
        }
        positions.put("kinesisStreams", streams);
        List<Map<String, Object>> mappings = new ArrayList<>();
        for (EventSourceMapping mapping : local.streamMappings()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("function", mapping.functionName());
            entry.put("streamArn", mapping.streamArn());
            entry.put("caughtUp", mapping.isCaughtUp());
            entry.put("shards", mapping.progress());
            mappings.add(entry);
        }
        positions.put("eventSourceMappings", mappings);
        return positions;
    }

    @Override
    public List<Map<String, Object>> logs(String function, int from) {
        List<FunctionLog.Line> lines = running().function(function).log().lines();
        List<Map<String, Object>> selected = new ArrayList<>();
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            selected.add(Map.of("time", lines.get(i).time().toString(), "text", lines.get(i).text()));
        }
        return selected;
    }

    @Override
    public int fireSchedules(String function) {
        return running().fireSchedules(function);
    }

    private LocalCloud running() {
        LocalCloud local = cloud.get();
        if (local == null) {
            throw new IllegalStateException("the local cloud is still starting");
        }
        return local;
    }
}
