"""The connection table of bench/conns.sh and bench/compare.sh, from the lines measure_conns (bench/lib.sh) wrote."""
import json, statistics, sys
rows = {"mosquitto": [], "lab": []}
for line in open(sys.argv[1]):
    name, c0, c1, r0, r1, h0, h1, js = line.split(" ", 7)
    r = json.loads(js)
    n = max(1, r["connected"])
    rows[name].append({"rate": r["connected"] / r["connect_seconds"] if r["connect_seconds"] > 0 else 0,
                       "cpu_us": (int(c1) - int(c0)) * 10_000 / n, "rss": (int(r1) - int(r0)) * 1024 / n,
                       "heap": (int(h1) - int(h0)) * 1024 / n if int(h0) >= 0 else None, "held": r["held"]})
def med(name, key):
    vals = [x[key] for x in rows[name] if x[key] is not None]
    return statistics.median(vals) if vals else None
def ratio(a, b): return f"{a / b:.2f}" if a is not None and b else "-"
conns = int(sys.argv[2])
print(f"{conns:,} idle connections (medians of {len(rows['lab'])} run(s)); broker CPU counted until it holds them all.\n")
print("| | mosquitto | lab | lab/mosquitto |")
print("|---|---:|---:|---:|")
m, l = med("mosquitto", "rate"), med("lab", "rate")
print(f"| connect rate | {m:,.0f}/s | {l:,.0f}/s | {ratio(l, m)} (target ≥ 0.5) |")
m, l = med("mosquitto", "cpu_us"), med("lab", "cpu_us")
print(f"| broker CPU per connection | {m:,.0f} µs | {l:,.0f} µs | {ratio(l, m)} |")
m, l = med("mosquitto", "rss"), med("lab", "rss")
print(f"| VmRSS growth per connection | {m:,.0f} B | {l:,.0f} B | {ratio(l, m)} (lab target ≤ 4 KiB) |")
l = med("lab", "heap")
print(f"| live heap per connection, after GC | - | {'-' if l is None else f'{l:,.0f} B'} | (lab target ≤ 3 KB) |")
print(f"| held (answered PINGREQ) | {med('mosquitto', 'held'):,.0f} | {med('lab', 'held'):,.0f} | |")
