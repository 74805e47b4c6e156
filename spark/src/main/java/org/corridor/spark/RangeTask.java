package org.corridor.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.corridor.analysis.RiskYears;
import org.corridor.api.Corridor;
import org.corridor.api.RiskRun;
import org.corridor.io.DataSetLoader;
import org.corridor.io.InvalidModelException;
import org.corridor.solve.Progress;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * One Spark partition's work: opens one risk run (one warm solver session, its base year solved once) and draws every
 * sample of the partition's index ranges on it, as rows of {@link RiskParquet#SAMPLES}.
 */
final class RangeTask implements FlatMapFunction<Iterator<IndexRange>, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<ShippedData> data;
  private final RiskJob job;
  private final LongAccumulator solves;

  RangeTask(Broadcast<ShippedData> data, RiskJob job, LongAccumulator solves) {
    this.data = data;
    this.job = job;
    this.solves = solves;
  }

  @Override
  public Iterator<Row> call(Iterator<IndexRange> ranges) throws InvalidModelException {
    if (!ranges.hasNext()) {
      return List.<Row>of().iterator();
    }
    Corridor corridor = new Corridor(DataSetLoader.load(data.value().folder(), false).dataSet(), new OrToolsSolver(),
        job.clock(), Progress.NONE);
    List<Row> out = new ArrayList<>();
    try (RiskRun run = corridor.riskRun(job.ref(), job.request(), job.options())) {
      while (ranges.hasNext()) {
        IndexRange r = ranges.next();
        for (RiskYears.Sample s : run.samples(r.from(), r.to())) {
          out.add(RowFactory.create(r.part(), s.index(), s.occurrences(), s.solved(), s.loss()));
        }
      }
      solves.add(run.solves());
    }
    return out.iterator();
  }
}
