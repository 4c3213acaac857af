"""Building worlds: input-output tables to baselines, aggregation, tariffs, the default world."""
