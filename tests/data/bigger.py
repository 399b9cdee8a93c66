"""Large import inputs built from the slices here, to measure an import's
memory (docs/import.md, "Memory"). Run from the repository's root:

    python3 tests/data/bigger.py complaints 200000 /tmp/c200k.csv
    python3 tests/data/bigger.py crm 400000 /tmp/crm400k

complaints: the 23 rows of cfpb-complaints/complaints.csv over and over,
each with a new Complaint ID. crm: sales_teams.csv and products.csv as
they are, N/20 accounts, N opportunities spread over them and the agents.
"""
import csv
import os
import sys

DATA = os.path.dirname(os.path.abspath(__file__))


def complaints(n, out):
    path = os.path.join(DATA, "cfpb-complaints", "complaints.csv")
    text = open(path, newline="", encoding="utf-8").read()
    rows = list(csv.reader(text.splitlines(keepends=True)[2:]))
    header, data = rows[0], rows[1:]
    cid = header.index("Complaint ID")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for i in range(n):
            row = list(data[i % len(data)])
            row[cid] = str(10_000_000 + i)
            w.writerow(row)


def crm(n, folder):
    src = os.path.join(DATA, "maven-crm")
    os.makedirs(folder, exist_ok=True)
    for name in ("sales_teams.csv", "products.csv"):
        with open(os.path.join(src, name), "rb") as f:
            data = f.read()
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
    teams = csv.DictReader(open(os.path.join(src, "sales_teams.csv"), newline=""))
    agents = [r["sales_agent"] for r in teams]
    deals = csv.DictReader(open(os.path.join(src, "sales_pipeline.csv"), newline=""))
    deals = [r for r in deals if r["account"]]
    accounts = max(1, n // 20)
    with open(os.path.join(folder, "accounts.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["account", "sector", "year_established", "revenue",
                    "employees", "office_location", "subsidiary_of"])
        for a in range(accounts):
            w.writerow([f"Account {a:06d}", "technology", 1990 + a % 30,
                        f"{100 + a % 900}.5", 100 + a % 5000, "United States", ""])
    with open(os.path.join(folder, "sales_pipeline.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(list(deals[0].keys()))
        for i in range(n):
            r = dict(deals[i % len(deals)])
            r["opportunity_id"] = f"OP{i:08d}"
            r["account"] = f"Account {i % accounts:06d}"
            r["sales_agent"] = agents[i % len(agents)]
            w.writerow(list(r.values()))


if __name__ == "__main__":
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    {"complaints": complaints, "crm": crm}[kind](n, out)
