"""Files: baselines as .npz, tables (CSV, Parquet, Stata, .mat), numeric matrices."""
