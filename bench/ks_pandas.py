"""Reference side of `npm run bench`: pandas.read_csv + scipy on every column.

Usage: python3 bench/ks_pandas.py REF.csv CUR.csv [ks|wasserstein]
  ks (default): scipy.stats.ks_2samp -> {"column": [statistic, pvalue], ...}
  wasserstein: Evidently's normed Wasserstein distance, scipy.stats.wasserstein_distance(ref, cur) /
               max(np.std(ref), 0.001) -> {"column": [distance, null], ...}
Exits 3 with a clear message when pandas or scipy is missing (Debian: apt-get install python3-pandas python3-scipy).
"""
import json
import sys

try:
    import numpy as np
    import pandas as pd
    from scipy import stats
except ImportError as error:  # pragma: no cover - environment check
    print(f"ks_pandas.py: {error}; install pandas and scipy (apt-get install -y python3-pandas python3-scipy)",
          file=sys.stderr)
    sys.exit(3)

method = sys.argv[3] if len(sys.argv) > 3 else "ks"
reference = pd.read_csv(sys.argv[1])
current = pd.read_csv(sys.argv[2])
result = {}
for column in reference.columns:
    ref, cur = reference[column].dropna(), current[column].dropna()
    if method == "wasserstein":
        result[column] = [float(stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)), None]
    else:
        test = stats.ks_2samp(ref, cur)
        result[column] = [float(test.statistic), float(test.pvalue)]
json.dump(result, sys.stdout)
