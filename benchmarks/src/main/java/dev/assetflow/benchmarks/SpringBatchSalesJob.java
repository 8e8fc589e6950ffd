package dev.assetflow.benchmarks;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The end-to-end job as an idiomatic Spring Batch 6 job, built the way its reference documentation shows:
 * one step per table, chunk-oriented, a {@link FlatFileItemReader} with a delimited tokenizer and a
 * {@code FieldSetMapper} for the CSV, {@link JdbcCursorItemReader}s to read tables back,
 * {@link JdbcBatchItemWriter}s to write them, a {@link DataSourceTransactionManager} and the default
 * {@link ResourcelessJobRepository} (no job metadata tables). The aggregations are the readers' SQL
 * ({@code GROUP BY}), as a Spring Batch user would write them; the cleaning is an {@code ItemProcessor}
 * that returns null for a dropped row. Tables are {@code sb_*}, recreated by the job's first step.
 */
final class SpringBatchSalesJob {

    private final DataSource dataSource;
    private final String textType;
    private final int chunk;
    private final int fetchSize;

    /**
     * @param textType the SQL type of text columns ({@code varchar} or {@code text})
     * @param chunk items per chunk (per transaction and per JDBC batch)
     */
    SpringBatchSalesJob(DataSource dataSource, String textType, int chunk, int fetchSize) {
        this.dataSource = dataSource;
        this.textType = textType;
        this.chunk = chunk;
        this.fetchSize = fetchSize;
    }

