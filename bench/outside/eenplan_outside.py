"""Shared parts of the outside-in drivers: start and stop a running EenPlan, talk HTTP to it as a
browser would (session cookie, CSRF token from the forms), log in with TOTP, crawl and read forms.

Standard library only. Everything talks to 127.0.0.1; nothing outside bench/target is written.
"""

import atexit
import base64
import hashlib
import hmac
import http.client
import json
import os
import re
import signal
import struct
import subprocess
import sys
import time
import urllib.parse
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)
JAVA_HOME = os.environ.get("JAVA_HOME") or "/usr/lib/jvm/temurin-25-jdk-amd64"
HOST = "127.0.0.1"
TIMEOUT = float(os.environ.get("OUTSIDE_REQUEST_TIMEOUT", "30"))


def log(*parts):
    print(*parts, flush=True)


# --- TOTP (RFC 6238: HMAC-SHA1, 30 s, 6 digits) ---------------------------------------------------


def totp(secret, step):
    key = base64.b32decode(secret.replace(" ", "").upper() + "=" * (-len(secret.replace(" ", "")) % 8))
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return "%06d" % code


# --- the running application ------------------------------------------------------------------------


class App:
    """One EenPlan process on a fresh data folder bench/target/outside/<name>, stopped at exit."""

    def __init__(self, name, port, db_port):
        self.name = name
        self.port = port
        self.db_port = db_port
        self.work = os.path.join(BENCH, "target", "outside", name)
        self.log_path = os.path.join(self.work, "app.log")
        self.process = None
        self.logins = {}

    def jar(self):
        target = os.path.join(ROOT, "target")
        jars = [j for j in sorted(os.listdir(target)) if re.match(r"eenplan-.*\.jar$", j)] if os.path.isdir(target) else []
        if not jars:
            log("building the jar (mvn -q -DskipTests package)")
            env = dict(os.environ, JAVA_HOME=JAVA_HOME, PATH=JAVA_HOME + "/bin:" + os.environ.get("PATH", ""))
            subprocess.run(["mvn", "-q", "-DskipTests", "package"], cwd=ROOT, env=env, check=True)
            jars = [j for j in sorted(os.listdir(target)) if re.match(r"eenplan-.*\.jar$", j)]
        return os.path.join(target, jars[0])

    def start(self, wait_seconds=None, fresh=True):
        """Start on a fresh data folder, or (fresh=False) again on the folder of the last start."""
        # After a kill the old PostgreSQL may still hold its port: starting again must cope with that.
        for port in (self.port, self.db_port) if fresh else (self.port,):
            try:
                http.client.HTTPConnection(HOST, port, timeout=2).connect()
                raise SystemExit(f"port {port} is in use on {HOST}; choose other ports (see bench/outside/README.md)")
            except OSError:
                pass
        jar = self.jar()
        if fresh:
            if os.path.isdir(self.work):
                subprocess.run(["rm", "-rf", "--", self.work], check=True)
            os.makedirs(self.work)
            self.starts = 0
        self.starts = getattr(self, "starts", 0) + 1
        if self.starts > 1:
            self.log_path = os.path.join(self.work, f"app-{self.starts}.log")
        env = dict(
            os.environ,
            EENPLAN_DEMO="true",
            EENPLAN_PORT=str(self.port),
            EENPLAN_EMBEDDED_DB_PORT=str(self.db_port),
            EENPLAN_DATA_DIR=os.path.join(self.work, "data"),
            EENPLAN_BASE_URL=f"http://{HOST}:{self.port}",
            EENPLAN_FIRST_ADMINISTRATOR="",
            EENPLAN_LOG_FORMAT="",
            EENPLAN_SMTP_HOST="",
            SERVER_ADDRESS=HOST,
        )
        java = os.path.join(JAVA_HOME, "bin", "java")
        log(f"starting EenPlan on http://{HOST}:{self.port} (database port {self.db_port}, log {self.log_path})")
        self.out = open(self.log_path, "wb")
        self.process = subprocess.Popen([java, "-jar", jar], stdout=self.out, stderr=subprocess.STDOUT, env=env, cwd=self.work)
        atexit.register(self.stop)
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: sys.exit(130))
        deadline = time.time() + (wait_seconds or float(os.environ.get("OUTSIDE_START_SECONDS", "900")))
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise SystemExit("EenPlan stopped while starting:\n" + self.tail())
            try:
                c = http.client.HTTPConnection(HOST, self.port, timeout=5)
                c.request("GET", "/actuator/health/readiness")
                if c.getresponse().status == 200:
                    break
            except OSError:
                pass
            time.sleep(1)
        else:
            raise SystemExit("EenPlan did not become ready in time:\n" + self.tail())
        if fresh:
            self.logins = self.read_logins()
            log(f"EenPlan ready; {len(self.logins)} demo logins: {', '.join(self.logins)}")
        else:
            log(f"EenPlan ready again (start {self.starts})")
        return self

    def kill(self):
        """Stop the application at once (SIGKILL), as a power cut would; its PostgreSQL is left running."""
        if self.process is not None and self.process.poll() is None:
            log(f"killing EenPlan (kill -9 {self.process.pid})")
            self.process.kill()
            self.process.wait(30)
        self.process = None

    def read_logins(self):
        """The demo's table of logins: role, e-mail, password (printed once on standard output,
        framed by lines of '=' below a title and two lines of explanation)."""
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            text = re.sub(r"\x1b\[[0-9;]*m", "", f.read())
        logins, inside, rules = {}, False, 0
        for line in text.splitlines():
            if "EenPlan demo: logins" in line:
                inside, rules = True, 0
                continue
            if inside:
                if line.startswith("====="):
                    rules += 1
                    if rules >= 2 or logins:
                        break
                    continue
                m = re.match(r"^\s+(.+?)\s+(\S+@\S+)\s+(\S+)\s*$", line)
                if m:
                    logins[m.group(1).strip()] = (m.group(2), m.group(3))
        if not logins:
            raise SystemExit("no demo logins found in " + self.log_path)
        return logins

    def printed_logins(self):
        """Whether this start's log shows the demo's table of logins (only a first start should)."""
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return "EenPlan demo: logins" in f.read()

    def tail(self, n=30):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return "".join(f.readlines()[-n:])
        except OSError:
            return ""

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            log(f"stopping EenPlan (pid {self.process.pid})")
            self.process.terminate()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None
        # Should the application have died without stopping its PostgreSQL, stop that one too.
        pid_file = os.path.join(self.work, "data", "postgres", "postmaster.pid")
        try:
            with open(pid_file) as f:
                pg = int(f.readline().strip())
            os.kill(pg, signal.SIGINT)
        except (OSError, ValueError):
            pass


