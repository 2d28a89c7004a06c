"""Reference side of `npm run bench`: pandas.read_csv + scipy.stats.ks_2samp on every column.

Usage: python3 bench/ks_pandas.py REF.csv CUR.csv  -> prints {"column": [statistic, pvalue], ...} as JSON.
Exits 3 with a clear message when pandas or scipy is missing (Debian: apt-get install python3-pandas python3-scipy).
"""
import json
import sys

try:
    import pandas as pd
    from scipy import stats
except ImportError as error:  # pragma: no cover - environment check
    print(f"ks_pandas.py: {error}; install pandas and scipy (apt-get install -y python3-pandas python3-scipy)",
          file=sys.stderr)
    sys.exit(3)

reference = pd.read_csv(sys.argv[1])
current = pd.read_csv(sys.argv[2])
result = {}
for column in reference.columns:
    test = stats.ks_2samp(reference[column].dropna(), current[column].dropna())
    result[column] = [float(test.statistic), float(test.pvalue)]
json.dump(result, sys.stdout)
