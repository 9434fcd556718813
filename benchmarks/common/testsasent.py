#!/usr/bin/env python3
"""A tests file as a unit sends it, for the benchmarks.

    testsasent.py ROSTER ROWS FIRST_DAY OUT [SEED]

ROSTER is a CSV without a header of the persons to test: company, name, ID
number. OUT gets ROWS rows (UTF-8, CRLF, Seawall's Chinese header) as a
unit's export is: in date order from FIRST_DAY (YYYY-MM-DD), every person
once a day in an order of that day's own, and 0.6 % of the rows repeating
the key (person, day, site) of a row a little earlier on the same day, the
result sent again (at times another).
"""
import csv
import datetime
import random
import sys

roster_path, rows, first_day, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 20220315)
people = [tuple(r[:3]) for r in csv.reader(open(roster_path, encoding="utf-8")) if r]
sites = ["通州湾社区", "高速卡口G15", "海通项目部", "滨江花园", "铁路南站"]
labs = ["通州区疾控中心", "第三方检测机构", "南通市第一人民医院"]
repeats = round(rows * 0.006)
unique = rows - repeats
days, left = [], unique
while left > 0:
    order = list(range(len(people)))
    rng.shuffle(order)
    days.append(order[:left])
    left -= len(days[-1])
repeat_at = {}  # (day, position) → the positions of the rows repeated after it
for _ in range(repeats):
    d = rng.randrange(len(days))
    src = rng.randrange(len(days[d]))
    at = min(len(days[d]) - 1, src + rng.randint(1, 2000))
    repeat_at.setdefault((d, at), []).append(src)
start = datetime.date.fromisoformat(first_day)
with open(out_path, "w", encoding="utf-8", newline="") as out:
    out.write("单位,姓名,身份证号,采样日期,采样点,检测结果,检测机构\r\n")
    for d, order in enumerate(days):
        date = (start + datetime.timedelta(days=d)).isoformat()
        line = {}
        for pos, who in enumerate(order):
            company, name, ident = people[who]
            text = "%s,%s,%s,%s,%s,%%s,%s\r\n" % (company, name, ident, date, sites[(who + d) % len(sites)],
                                                rng.choice(labs))
            line[pos] = text
            out.write(text % ("阳性" if rng.random() < 0.001 else "阴性"))
            for src in repeat_at.get((d, pos), ()):
                out.write(line[src] % rng.choice(["阴性", "阴性", "待出"]))