    /** Runs the job once on {@code csv}; returns the number of raw rows loaded. */
    long run(Path csv) throws Exception {
        JobRepository repository = new ResourcelessJobRepository();
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        Job job = new JobBuilder("sales", repository)
                .start(schema(repository, transactions))
                .next(load(repository, transactions, csv))
                .next(clean(repository, transactions))
                .next(ownerTotals(repository, transactions))
                .next(dailyTotals(repository, transactions))
                .build();
        TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
        operator.setJobRepository(repository);
        operator.setJobRegistry(new MapJobRegistry());
        operator.afterPropertiesSet();
        JobExecution execution = operator.start(job, new JobParametersBuilder()
                .addLong("run", System.nanoTime()).toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            IllegalStateException failure = new IllegalStateException("Spring Batch job ended "
                    + execution.getStatus());
            execution.getAllFailureExceptions().forEach(failure::addSuppressed);
            throw failure;
        }
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("load")).findFirst()
                .orElseThrow().getWriteCount();
    }

    private Step schema(JobRepository repository, DataSourceTransactionManager transactions) {
        return new StepBuilder("schema", repository).tasklet((contribution, context) -> {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            for (String table : List.of("sb_raw_sales", "sb_clean_sales", "sb_owner_totals", "sb_daily_totals")) {
                jdbc.execute("drop table if exists " + table);
            }
            jdbc.execute("create table sb_raw_sales (id bigint not null, owner " + textType
                    + " not null, amount double precision, day date not null)");
            jdbc.execute("create table sb_clean_sales (id bigint not null, owner " + textType
                    + " not null, amount double precision not null, day date not null)");
            jdbc.execute("create table sb_owner_totals (owner " + textType
                    + " not null, total double precision not null, sales bigint not null)");
            jdbc.execute("create table sb_daily_totals (day date not null, total double precision not null,"
                    + " sales bigint not null)");
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    private Step load(JobRepository repository, DataSourceTransactionManager transactions, Path csv) throws Exception {
        FlatFileItemReader<RawSale> reader = new FlatFileItemReaderBuilder<RawSale>()
                .name("salesCsv")
                .resource(new FileSystemResource(csv))
                .linesToSkip(1)
                .delimited()
                .names("id", "owner", "amount", "day")
                .fieldSetMapper(fields -> new RawSale(fields.readLong("id"), fields.readRawString("owner"),
                        fields.readString("amount").isEmpty() ? null : fields.readDouble("amount"),
                        LocalDate.parse(fields.readString("day"))))
                .build();
        JdbcBatchItemWriter<RawSale> writer = new JdbcBatchItemWriterBuilder<RawSale>()
                .dataSource(dataSource)
                .sql("insert into sb_raw_sales (id, owner, amount, day) values (?, ?, ?, ?)")
                .itemPreparedStatementSetter((sale, statement) -> {
                    statement.setLong(1, sale.id());
                    statement.setString(2, sale.owner());
                    if (sale.amount() == null) {
                        statement.setNull(3, Types.DOUBLE);
                    } else {
                        statement.setDouble(3, sale.amount());
                    }
                    statement.setDate(4, Date.valueOf(sale.day()));
                })
                .build();
        writer.afterPropertiesSet();
        return new StepBuilder("load", repository).<RawSale, RawSale>chunk(chunk)
                .transactionManager(transactions)
                .reader(reader)
                .writer(writer)
                .build();
    }

    private Step clean(JobRepository repository, DataSourceTransactionManager transactions) throws Exception {
        JdbcCursorItemReader<RawSale> reader = new JdbcCursorItemReaderBuilder<RawSale>()
                .name("rawSales")
                .dataSource(dataSource)
                .sql("select id, owner, amount, day from sb_raw_sales")
                .fetchSize(fetchSize)
                .verifyCursorPosition(false) // DuckDB's driver has no ResultSet.getRow()
                .rowMapper((rs, row) -> {
                    double amount = rs.getDouble(3);
                    Double maybe = rs.wasNull() ? null : amount;
                    return new RawSale(rs.getLong(1), rs.getString(2), maybe, rs.getObject(4, LocalDate.class));
                })
                .build();
        JdbcBatchItemWriter<CleanSale> writer = new JdbcBatchItemWriterBuilder<CleanSale>()
                .dataSource(dataSource)
                .sql("insert into sb_clean_sales (id, owner, amount, day) values (?, ?, ?, ?)")
                .itemPreparedStatementSetter((sale, statement) -> {
                    statement.setLong(1, sale.id());
                    statement.setString(2, sale.owner());
                    statement.setDouble(3, sale.amount());
                    statement.setDate(4, Date.valueOf(sale.day()));
                })
                .build();
        writer.afterPropertiesSet();
        return new StepBuilder("clean", repository).<RawSale, CleanSale>chunk(chunk)
                .transactionManager(transactions)
                .reader(reader)
                .processor(CleanSale::of)
                .writer(writer)
                .build();
    }

    private Step ownerTotals(JobRepository repository, DataSourceTransactionManager transactions) throws Exception {
        JdbcCursorItemReader<OwnerTotal> reader = new JdbcCursorItemReaderBuilder<OwnerTotal>()
                .name("ownerTotals")
                .dataSource(dataSource)
                .sql("select owner, sum(amount), count(*) from sb_clean_sales group by owner")
                .fetchSize(fetchSize)
                .verifyCursorPosition(false) // DuckDB's driver has no ResultSet.getRow()
                .rowMapper((rs, row) -> new OwnerTotal(rs.getString(1), rs.getDouble(2), rs.getLong(3)))
                .build();
        JdbcBatchItemWriter<OwnerTotal> writer = new JdbcBatchItemWriterBuilder<OwnerTotal>()
                .dataSource(dataSource)
                .sql("insert into sb_owner_totals (owner, total, sales) values (?, ?, ?)")
                .itemPreparedStatementSetter((total, statement) -> {
                    statement.setString(1, total.owner());
                    statement.setDouble(2, total.total());
                    statement.setLong(3, total.sales());
                })
                .build();
        writer.afterPropertiesSet();
        return new StepBuilder("ownerTotals", repository).<OwnerTotal, OwnerTotal>chunk(chunk)
                .transactionManager(transactions)
                .reader(reader)
                .writer(writer)
                .build();
    }

    private Step dailyTotals(JobRepository repository, DataSourceTransactionManager transactions) throws Exception {
        JdbcCursorItemReader<DailyTotal> reader = new JdbcCursorItemReaderBuilder<DailyTotal>()
                .name("dailyTotals")
                .dataSource(dataSource)
                .sql("select day, sum(amount), count(*) from sb_clean_sales group by day")
                .fetchSize(fetchSize)
                .verifyCursorPosition(false) // DuckDB's driver has no ResultSet.getRow()
                .rowMapper((rs, row) -> new DailyTotal(rs.getObject(1, LocalDate.class), rs.getDouble(2), rs.getLong(3)))
                .build();
        JdbcBatchItemWriter<DailyTotal> writer = new JdbcBatchItemWriterBuilder<DailyTotal>()
                .dataSource(dataSource)
                .sql("insert into sb_daily_totals (day, total, sales) values (?, ?, ?)")
                .itemPreparedStatementSetter((total, statement) -> {
                    statement.setDate(1, Date.valueOf(total.day()));
                    statement.setDouble(2, total.total());
                    statement.setLong(3, total.sales());
                })
                .build();
        writer.afterPropertiesSet();
        return new StepBuilder("dailyTotals", repository).<DailyTotal, DailyTotal>chunk(chunk)
                .transactionManager(transactions)
                .reader(reader)
                .writer(writer)
                .build();
    }
}
