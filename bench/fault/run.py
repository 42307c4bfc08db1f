#!/usr/bin/env python3
"""Fault injection for EenPlan's embedded database (see bench/fault/README.md).

Starts EenPlan on a fresh data folder (loopback only), lets several API clients change actions
with If-Match and records every change EenPlan acknowledged (2xx), then in turn kills with -9:
the Java process, one PostgreSQL backend and the postmaster, restarts where needed, and checks
per scenario that every acknowledged change is present, that the access log's chain verifies,
and how many seconds EenPlan needed to answer again. Python 3 standard library only.
"""

import argparse
import json
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
ROOT = BENCH.parent
WORK = BENCH / "fault" / "target"
DATA = WORK / "data"
PG_DATA = DATA / "postgres"
PSQL = os.environ.get("PSQL", "/usr/bin/psql")
JAVA_HOME = os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=4, help="concurrent API clients (default 4)")
    parser.add_argument("--households", type=int, default=8, help="seeded households (default 8)")
    parser.add_argument("--seconds", type=float, default=12, help="writing before and after each fault (default 12)")
    parser.add_argument("--ready-timeout", type=float, default=120, help="seconds to wait for EenPlan (default 120)")
    parser.add_argument("--app-port", type=int, default=int(os.environ.get("EENPLAN_FAULT_PORT", 18081)))
    parser.add_argument("--db-port", type=int, default=int(os.environ.get("EENPLAN_FAULT_DB_PORT", 54330)))
    parser.add_argument("--no-build", action="store_true", help="use the jar in target/ as it is")
    return parser.parse_args()


class App:
    """EenPlan as a child process, on the data folder of this run."""

    def __init__(self, jar, args):
        self.jar, self.args, self.process, self.starts = jar, args, None, 0
        self.base = f"http://127.0.0.1:{args.app_port}"

    def start(self):
        self.starts += 1
        env = dict(os.environ, EENPLAN_DEMO="false", EENPLAN_PORT=str(self.args.app_port),
                   EENPLAN_EMBEDDED_DB_PORT=str(self.args.db_port), EENPLAN_DATA_DIR=str(DATA),
                   EENPLAN_BASE_URL=self.base, EENPLAN_FIRST_ADMINISTRATOR="", EENPLAN_LOG_FORMAT="",
                   SERVER_ADDRESS="127.0.0.1")
        log = open(WORK / f"app-{self.starts}.log", "w")
        self.process = subprocess.Popen([f"{JAVA_HOME}/bin/java", "-jar", str(self.jar)], env=env,
                                        stdout=log, stderr=subprocess.STDOUT)
        return time.monotonic()

    def kill9(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self, patience=60):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(patience)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def wait_ready(self, token, household, since):
        """Seconds from `since` until the plan API answers 200 again."""
        deadline = since + self.args.ready_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"EenPlan stopped (exit {self.process.returncode}); see {WORK}/app-{self.starts}.log")
            status, _, _ = http("GET", f"{self.base}/api/v1/households/{household}/plan", token, timeout=5)
            if status == 200:
                return time.monotonic() - since
            time.sleep(0.2)
        raise SystemExit(f"EenPlan not ready within {self.args.ready_timeout} s; see {WORK}/app-{self.starts}.log")


def http(method, url, token, body=None, headers=None, timeout=40):
    request = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", f"Bearer {token}")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers.get("ETag"), response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("ETag"), e.read()
    except Exception:  # refused, reset, timed out: the outcome is unknown, so nothing is acknowledged
        return None, None, None


