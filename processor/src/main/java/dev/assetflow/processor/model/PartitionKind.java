package dev.assetflow.processor.model;

import dev.assetflow.processor.base.Annotations;

/** The ways an asset's table can be partitioned, one per partitions annotation. */
public enum PartitionKind {
    /** {@code @DailyPartitions}: one partition per day. */
    DAILY(Annotations.DAILY_PARTITIONS, "@DailyPartitions"),
    /** {@code @MonthlyPartitions}: one partition per calendar month. */
    MONTHLY(Annotations.MONTHLY_PARTITIONS, "@MonthlyPartitions"),
    /** {@code @StaticPartitions}: one partition per listed value. */
    STATIC(Annotations.STATIC_PARTITIONS, "@StaticPartitions");

    private final String annotation;
    private final String simpleName;

    PartitionKind(String annotation, String simpleName) {
        this.annotation = annotation;
        this.simpleName = simpleName;
    }

    /** The qualified name of the annotation. */
    public String annotation() {
        return annotation;
    }

    /** The annotation as written in messages, e.g. {@code @DailyPartitions}. */
    public String simpleName() {
        return simpleName;
    }

    /** Whether partitions are time windows of a date or timestamp column. */
    public boolean isTimeWindow() {
        return this != STATIC;
    }
}
