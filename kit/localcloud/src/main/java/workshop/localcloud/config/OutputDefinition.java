package workshop.localcloud.config;

/**
 * One CloudFormation output of {@code resources.Outputs}.
 *
 * @param logicalId  the key
 * @param value      the resolved {@code Value}
 * @param exportName the resolved {@code Export.Name}, or null when not exported
 */
public record OutputDefinition(String logicalId, String value, String exportName, Location location) {
}