# --- HTML -------------------------------------------------------------------------------------------


class Page(HTMLParser):
    """Links, forms (with their fields) and visible text of one HTML page."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.links, self.forms, self.text, self.ids = [], [], [], {}
        self._form = None
        self._select = None
        self._textarea = None
        self._skip = 0
        self._id = None
        self.labels = {}
        self._label = None
        self._option = None
        self.feed(html)
        for form in self.forms:
            for f in form["fields"]:
                f["label"] = self.labels.get(f.get("id"), "").strip()
        self.close()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self._id = a["id"]
            self.ids.setdefault(a["id"], "")
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "label" and a.get("for"):
            self._label = a["for"]
            self.labels[self._label] = ""
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = {"action": a.get("action", ""), "method": (a.get("method") or "get").lower(), "fields": []}
            self.forms.append(self._form)
        elif self._form is not None and tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                self._form["fields"].append(
                    {"name": a["name"], "type": kind, "value": a.get("value", "on"), "on": False, "id": a.get("id")})
            else:
                self._form["fields"].append(
                    {"name": a["name"], "type": kind, "value": a.get("value", ""), "on": True, "id": a.get("id")})
        elif self._form is not None and tag == "select" and a.get("name"):
            self._select = {"name": a["name"], "type": "select", "value": None, "options": [], "on": True}
            self._form["fields"].append(self._select)
        elif self._select is not None and tag == "option":
            value = a.get("value")
            self._option = [value, ""]
            self._select["options"].append(self._option)
            if "selected" in a or self._select["value"] is None:
                if "selected" in a or value:
                    self._select["value"] = value
        elif self._form is not None and tag == "textarea" and a.get("name"):
            self._textarea = {"name": a["name"], "type": "textarea", "value": "", "on": True}
            self._form["fields"].append(self._textarea)
        elif self._form is not None and tag == "button" and a.get("name"):
            self._form["fields"].append({"name": a["name"], "type": "button", "value": a.get("value", ""), "on": True})

    def handle_endtag(self, tag):
        if tag == "label":
            self._label = None
        if tag == "option":
            self._option = None
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag == "form":
            self._form = None
        elif tag == "select":
            if self._select is not None and self._select["value"] is None:
                self._select["value"] = ""
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea["value"] += data
        if self._label is not None:
            self.labels[self._label] += " " + data.strip()
        if self._option is not None:
            self._option[1] += data.strip()
        if not self._skip and data.strip():
            self.text.append(data.strip())
            if self._id is not None:
                self.ids[self._id] = (self.ids.get(self._id, "") + " " + data.strip()).strip()

    def visible(self):
        return " ".join(self.text)


def form_values(form, overrides=None):
    """The (name, value) pairs a browser would send for this form, with overrides by name."""
    pairs = []
    for f in form["fields"]:
        if f["type"] in ("checkbox", "radio") and not f["on"]:
            continue
        if f["type"] == "radio" and any(name == f["name"] for name, _ in pairs):
            continue
        pairs.append((f["name"], f["value"] if f["value"] is not None else ""))
    # a radio group with nothing checked: take its first choice
    for f in form["fields"]:
        if f["type"] == "radio" and not any(name == f["name"] for name, _ in pairs):
            pairs.append((f["name"], f["value"]))
    if overrides:
        names = {n for n, _ in pairs}
        pairs = [(n, overrides[n]) if n in overrides else (n, v) for n, v in pairs]
        pairs += [(n, v) for n, v in overrides.items() if n not in names]
        pairs = [(n, v) for n, v in pairs if v is not None]
    return pairs


def encode_form(pairs):
    out = []
    for name, value in pairs:
        n = name.encode() if isinstance(name, str) else name
        v = value.encode() if isinstance(value, str) else value
        out.append(urllib.parse.quote_plus(n) + "=" + urllib.parse.quote_plus(v))
    return "&".join(out).encode("ascii")


# --- HTTP -------------------------------------------------------------------------------------------


class Response:
    def __init__(self, status, headers, body, method, path):
        self.status, self.headers, self.body, self.method, self.path = status, headers, body, method, path

    def header(self, name):
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")

    def page(self):
        return Page(self.text)

    def location_path(self):
        loc = self.header("Location")
        if not loc:
            return None
        u = urllib.parse.urlsplit(loc)
        return (u.path or "/") + ("?" + u.query if u.query else "")


class Browser:
    """A cookie-keeping HTTP client for one person; every request has a timeout."""

    def __init__(self, port, label=""):
        self.port = port
        self.label = label
        self.cookies = {}
        self.csrf = None
        self.count = 0
        self.bearer = None

    def request(self, method, path, body=None, headers=None, follow=False):
        hdrs = {"Accept-Language": "nl", "Accept": "text/html,application/json;q=0.9,*/*;q=0.8"}
        if self.cookies and not self.bearer:
            hdrs["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.bearer:
            hdrs["Authorization"] = "Bearer " + self.bearer
        if headers:
            hdrs.update(headers)
        hdrs = {k: v for k, v in hdrs.items() if v is not None}
        conn = http.client.HTTPConnection(HOST, self.port, timeout=TIMEOUT)
        try:
            conn.putrequest(method, path, skip_accept_encoding=True)
            if body is not None:
                hdrs.setdefault("Content-Length", str(len(body)))
            for k, v in hdrs.items():
                conn.putheader(k, v)
            try:
                conn.endheaders(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server answered before reading all of a large body: read that answer
            r = conn.getresponse()
            data = r.read()
            resp = Response(r.status, r.getheaders(), data, method, path)
        except (OSError, http.client.HTTPException) as e:
            resp = Response(0, [], str(e).encode(), method, path)
        finally:
            conn.close()
        self.count += 1
        for k, v in resp.headers:
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                value = rest.split(";", 1)[0]
                if "max-age=0" in v.lower() or value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = value
        if follow and resp.status in (301, 302, 303, 307) and resp.location_path():
            return self.request("GET", resp.location_path(), follow=True)
        if resp.status == 200 and "html" in (resp.header("Content-Type") or ""):
            m = re.search(r'name="_csrf"\s+value="([^"]+)"', resp.text) or re.search(
                r'name="_csrf" content="([^"]+)"', resp.text)
            if m:
                self.csrf = m.group(1)
        return resp

    def get(self, path, follow=True):
        return self.request("GET", path, follow=follow)

    def post_form(self, path, pairs, follow=False, content_type="application/x-www-form-urlencoded"):
        body = pairs if isinstance(pairs, bytes) else encode_form(pairs)
        return self.request("POST", path, body=body, headers={"Content-Type": content_type}, follow=follow)

    def submit(self, form, overrides=None, follow=False):
        action = form["action"] or "/"
        return self.post_form(action, form_values(form, overrides), follow=follow)

    def json(self, method, path, payload=None, raw=None, headers=None):
        body = raw if raw is not None else (json.dumps(payload).encode() if payload is not None else None)
        h = {"Accept": "application/json, application/problem+json"}
        if body is not None:
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        return self.request(method, path, body=body, headers=h)


# --- logging in -------------------------------------------------------------------------------------

SECRETS = {}  # e-mail -> TOTP secret (enrolled by the driver at first login)
LAST_STEP = {}  # e-mail -> last time step used (a code works once)


def _second_factor(browser, email, resp):
    page = resp.page()
    m = re.search(r'id="secret"[^>]*>([A-Z2-7 ]+)<', resp.text)
    if m:
        SECRETS[email] = m.group(1).replace(" ", "")
    secret = SECRETS.get(email)
    if not secret:
        raise RuntimeError(f"{email}: asked for a code, but no TOTP key is known")
    form = next(f for f in page.forms if f["action"].endswith("/login/second-factor"))
    for _ in range(4):
        now = int(time.time()) // 30
        step = max(now, LAST_STEP.get(email, -1) + 1)
        if step > now + 1:
            time.sleep(30 - time.time() % 30 + 0.5)
            continue
        LAST_STEP[email] = step
        r = browser.submit(form, {"code": totp(secret, step)})
        if r.status in (302, 303):
            return browser.get(r.location_path())
        if r.status == 200 and not any(f["action"].endswith("/login/second-factor") for f in r.page().forms):
            return r  # first time: the page with the recovery codes
        form = next((f for f in r.page().forms if f["action"].endswith("/login/second-factor")), form)
    raise RuntimeError(f"{email}: the TOTP code was refused")


def login(port, email, password, label=""):
    """A browser logged in as this person (second factor set up or entered when asked)."""
    b = Browser(port, label or email)
    r = b.get("/login")
    form = next(f for f in r.page().forms if f["action"].endswith("/login"))
    r = b.submit(form, {"email": email, "password": password})
    if r.status not in (302, 303) or "error" in (r.location_path() or ""):
        raise RuntimeError(f"{email}: login refused ({r.status} {r.location_path()})")
    r = b.get(r.location_path())
    if "/login/second-factor" in r.path or any(f["action"].endswith("/login/second-factor") for f in r.page().forms):
        r = _second_factor(b, email, r)
    check = b.get("/", follow=False)
    # The start page may send a person straight to her work (a household member to her plan).
    sent_on = check.status in (302, 303) and not (check.location_path() or "/login").startswith("/login")
    if check.status != 200 and not sent_on:
        raise RuntimeError(f"{email}: not logged in after login ({check.status} {check.location_path()})")
    b.start_page = check.location_path() if sent_on else "/"
    return b


def api_token(browser, name, write=True):
    """A personal API token made on the account page, as a person makes one (None when refused).
    write=True asks for the scope that may change things (else the form's first scope)."""
    form = find_form(browser.get("/account").page(), "/account/tokens")
    if form is None:
        return None
    overrides = {"name": name}
    scope = (option(form, "scope", "schrijven") or option(form, "scope", "wijzig")) if write else None
    if scope:
        overrides["scope"] = scope
    r = browser.submit(form, overrides, follow=True)
    m = re.search(r'id="token-secret"[^>]*>([^<]+)<', r.text)
    return m.group(1).strip() if m else None


def api_client(port, token, label="api"):
    """An HTTP client that sends only this API token (no session cookie)."""
    client = Browser(port, label)
    client.bearer = token
    return client


def same_origin_path(href, base_path, port):
    """The path of a link when it stays on this EenPlan, else None."""
    u = urllib.parse.urlsplit(urllib.parse.urljoin(f"http://{HOST}:{port}{base_path}", href))
    if u.scheme != "http" or u.hostname not in (HOST, "localhost") or (u.port or 80) != port:
        return None
    return (u.path or "/") + ("?" + u.query if u.query else "")


NEVER_FOLLOW = re.compile(r"/logout|\.pdf$|\.csv$|/attachments/|[?&]lang=")


def crawl(browser, start="/", limit=80, deadline=None, seeds=()):
    """Pages reachable from the start page (and the seeds) by same-origin links: {path: Response}."""
    seen, queue, pages = {start, *seeds}, [start, *seeds], {}
    while queue and len(pages) < limit and (deadline is None or time.time() < deadline):
        path = queue.pop(0)
        r = browser.get(path, follow=False)
        pages[path] = r
        if r.status != 200 or "html" not in (r.header("Content-Type") or ""):
            continue
        for href in r.page().links:
            p = same_origin_path(href, path, browser.port)
            if p and p not in seen and not NEVER_FOLLOW.search(p):
                seen.add(p)
                queue.append(p)
    return pages


def field(form, name, label_contains=None):
    """The fields of a form with this name (and, if given, a label or option text containing a word)."""
    out = [f for f in form["fields"] if f["name"] == name]
    if label_contains is not None:
        out = [f for f in out if label_contains.lower() in (f.get("label") or "").lower()]
    return out


def option(form, name, text_contains):
    """The value of the select option whose text contains the given words."""
    for f in form["fields"]:
        if f["name"] == name and f["type"] == "select":
            for value, text in f["options"]:
                if value and text_contains.lower() in text.lower():
                    return value
    return None


def find_form(page, action_suffix):
    for f in page.forms:
        if re.search(action_suffix + "$", urllib.parse.urlsplit(f["action"]).path):
            return f
    return None
