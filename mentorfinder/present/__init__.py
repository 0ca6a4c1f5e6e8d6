"""What every surface shows alike: the plain summary, chart rows, the CSV, and the shared words and thresholds."""
