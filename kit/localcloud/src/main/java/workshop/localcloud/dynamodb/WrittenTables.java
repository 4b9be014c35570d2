package workshop.localcloud.dynamodb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Which tables a call that succeeded has written to: what a DynamoDB stream poller needs to know to
 * look at once instead of waiting for its next tick. Reads, and writes that were all handed back as
 * unprocessed or failed, name no table.
 */
final class WrittenTables {

    /** The table a PartiQL INSERT, UPDATE or DELETE writes to, its name quoted or not. */
    private static final Pattern PARTIQL_WRITE = Pattern.compile(
            "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(?:\"([^\"]+)\"|([A-Za-z0-9_.-]+))",
            Pattern.CASE_INSENSITIVE);

    private WrittenTables() {
    }

    static Set<String> of(DynamoDbRequest request, DynamoDbResponse response) {
        Set<String> tables = new LinkedHashSet<>();
        if (request instanceof PutItemRequest put) {
            tables.add(put.tableName());
        } else if (request instanceof UpdateItemRequest update) {
            tables.add(update.tableName());
        } else if (request instanceof DeleteItemRequest delete) {
            tables.add(delete.tableName());
        } else if (request instanceof BatchWriteItemRequest batch) {
            tables.addAll(tablesWithWritesDone(batch, (BatchWriteItemResponse) response));
        } else if (request instanceof TransactWriteItemsRequest transaction) {
            transaction.transactItems().forEach(item -> tableWrittenBy(item).ifPresent(tables::add));
        } else if (request instanceof ExecuteStatementRequest statement) {
            tableWrittenBy(statement.statement()).ifPresent(tables::add);
        } else if (request instanceof BatchExecuteStatementRequest batch) {
            tables.addAll(tablesOfSucceededStatements(batch, (BatchExecuteStatementResponse) response));
        } else if (request instanceof ExecuteTransactionRequest transaction) {
            transaction.transactStatements().forEach(statement ->
                    tableWrittenBy(statement.statement()).ifPresent(tables::add));
        }
        return tables.stream()
                .map(WrittenTables::nameOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> tablesWithWritesDone(BatchWriteItemRequest request, BatchWriteItemResponse response) {
        Set<String> tables = new LinkedHashSet<>();
        Map<String, List<WriteRequest>> unprocessed = response.unprocessedItems();
        request.requestItems().forEach((table, writes) -> {
            if (writes.size() > unprocessed.getOrDefault(table, List.of()).size()) {
                tables.add(table);
            }
        });
        return tables;
    }

    private static Set<String> tablesOfSucceededStatements(
            BatchExecuteStatementRequest request, BatchExecuteStatementResponse response) {
        Set<String> tables = new LinkedHashSet<>();
        List<BatchStatementResponse> answers = response.responses(); // one per statement, same order
        for (int index = 0; index < request.statements().size() && index < answers.size(); index++) {
            if (answers.get(index).error() == null) {
                tableWrittenBy(request.statements().get(index).statement()).ifPresent(tables::add);
            }
        }
        return tables;
    }

    private static Optional<String> tableWrittenBy(TransactWriteItem item) {
        if (item.put() != null) {
            return Optional.of(item.put().tableName());
        }
        if (item.update() != null) {
            return Optional.of(item.update().tableName());
        }
        if (item.delete() != null) {
            return Optional.of(item.delete().tableName());
        }
        return Optional.empty(); // a ConditionCheck writes nothing
    }

    static Optional<String> tableWrittenBy(String partiQlStatement) {
        Matcher write = PARTIQL_WRITE.matcher(partiQlStatement);
        if (!write.find()) {
            return Optional.empty(); // SELECT, EXISTS
        }
        return Optional.of(write.group(1) != null ? write.group(1) : write.group(2));
    }

    /** Calls may name a table by its ARN ({@code arn:aws:dynamodb:...:table/Movies}); listeners get the name. */
    private static String nameOf(String tableNameOrArn) {
        int table = tableNameOrArn.indexOf(":table/");
        return tableNameOrArn.startsWith("arn:") && table >= 0
                ? tableNameOrArn.substring(table + ":table/".length())
                : tableNameOrArn;
    }
}
