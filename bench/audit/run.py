#!/usr/bin/env python3
"""Benchmark of the access log (see bench/audit/README.md): appends per second and sealing lag.

Starts EenPlan on a fresh data folder (loopback only), then with pgbench lets 16 clients append
entries to the access log exactly as EenPlan does (a plain insert, as the application role) for a
given time, while a probe commits an entry of its own every half second and measures how long it
takes until a seal covers it (commit acknowledged -> sealed). For comparison it runs the same
appends behind one global lock held until commit, as before V30. Finally EenPlan itself checks
the log (--eenplan.audit.verify). Python 3 standard library, psql and pgbench.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
ROOT = BENCH.parent
HERE = BENCH / "audit"
WORK = HERE / "target"
DATA = WORK / "data"
PG_DATA = DATA / "postgres"
PSQL = os.environ.get("PSQL", "/usr/bin/psql")
PGBENCH = os.environ.get("PGBENCH", "/usr/lib/postgresql/15/bin/pgbench")
JAVA_HOME = os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=16, help="concurrent appending clients (default 16)")
    parser.add_argument("--seconds", type=int, default=30, help="length of each measured run (default 30)")
    parser.add_argument("--app-port", type=int, default=int(os.environ.get("EENPLAN_AUDIT_BENCH_PORT", 18082)))
    parser.add_argument("--db-port", type=int, default=int(os.environ.get("EENPLAN_AUDIT_BENCH_DB_PORT", 54331)))
    parser.add_argument("--no-build", action="store_true", help="use the jar in target/ as it is")
    parser.add_argument("--no-compare", action="store_true", help="skip the run behind a global lock")
    parser.add_argument("--no-verify", action="store_true", help="skip the final check by EenPlan")
    return parser.parse_args()


def password(role):
    return next(line.split("=", 1)[1] for line in (DATA / "postgres.passwords").read_text().splitlines()
                if line.startswith(role + "="))


def connection(role, db_port):
    return ["-h", "127.0.0.1", "-p", str(db_port), "-U", role, "-d", "postgres"], dict(os.environ,
                                                                                         PGPASSWORD=password(role))


def sql(query, db_port, role="eenplan_app"):
    args, env = connection(role, db_port)
    result = subprocess.run([PSQL, *args, "-v", "ON_ERROR_STOP=1", "-Atc", query], env=env,
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return result.stdout.strip()


def pgbench(locked, args, name):
    """Appends per second of one pgbench run, as the application role."""
    conn, env = connection("eenplan_app", args.db_port)
    out = WORK / f"pgbench-{name}.txt"
    result = subprocess.run([PGBENCH, *conn, "-n", "-c", str(args.writers), "-j", "2", "-T", str(args.seconds),
                             "-D", f"locked={1 if locked else 0}", "-f", str(HERE / "append.sql")], env=env, capture_output=True, text=True)
    out.write_text(result.stdout + result.stderr)
    if result.returncode != 0:
        raise SystemExit(f"pgbench failed; see {out}")
    tps = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", result.stdout)
    latency = re.search(r"latency average = ([0-9.]+) ms", result.stdout)
    return float(tps.group(1)), float(latency.group(1)) if latency else float("nan")


class Probe(threading.Thread):
    """Every half second commits one entry and waits until a seal covers its transaction."""

    APPEND = ("select nextval('audit_entry_id_seq') as id \\gset\n"
              "insert into audit_entry (id, occurred_at, event, hash) "
              "select (e).id, (e).occurred_at, (e).event, "
              "encode(sha256(convert_to(audit_entry_canonical(e), 'UTF8')), 'hex') "
              "from (select row(:id::bigint, now(), null::uuid, null::uuid, 'BENCH_PROBE'::text, null::text, "
              "null::text, null::uuid, null::text, null::uuid, null::text, null::text, null::text, "
              "null::xid8)::audit_entry as e) r returning transaction_id::text;\n")

    def __init__(self, db_port):
        super().__init__(daemon=True)
        self.db_port, self.lags, self.running = db_port, [], threading.Event()
        self.running.set()

    def run(self):
        conn, env = connection("eenplan_app", self.db_port)
        while self.running.is_set():
            result = subprocess.run([PSQL, *conn, "-v", "ON_ERROR_STOP=1", "-Atq"], input=self.APPEND,
                                    env=env, capture_output=True, text=True)
            committed = time.monotonic()
            xid = result.stdout.strip().splitlines()[-1] if result.returncode == 0 else None
            if xid is None:
                continue
            while True:
                sealed = sql(f"select exists (select 1 from audit_seal where to_transaction > '{xid}'::xid8)",
                             self.db_port)
                if sealed == "t":
                    self.lags.append(time.monotonic() - committed)
                    break
                time.sleep(0.02)
            time.sleep(0.5)


def start_app(jar, args):
    env = dict(os.environ, EENPLAN_DEMO="false", EENPLAN_PORT=str(args.app_port),
               EENPLAN_EMBEDDED_DB_PORT=str(args.db_port), EENPLAN_DATA_DIR=str(DATA),
               EENPLAN_BASE_URL=f"http://127.0.0.1:{args.app_port}", EENPLAN_FIRST_ADMINISTRATOR="",
               EENPLAN_LOG_FORMAT="", SERVER_ADDRESS="127.0.0.1")
    log = open(WORK / "app.log", "w")
    process = subprocess.Popen([f"{JAVA_HOME}/bin/java", "-jar", str(jar)], env=env, stdout=log,
                               stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"EenPlan stopped while starting; see {WORK}/app.log")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{args.app_port}/actuator/health/readiness", timeout=2):
                return process
        except Exception:
            time.sleep(1)
    process.terminate()
    raise SystemExit(f"EenPlan not ready in 180 s; see {WORK}/app.log")


def stop_app(process):
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    args = parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    for tool in (PSQL, PGBENCH):
        if not os.access(tool, os.X_OK):
            raise SystemExit(f"missing {tool} (Debian: apt-get install -y postgresql-client-15 postgresql-15)")
    for port in (args.app_port, args.db_port):
        if subprocess.run(["bash", "-c", f"exec 3<>/dev/tcp/127.0.0.1/{port}"], capture_output=True).returncode == 0:
            raise SystemExit(f"port {port} is in use on 127.0.0.1")
    if not args.no_build or not list((ROOT / "target").glob("eenplan-*.jar")):
        print("building the jar (mvn -q -DskipTests package)", flush=True)
        subprocess.run(["mvn", "-q", "-DskipTests", "package"], cwd=ROOT, check=True,
                       env=dict(os.environ, JAVA_HOME=JAVA_HOME, PATH=f"{JAVA_HOME}/bin:{os.environ['PATH']}"))
    jar = sorted((ROOT / "target").glob("eenplan-*.jar"))[0]
    subprocess.run(["rm", "-rf", str(DATA)], check=True)

    print(f"starting EenPlan on 127.0.0.1:{args.app_port} (data in {DATA})", flush=True)
    app = start_app(jar, args)
    try:
        print(f"{args.writers} writers append for {args.seconds} s, a probe measures the sealing lag", flush=True)
        probe = Probe(args.db_port)
        probe.start()
        tps, latency = pgbench(False, args, "append")
        probe.running.clear()
        probe.join(timeout=30)
        locked = None
        if not args.no_compare:
            print(f"the same behind one global lock held until commit (as before V30), {args.seconds} s", flush=True)
            locked = pgbench(True, args, "global-lock")
        deadline = time.monotonic() + 60
        while sql("select count(*) from audit_entry where transaction_id >= coalesce("
                  "(select to_transaction from audit_seal order by seq desc limit 1), '0'::xid8)",
                  args.db_port) != "0" and time.monotonic() < deadline:
            time.sleep(0.2)
        entries = sql("select count(*) from audit_entry", args.db_port)
        seals = sql("select count(*) || ' seals, ' || coalesce(max(entries), 0) || ' entries in the largest' "
                    "from audit_seal", args.db_port)
    finally:
        stop_app(app)

    verdict = "skipped"
    code = 0
    if not args.no_verify:
        print("checking the access log with EenPlan itself (--eenplan.audit.verify)", flush=True)
        verify = subprocess.run([f"{JAVA_HOME}/bin/java", "-jar", str(jar), "--eenplan.audit.verify",
                                 f"--eenplan.embedded-db.data-dir={PG_DATA}", "--logging.level.root=WARN",
                                 f"--eenplan.embedded-db.port={args.db_port}"],
                                capture_output=True, text=True, timeout=600)
        verdict = next((line for line in verify.stdout.splitlines() if line.startswith("audit chain")), "no verdict")
        code = verify.returncode

    print()
    print(f"appends, {args.writers} writers, no lock:      {tps:10.0f} per second (average latency {latency:.2f} ms)")
    if locked:
        print(f"appends, {args.writers} writers, global lock:  {locked[0]:10.0f} per second "
              f"(average latency {locked[1]:.2f} ms)")
    if probe.lags:
        lags = probe.lags
        print(f"sealing lag (commit to sealed), {len(lags)} probes: median {statistics.median(lags) * 1000:.0f} ms, "
              f"p95 {percentile(lags, 95) * 1000:.0f} ms, max {max(lags) * 1000:.0f} ms")
    print(f"log: {entries} entries, {seals}")
    print(f"check by EenPlan (exit {code}): {verdict}")
    sys.exit(code)


if __name__ == "__main__":
    main()
