package org.corridor.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.corridor.analysis.RiskYears;
import org.corridor.report.Column;
import org.corridor.report.Table;

/**
 * The Parquet folders of a run, each column as the DuckDB file of {@code corridor risk} has it (docs/results.md):
 * {@code samples/} and {@code losses/} partitioned by {@code part} (the Spark partition, a range of sample indices),
 * {@code lines/} and {@code risk/} (the measures) as one file each.
 */
final class RiskParquet {
  /** A sampled year as tasks return it: its losses per line in the order of the run's lines. */
  static final StructType SAMPLES = new StructType(new StructField[] {
      field("part", DataTypes.IntegerType), field("sample_id", DataTypes.LongType),
      field("occurrences", DataTypes.IntegerType), field("solved", DataTypes.BooleanType),
      field("loss", DataTypes.createArrayType(DataTypes.DoubleType, false))});

  private static final StructType LINES = new StructType(new StructField[] {
      field("line", DataTypes.IntegerType), field("country", DataTypes.StringType),
      field("commodity", DataTypes.StringType), field("measure", DataTypes.StringType),
      field("unit", DataTypes.StringType)});

  private RiskParquet() {}

  /** {@code samples/}: one row per sampled year; {@code losses/}: one row per solved year and line. */
  static void writeSamples(SparkSession spark, Dataset<Row> samples, String runId, List<RiskYears.Line> lines,
      String out) {
    samples.select(lit(runId).as("run_id"), col("sample_id"), col("occurrences"), col("solved"), col("part"))
        .write().mode(SaveMode.Overwrite).partitionBy("part").parquet(out + "/samples");
    Dataset<Row> lineTable = lines(spark, lines);
    samples.where(col("solved")).select(col("part"), col("sample_id"), posexplode(col("loss")).as(
            new String[] {"line", "loss"}))
        .join(org.apache.spark.sql.functions.broadcast(lineTable), "line")
        .select(lit(runId).as("run_id"), col("sample_id"), col("line"), col("country"), col("commodity"),
            col("measure"), col("loss"), col("unit"), col("part"))
        .write().mode(SaveMode.Overwrite).partitionBy("part").parquet(out + "/losses");
    lineTable.select(lit(runId).as("run_id"), col("*")).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(out + "/lines");
  }

  private static Dataset<Row> lines(SparkSession spark, List<RiskYears.Line> lines) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      RiskYears.Line l = lines.get(i);
      rows.add(RowFactory.create(i, l.country(), l.commodity(), l.measure().label(), l.unit()));
    }
    return spark.createDataFrame(rows, LINES);
  }

  /** {@code NAME/}: an output table with its schema's column types, NaN (no estimate) as null as in DuckDB. */
  static void writeTable(SparkSession spark, Table table, String out) {
    List<Column> columns = table.outputColumns();
    StructField[] fields = columns.stream().map(c -> field(c.name(), type(c.type()))).toArray(StructField[]::new);
    List<Row> rows = new ArrayList<>();
    for (List<Object> r : table.outputRows()) {
      Object[] cells = new Object[r.size()];
      for (int i = 0; i < cells.length; i++) {
        Object v = r.get(i);
        cells[i] = v instanceof Double d && d.isNaN() ? null : v instanceof java.time.LocalDate date ? date.toString()
            : v instanceof Integer n && type(columns.get(i).type()) == DataTypes.LongType ? Long.valueOf(n) : v;
      }
      rows.add(RowFactory.create(cells));
    }
    spark.createDataFrame(rows, new StructType(fields)).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(out + "/" + table.name());
  }

  private static DataType type(Column.Type t) {
    return switch (t) {
      case STRING, ID, LIST, DATE -> DataTypes.StringType;
      case NUMBER, SHARE -> DataTypes.DoubleType;
      case INTEGER -> DataTypes.LongType;
      case BOOLEAN -> DataTypes.BooleanType;
    };
  }

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }
}
