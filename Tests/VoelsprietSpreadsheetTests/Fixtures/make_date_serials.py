"""Reference serial numbers of the spreadsheet 1900 date system for DateSerialTests.

serial = (date - 1899-12-30).days + seconds_of_day / 86400, computed with Python's datetime
(proleptic Gregorian), and checked against openpyxl.utils.datetime.to_excel when openpyxl is
installed (an independent implementation used by a widely used .xlsx reader/writer).

    python3 make_date_serials.py > date_serials.json
"""
import datetime as dt
import json
import random

EPOCH = dt.date(1899, 12, 30)
rng = random.Random(20240315)

dates = [(1900, 3, 1), (1900, 12, 31), (1904, 2, 29), (1970, 1, 1), (1999, 12, 31), (2000, 2, 29),
         (2024, 3, 15), (2100, 2, 28), (2100, 3, 1), (2400, 2, 29), (9999, 12, 31)]
first, last = dt.date(1900, 3, 1).toordinal(), dt.date(9999, 12, 31).toordinal()
dates += [dt.date.fromordinal(rng.randint(first, last)).timetuple()[:3] for _ in range(300)]
times = [(0, 0, 0), (0, 0, 1), (12, 0, 0), (23, 59, 59)] + [
    (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)) for _ in range(len(dates) - 4)]

try:
    from openpyxl.utils.datetime import to_excel
except ImportError:
    to_excel = None

cases = []
for (y, m, d), (hh, mm, ss) in zip(dates, times):
    day = dt.date(y, m, d)
    serial = (day - EPOCH).days
    seconds = hh * 3600 + mm * 60 + ss
    serial_time = serial + seconds / 86400
    if to_excel is not None:
        assert to_excel(day) == serial, (day, to_excel(day), serial)
        assert abs(to_excel(dt.datetime(y, m, d, hh, mm, ss)) - serial_time) < 1e-9
    cases.append({"year": y, "month": m, "day": d, "hour": hh, "minute": mm, "second": ss,
                  "serial": serial, "serialWithTime": serial_time})

print(json.dumps({"source": "Python datetime, checked against openpyxl to_excel" if to_excel else "Python datetime",
                  "cases": cases}, indent=1))
