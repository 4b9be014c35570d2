package workshop.localcloud.config;

import java.util.Map;

/**
 * One CloudFormation resource of {@code resources.Resources}, its properties resolved to plain
 * values ({@code String}, {@code Number}, {@code Boolean}, {@code List}, {@code Map}).
 *
 * @param logicalId    the key, e.g. {@code MoviesTable}
 * @param type         e.g. {@code AWS::DynamoDB::Table}
 * @param physicalName the resource's name: its name property ({@code TableName}, {@code Name},
 *                     {@code TopicName}, {@code QueueName}) or, when absent, one generated as
 *                     CloudFormation does ({@code <service>-<stage>-<logicalId>-<suffix>})
 * @param properties   the resolved {@code Properties}
 * @param location     where the logical id is written
 */
public record ResourceDefinition(
        String logicalId,
        String type,
        String physicalName,
        Map<String, Object> properties,
        Location location) {
}