def sql(query, db_port):
    password = next(line.split("=", 1)[1] for line in (DATA / "postgres.passwords").read_text().splitlines()
                    if line.startswith("postgres="))
    result = subprocess.run([PSQL, "-h", "127.0.0.1", "-p", str(db_port), "-U", "postgres", "-d", "postgres",
                             "-v", "ON_ERROR_STOP=1", "-Atc", query], env=dict(os.environ, PGPASSWORD=password),
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return result.stdout.strip()


class Writer(threading.Thread):
    """Changes the first action of its households in turn; remembers what EenPlan acknowledged."""

    def __init__(self, number, rows, app, token, acknowledged, lock):
        super().__init__(daemon=True)
        self.number, self.rows, self.app, self.token = number, rows, app, token
        self.acknowledged, self.lock = acknowledged, lock
        self.running = threading.Event()
        self.sequence = 0
        self.versions = {}
        self.errors = 0

    def run(self):
        while self.running.is_set():
            for row in self.rows:
                if not self.running.is_set():
                    return
                self.change(row)

    def url(self, row):
        return f"{self.app.base}/api/v1/households/{row['household']}/plan/actions/{row['action']}"

    def change(self, row):
        if row["action"] not in self.versions:
            status, etag, _ = http("GET", self.url(row), self.token, timeout=10)
            if status != 200:
                self.errors += 1
                time.sleep(0.2)
                return
            self.versions[row["action"]] = int(etag.strip('W/"'))
        self.sequence += 1
        value = f"fault w{self.number} #{self.sequence}"
        body = {"what": value, "who": [row["participant"]], "startDate": "2026-01-05",
                "targetDate": "2026-03-02", "evaluationDate": "2026-03-09"}
        status, etag, _ = http("PUT", self.url(row), self.token, body,
                               {"If-Match": f'"{self.versions[row["action"]]}"'})
        if status is not None and 200 <= status < 300:
            self.versions[row["action"]] = int(etag.strip('W/"'))
            with self.lock:
                self.acknowledged.append((row["action"], self.sequence, value))
        elif status == 412 and etag:
            self.versions[row["action"]] = int(etag.strip('W/"'))  # an unacknowledged change went through
        else:
            self.errors += 1
            self.versions.pop(row["action"], None)
            time.sleep(0.2)


def check(acknowledged, db_port, writers_total):
    """Acknowledged changes missing from the database: in the action itself or in the access log."""
    last = {}
    count = {}
    for action, sequence, value in acknowledged:
        count[action] = count.get(action, 0) + 1
        last.setdefault(action, []).append(sequence)
    ids = ",".join(f"'{a}'" for a in count)
    present = dict(line.split("|", 1) for line in sql(f"select id, what from action where id in ({ids})",
                                                       db_port).splitlines())
    logged = dict(line.split("|", 1) for line in sql(
        "select detail, count(*) from audit_entry where event = 'PLAN_ACTION_UPDATED' "
        f"and detail in ({ids}) group by detail", db_port).splitlines())
    lost = 0
    for action, sequences in last.items():
        what = present.get(action, "")
        present_sequence = int(what.rsplit("#", 1)[1]) if "#" in what else -1
        lost_value = sum(1 for s in sequences if s > present_sequence)
        lost_log = max(0, count[action] - int(logged.get(action, 0)))
        lost += max(lost_value, lost_log)
    broken = int(sql("""
        select count(*) from (
          select hash, previous_hash, lag(hash) over (order by id) as before,
                 encode(sha256(convert_to(audit_entry_canonical(e), 'UTF8')), 'hex') as computed
          from audit_entry e) c
        where hash <> computed or previous_hash <> coalesce(before, repeat('0', 64))""", db_port))
    entries = int(sql("select count(*) from audit_entry", db_port))
    return lost, broken == 0, entries


def main():
    args = parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    for port in (args.app_port, args.db_port):
        if subprocess.run(["bash", "-c", f"exec 3<>/dev/tcp/127.0.0.1/{port}"], capture_output=True).returncode == 0:
            raise SystemExit(f"port {port} is in use on 127.0.0.1")
    if not args.no_build or not list((ROOT / "target").glob("eenplan-*.jar")):
        print("building the jar (mvn -q -DskipTests package)", flush=True)
        subprocess.run(["mvn", "-q", "-DskipTests", "package"], cwd=ROOT, check=True,
                       env=dict(os.environ, JAVA_HOME=JAVA_HOME, PATH=f"{JAVA_HOME}/bin:{os.environ['PATH']}"))
    jar = sorted((ROOT / "target").glob("eenplan-*.jar"))[0]
    subprocess.run(["rm", "-rf", str(DATA)], check=True)

    app = App(jar, args)
    results = []
    try:
        started = app.start()
        token = "eenplan_fault_" + secrets.token_urlsafe(32)
        print(f"starting EenPlan on {app.base} (data in {DATA})", flush=True)
        wait_port(app, started, args)
        subprocess.run([PSQL, "-h", "127.0.0.1", "-p", str(args.db_port), "-U", "postgres", "-d", "postgres", "-q",
                        "-v", "ON_ERROR_STOP=1", "-v", f"n={args.households}", "-v", f"token={token}",
                        "-f", str(BENCH / "seed.sql")], check=True, capture_output=True,
                       env=dict(os.environ, PGPASSWORD=read_password()))
        rows = [dict(zip(("household", "action", "participant"), line.split("|"))) for line in sql(
            f"select md5('household-' || n)::uuid, md5('action-' || n || '-1-1')::uuid, "
            f"md5('participant-' || n || '-5')::uuid from generate_series(1, {args.households}) n order by n",
            args.db_port).splitlines()]
        ready = app.wait_ready(token, rows[0]["household"], started)
        print(f"EenPlan ready in {ready:.1f} s; seeded {args.households} households", flush=True)

        acknowledged, lock = [], threading.Lock()
        writers = [Writer(w, rows[w::args.writers], app, token, acknowledged, lock) for w in range(args.writers)]

        def postmaster_pid():
            return int((PG_DATA / "postmaster.pid").read_text().splitlines()[0])

        def kill_java():
            app.kill9()
            return app.start()

        def kill_backend():
            pid = sql("select pid from pg_stat_activity where usename = 'eenplan_app' "
                      "order by state = 'active' desc, backend_start limit 1", args.db_port)
            os.kill(int(pid), signal.SIGKILL)
            return time.monotonic()

        def kill_postmaster():
            os.kill(postmaster_pid(), signal.SIGKILL)
            return time.monotonic()  # EenPlan starts it again by itself

        def kill_postmaster_and_eenplan():
            os.kill(postmaster_pid(), signal.SIGKILL)
            app.kill9()
            return app.start()

        scenarios = [("kill -9 EenPlan (java), restart", kill_java),
                     ("kill -9 one PostgreSQL backend", kill_backend),
                     ("kill -9 the postmaster", kill_postmaster),
                     ("kill -9 postmaster and EenPlan, restart", kill_postmaster_and_eenplan)]
        for name, fault in scenarios:
            before = len(acknowledged)
            for writer in writers:
                writer.running.set()
                if not writer.is_alive():
                    writer.start()
            time.sleep(args.seconds)
            print(f"{name} ...", flush=True)
            since = fault()
            seconds = app.wait_ready(token, rows[0]["household"], since)
            time.sleep(args.seconds)
            for writer in writers:
                writer.running.clear()
            time.sleep(1)
            while any(w.is_alive() for w in writers):
                for w in writers:
                    w.join(timeout=60)
            writers = [Writer(w, rows[w::args.writers], app, token, acknowledged, lock)
                       for w in range(args.writers)]
            for w in writers:  # continue the sequences, so values stay unique
                w.sequence = 1_000_000 * (len(results) + 1)
            lost, intact, entries = check(acknowledged, args.db_port, args.writers)
            results.append((name, len(acknowledged) - before, len(acknowledged), lost, intact, entries, seconds))
            print(f"  acknowledged {len(acknowledged) - before} (total {len(acknowledged)}), lost {lost}, "
                  f"chain {'intact' if intact else 'BROKEN'} ({entries} entries), ready again in {seconds:.1f} s",
                  flush=True)
    finally:
        app.stop()

    print("verifying the access log with EenPlan itself (--eenplan.audit.verify)", flush=True)
    verify = subprocess.run([f"{JAVA_HOME}/bin/java", "-jar", str(jar), "--eenplan.audit.verify",
                             f"--eenplan.embedded-db.data-dir={PG_DATA}", "--logging.level.root=WARN",
                             f"--eenplan.embedded-db.port={args.db_port}"],
                            capture_output=True, text=True, timeout=300)
    verdict = next((line for line in verify.stdout.splitlines() if line.startswith("audit chain")), "no verdict")
    print()
    print(f"{'scenario':40} {'acked':>7} {'total':>7} {'present':>8} {'lost':>5} {'chain':>6} {'ready s':>8}")
    for name, acked, total, lost, intact, entries, seconds in results:
        print(f"{name:40} {acked:7d} {total:7d} {total - lost:8d} {lost:5d} {'yes' if intact else 'NO':>6} "
              f"{seconds:8.1f}")
    print(f"final check by EenPlan (exit {verify.returncode}): {verdict}")
    failed = any(r[3] for r in results) or not all(r[4] for r in results) or verify.returncode != 0
    sys.exit(1 if failed else 0)


def read_password():
    return next(line.split("=", 1)[1] for line in (DATA / "postgres.passwords").read_text().splitlines()
                if line.startswith("postgres="))


def wait_port(app, since, args):
    """Until the embedded database has its passwords and listens (EenPlan still migrating is fine)."""
    deadline = since + args.ready_timeout
    while time.monotonic() < deadline:
        if app.process.poll() is not None:
            raise SystemExit(f"EenPlan stopped; see {WORK}/app-{app.starts}.log")
        status, _, _ = http("GET", f"{app.base}/actuator/health/readiness", "-", timeout=5)
        if status == 200:
            return
        time.sleep(0.5)
    raise SystemExit("EenPlan did not start")


if __name__ == "__main__":
    main()
