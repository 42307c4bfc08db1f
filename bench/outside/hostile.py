#!/usr/bin/env python3
"""Malformed input against a running EenPlan, from outside (see README.md).

Starts EenPlan with its demo on a fresh data folder, sets up a household through the web pages
(scenario.py), logs in as every demo role, crawls the pages each can reach, collects every form
and posts it many times with one field replaced by a hostile value; then tries hostile URLs and
hostile JSON through the API with a personal API token made on the account page.

Counts the answers per status code and reports every 5xx (with the request), every answer with a
stack trace, and every error answer that is not in Dutch. Exit code 1 when any 5xx or stack trace
was seen (or a request got no answer at all), else 0.
"""

import argparse
import datetime
import json
import os
import re
import sys
import time
import urllib.parse
from collections import Counter

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import hostile_api  # noqa: E402
import hostile_edges  # noqa: E402
import scenario  # noqa: E402
from eenplan_outside import App, Browser, api_token, crawl, encode_form, form_values, log, login  # noqa: E402
from eenplan_outside import api_client as make_api_client  # noqa: E402

MB = b"x" * (1024 * 1024)
TEXT = [("NUL", b"a\x00b"), ("control chars", b"a\x01\x02\x1b\x7fb"), ("invalid UTF-8", b"a\xff\xfe\xc3(b"),
        ("1 MB", MB), ("script", b"<script>alert(1)</script>")]
DATES = [("date 2026-02-31", b"2026-02-31"), ("date 0000-01-01", b"0000-01-01"),
         ("date 99999-01-01", b"99999-01-01"), ("date abc", b"abc")]
TIMES = [("time 25:99", b"25:99"), ("time 24:00", b"24:00"), ("time abc", b"abc")]
NUMBERS = [("huge number", b"99999999999999999999999999"), ("negative", b"-1"), ("not a number", b"abc"),
           ("1e309", b"1e309")]
UUIDS = [("malformed uuid", b"not-a-uuid"), ("unknown uuid", b"00000000-0000-4000-8000-000000000999"),
         ("uuid with g", b"0000000g-0000-0000-0000-000000000000")]
ALWAYS = [("NUL", b"a\x00b"), ("invalid UTF-8", b"\xff\xfe"), ("empty", b""), ("missing", None)]

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ENGLISH = re.compile(
    r"\b(Bad Request|Not Found|Internal Server Error|Forbidden|Unauthorized|Method Not Allowed|"
    r"Unsupported Media Type|Not Acceptable|Whitelabel|Error|error occurred|must not|must be|is required|"
    r"Invalid|Required request|Failed to|not supported|Unexpected)\b"
    # Spring's own wording names the header and quotes the type; a Dutch text may name the header too.
    r"|Content-Type '")
STACK = re.compile(r"Exception|\bat (org|java|jdk|nl|com)\.[\w.$]+\(")
VERBOSE = False
LAST = re.compile(r"/withdrawal|/close|/handover|/revoke|/authority/|/coordinator|/establish|/cancel|/coordination$")
SKIP_ACTIONS = re.compile(r"/logout$|/login/second-factor$")


def values_for(field):
    """The hostile values that suit this field, most telling first."""
    kind, name = field["type"], field["name"].lower()
    options = [v for v, _ in field.get("options", []) if v]
    out = list(ALWAYS)
    if kind == "date" or "date" in name or name.endswith("on") or name in ("from", "until", "day"):
        out += DATES
    if kind == "time" or "time" in name or name in ("start", "end", "starts", "ends"):
        out += TIMES
    if kind == "number" or "version" in name or "days" in name or "position" in name or "number" in name:
        out += NUMBERS
    if any(UUID_RE.fullmatch(v or "") for v in options + [field.get("value") or ""]) or name.endswith("id"):
        out += UUIDS
    if kind in ("checkbox", "radio") or (options and not any(UUID_RE.fullmatch(v) for v in options)):
        out += [("unknown choice", b"X"), ("ordinal", b"0")]
    if kind in ("text", "textarea", "email", "tel", "search", "password", "url") or not options:
        out += [v for v in TEXT if v[0] not in ("NUL",)]
    seen, unique = set(), []
    for label, value in out:
        if label not in seen:
            seen.add(label)
            unique.append((label, value))
    return unique


def plausible(form, name):
    """A value that passes for an empty field, so that only the hostile field is wrong."""
    kind = next((f["type"] for f in form["fields"] if f["name"] == name), "text")
    low = name.lower()
    if kind == "date" or "date" in low or low.endswith("on"):
        return (datetime.date.today() + datetime.timedelta(days=7)).isoformat()
    if kind == "time" or low in ("start", "end", "starts", "ends"):
        return "10:00"
    if kind == "email" or "email" in low:
        return "iemand@voorbeeld.example"
    if kind == "tel" or "phone" in low:
        return "0612345678"
    if kind == "number" or "version" in low:
        return "0"
    if kind in ("text", "textarea", "search"):
        return "Proef"
    return ""


def cases_for(form):
    """(description, body bytes, content type) for one form."""
    base = [(n, v if v not in ("", None) else plausible(form, n)) for n, v in form_values(form)]
    names = [n for n, _ in base]
    out = []
    for f in form["fields"]:
        if f["name"] == "_csrf" or f["name"] in [c[0] for c in out if False]:
            continue
        for label, value in values_for(f):
            pairs = [(n, value if n == f["name"] else v) for n, v in base if not (n == f["name"] and value is None)]
            if f["name"] not in names and value is not None:
                pairs.append((f["name"], value))
            out.append((f"{f['name']}={label}", encode_form(pairs), "application/x-www-form-urlencoded"))
    seen_fields, deduped = set(), []
    for c in out:
        if c[0] not in seen_fields:
            seen_fields.add(c[0])
            deduped.append(c)
    out = deduped
    indexed = sorted({n for n in names if re.search(r"\[\d+\]", n)})
    if indexed:
        sample = indexed[0]
        for idx in ("99999", "-1", "abc"):
            bad = re.sub(r"\[\d+\]", f"[{idx}]", sample, count=1)
            out.append((f"{bad}", encode_form(base + [(bad, "x")]), "application/x-www-form-urlencoded"))
    body = encode_form(base)
    out.append(("content type application/json", json.dumps(dict(base)).encode(), "application/json"))
    out.append(("content type text/plain", body, "text/plain"))
    out.append(("content type multipart without boundary", body, "multipart/form-data"))
    out.append(("invalid percent-encoding in body", body + b"&x=%zz%", "application/x-www-form-urlencoded"))
    out.append(("extra unknown field", body + b"&unknownField=1", "application/x-www-form-urlencoded"))
    return out


class Tally:
    def __init__(self, max_requests, deadline):
        self.statuses = Counter()
        self.server_errors, self.stack_traces, self.english, self.accepted = [], [], [], []
        self.stored = []  # data that changed although every request was refused (hostile_edges.py)
        self.requests = 0
        self.trace = None
        self.max_requests = max_requests
        self.deadline = deadline

    def room(self):
        return self.requests < self.max_requests and time.time() < self.deadline

    def look(self, who, what, resp, content_type=""):
        if self.trace:
            self.trace.write(f"{resp.status} {who}: {resp.method} {resp.path[:200]} [{what}] {content_type}\n")
        self.requests += 1
        self.statuses[resp.status] += 1
        self.last = resp
        detail = f"{who}: {resp.method} {resp.path[:160]} [{what}]{' Content-Type ' + content_type if content_type else ''}"
        field = what.split("=")[0] if "=" in what else what
        text = resp.text
        if resp.status >= 500 or resp.status == 0:
            title = re.search(r"<title>([^<]*)</title>", text)
            answer = title.group(1) if title else excerpt(visible_text(resp), 160)
            self.server_errors.append(((resp.status, resp.method, normal(resp.path), field),
                                       f"{resp.status} {detail} -> {answer}", what))
        if STACK.search(text):
            self.stack_traces.append(((resp.status, resp.method, normal(resp.path), field),
                                      f"{resp.status} {detail} -> {excerpt(STACK.search(text).group(0), 80)}", what))
        if resp.status >= 400 or (resp.status == 200 and "problem" in (resp.header("Content-Type") or "")):
            visible = visible_text(resp)
            m = ENGLISH.search(visible)
            if m:
                self.english.append(((resp.status, m.group(0), resp.method, normal(resp.path)),
                                     f"{resp.status} {detail} -> '{m.group(0)}' in: {excerpt(visible, 160)}", what))


def visible_text(resp):
    ctype = resp.header("Content-Type") or ""
    if "json" in ctype:
        try:
            data = json.loads(resp.text)
            return " ".join(str(v) for v in (data.values() if isinstance(data, dict) else [data]))
        except ValueError:
            return resp.text
    if "html" in ctype:
        return resp.page().visible()
    return resp.text


def excerpt(text, n=200):
    return re.sub(r"\s+", " ", text)[:n]


def normal(action):
    return UUID_RE.sub("{id}", urllib.parse.urlsplit(action).path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=int(os.environ.get("OUTSIDE_HOSTILE_PORT", "18181")))
    ap.add_argument("--db-port", type=int, default=int(os.environ.get("OUTSIDE_HOSTILE_DB_PORT", "54381")))
    ap.add_argument("--max-requests", type=int, default=int(os.environ.get("OUTSIDE_MAX_REQUESTS", "3000")))
    ap.add_argument("--max-seconds", type=int, default=int(os.environ.get("OUTSIDE_MAX_SECONDS", "300")))
    ap.add_argument("--show", type=int, default=40, help="how many distinct findings of each kind to print")
    ap.add_argument("--verbose", action="store_true", help="print every API request and its answer")
    ap.add_argument("--attach", metavar="APP_LOG", help="use the EenPlan already running on --port whose first start "
                    "wrote this log (its demo logins); keeps the TOTP keys beside it in secrets.json")
    ap.add_argument("--skip-edges", action="store_true", help="leave out step 2d (hostile_edges.py)")
    ap.add_argument("--skip-forms", action="store_true", help="leave out the crawl and the forms (steps 3 and 4)")
    args = ap.parse_args()
    global VERBOSE
    VERBOSE = args.verbose
    app = App("hostile", args.port, args.db_port)
    try:
        if args.attach:
            attach(app, args.attach)
        else:
            app.start()
        began = time.time()
        tally = Tally(args.max_requests, began + args.max_seconds)
        tally.trace = open(os.path.join(app.work, "requests.log"), "w", encoding="utf-8", errors="replace")
        people = {}
        try:
            s = scenario.set_up(app, content=True)
            people = {s.coordinator_role: s.coordinator, "beheerder": s.admin,
                      "netwerklid (oma Buiten)": s.network_member, s.debt_role: s.no_consent}
            household = s.household
        except Exception as e:  # without the household the driver still tries the demo's pages
            log(f"hostile: the household could not be set up ({e}); going on with the demo only")
            household = None
        for role, (email, password) in app.logins.items():
            if role not in people:
                people[role] = login(app.port, email, password, role)
        people["anoniem"] = Browser(app.port, "anoniem")

        # 1. hostile URLs (before the forms, which may well close the plan)
        coordinator = scenario.role(app.logins, scenario.COORDINATOR)
        who = coordinator if household else next(iter(people))
        browser = people[who]
        h = household or "00000000-0000-4000-8000-000000000000"
        urls = ["/%00", "/households/%00", f"/households/{h}/plan/versions/%00", f"/households/{h}%00/plan",
                "/..%2f..%2fetc%2fpasswd", "/households/..%2f..%2f", "/%2e%2e/%2e%2e/", "/" + "a" * 10000,
                "/households/" + "b" * 5000 + "/plan", "/%zz", "/%", "/households/%zz/plan", "/households/not-a-uuid/plan",
                f"/households/{h}/plan/versions/99999999999999999999", f"/households/{h}/plan/versions/-1",
                f"/households/{h}/plan/goals/not-a-uuid", "/error", "/api/v1/households/%00/plan",
                f"/api/v1/households/{h}/plan/versions/abc", "/admin/outbox/%00", "/?lang=%00", "/?lang=xx-%zz",
                f"/households/{h}/plan?x=%00", "/login?error=%ff%fe"]
        for u in urls:
            if not tally.room():
                break
            tally.look(who, "hostile URL", browser.request("GET", u))
        for method in ("PUT", "DELETE", "PATCH"):
            tally.look(who, "wrong method", browser.request(method, f"/households/{h}/plan"))

        # 2. the API with a personal token
        if household and tally.room():
            api(app, people[coordinator], household, tally, getattr(s, "municipality", None))
        # 2b. every route of the OpenAPI document, as someone who may use it
        api_walk = None
        if household and tally.room():
            api_walk = openapi(app, people, coordinator, household, tally, getattr(s, "municipality", None))
        # 2d. the edges of every API route and the newest pages (methods, Accept, paging, If-Match, ...)
        if api_walk and tally.room() and not args.skip_edges:
            edges(people, tally, *api_walk)
        # 2c. the downloads (PDF, JSON, CSV, spreadsheets), which the crawl does not follow, with hostile queries
        if household and tally.room():
            downloads(people, coordinator, household, tally)
        if args.skip_forms:
            report(tally, args.show)
            return 1 if tally.server_errors or tally.stack_traces or tally.stored else 0
        # 3. crawl as everyone (after the API made goals and actions, so that their pages have forms too) and collect the forms (one of each kind)
        forms, owners = {}, {}
        crawl_budget = max(25, args.max_requests // 5 // len(people))
        for role, browser in people.items():
            start = "/login" if role == "anoniem" else "/"
            seeds = [] if role == "anoniem" else [p.format(h=h) for p in SEEDS]
            for path, resp in crawl(browser, start, limit=crawl_budget + len(seeds), deadline=tally.deadline,
                                    seeds=seeds).items():
                tally.look(role, "crawl", resp)
                if resp.status != 200 or "html" not in (resp.header("Content-Type") or ""):
                    continue
                for form in resp.page().forms:
                    action = urllib.parse.urljoin(path, form["action"] or path)
                    form["action"] = action
                    if SKIP_ACTIONS.search(urllib.parse.urlsplit(action).path):
                        continue
                    key = (form["method"], normal(action), tuple(sorted({f["name"] for f in form["fields"]})))
                    if key not in forms:
                        forms[key] = form
                        owners[key] = role
        log(f"hostile: {len(forms)} distinct forms found by {len(people)} people")

        # 4. each form with hostile values, the forms taking turns so that every form gets its share
        # Forms that end something (consent, the plan, a token, a coordinator) come last: one of
        # their tries may succeed and leave less to try for the others.
        ordered = sorted(forms.items(), key=lambda kv: bool(LAST.search(kv[0][1])))
        groups = [[(key, cases_for(form)) for key, form in ordered if bool(LAST.search(key[1])) == last]
                  for last in (False, True)]
        step, rounds = 0, 0
        queues = groups.pop(0)
        while tally.room():
            pending = [(k, c) for k, c in queues if step < len(c)]
            if not pending:
                if not groups:
                    break
                queues, step = groups.pop(0), 0
                continue
            rounds += 1
            for key, cases in pending:
                if not tally.room():
                    break
                what, body, ctype = cases[step]
                form, role = forms[key], owners[key]
                browser = people[role]
                if form["method"] == "get":
                    if ctype != "application/x-www-form-urlencoded" or b"%zz" in body:
                        continue  # a GET form has no body: only its query string is hostile
                    target = urllib.parse.urlsplit(form["action"]).path + "?" + body.decode("ascii", "replace")
                    resp = browser.request("GET", target)
                else:
                    resp = browser.request("POST", form["action"], body=body, headers={"Content-Type": ctype})
                tally.look(role, what, resp, ctype)
                if resp.status in (302, 303) and "/login" in (resp.location_path() or "") and role != "anoniem":
                    relogin(app, people, role, scenario_logins=True)
            step += 1
        log(f"hostile: forms done after {tally.requests} requests ({rounds} rounds)")

        log(f"hostile: done after {tally.requests} requests in {time.time() - began:.0f} s")

        report(tally, args.show)
        return 1 if tally.server_errors or tally.stack_traces or tally.stored else 0
    finally:
        app.stop()


# Pages the crawl starts from besides the start page: the plan's tabs, monitoring and implementation (the
# crawl follows their links on; pages a person may not open answer 403/404 and count as tried).
SEEDS = ["/households/{h}/plan/approach", "/households/{h}/plan/provisions", "/households/{h}/plan/life-areas",
         "/households/{h}/plan/consent", "/households/{h}/plan/safety", "/households/{h}/plan/read",
         "/households/{h}/plan/treatment-plans", "/households/{h}/plan/earlier", "/households/{h}/coordination",
         "/monitoring", "/implementation", "/implementation/requirements", "/admin/implementation/templates",
         "/admin/people"]
DOWNLOADS = ["/households/{h}/plan/provisions/decision-request.pdf", "/households/{h}/plan/provisions/decision-request.json",
             "/monitoring/export.csv", "/monitoring/export.xlsx"]
HOSTILE_QUERIES = ["", "?scope=%00", "?scope=municipality:not-a-uuid", "?scope=region:" + "0" * 36,
                   "?from=2026-02-31&to=abc", "?from=99999-01-01", "?from=2026-12-31&to=2026-01-01", "?lang=%zz"]


def downloads(people, coordinator, household, tally):
    """The downloads with hostile queries, as the coordinator and the municipality's contact point."""
    for role in (coordinator, "aanspreekpunt gemeente", "leidinggevende De Brug"):
        browser = people.get(role)
        for template in DOWNLOADS if browser else []:
            for query in HOSTILE_QUERIES:
                if not tally.room():
                    return
                tally.look(role, "download" + (" " + query if query else ""),
                           browser.request("GET", template.format(h=household) + query))


def openapi(app, people, coordinator, household, tally, municipality):
    """hostile_api.py against every route of the OpenAPI document."""
    for _ in range(4):  # the document is made at its first request, which takes long on a busy machine
        doc_resp = Browser(app.port, "anoniem").json("GET", "/api/v1/openapi.json")
        if doc_resp.status != 0:
            break
        log("hostile: the OpenAPI document did not come within the timeout; asking again")
    tally.look("anoniem", "OpenAPI document", doc_resp)
    try:
        doc = json.loads(doc_resp.text)
    except ValueError:
        log("hostile: no OpenAPI document; its routes were not tried")
        return
    tokens = {}
    for role in (coordinator, "aanspreekpunt gemeente", "beheerder"):
        token = api_token(people[role], "hostile-openapi") if role in people else None
        tokens[role] = make_api_client(app.port, token, role) if token else None
    log("hostile: API tokens for " + ", ".join(r for r, c in tokens.items() if c))

    def client_for(template):
        if template.startswith(("/api/v1/checklist-templates", "/api/v1/people/")):
            role = "beheerder"
        elif re.match(r"/api/v1/(municipalities/|organisations/|implementation-|monitoring|providers/)", template):
            role = "aanspreekpunt gemeente"
        else:
            role = coordinator
        return tokens.get(role) or tokens[coordinator]

    def send(client, method, path, what, payload=None, raw=None, headers=None, quiet=False):
        if not tally.room():
            return None
        resp = client.json(method, path, payload, raw, headers)
        ctype = "application/json" if (payload is not None or raw) else ""
        tally.look("API token (" + client.label + ")", what, resp, ctype)
        if not quiet and 200 <= resp.status < 300 and method != "GET" and what != "valid":
            tally.accepted.append(f"{resp.status} {method} {normal(path)} [{what}]")
        return resp

    ids = {"householdId": household, "municipalityId": municipality, "organisationId": municipality}
    before = tally.requests
    hostile_api.run(send, client_for, doc, ids)
    tried = len({(m, t) for m, t, _ in hostile_api.routes(doc) if hostile_api.fill(t, ids)})
    log(f"hostile: OpenAPI: {tally.requests - before} requests on {tried} of {len(hostile_api.routes(doc))} routes")
    return doc, ids, client_for, tokens


def edges(people, tally, doc, ids, client_for, tokens):
    """hostile_edges.py: every route's edges, then the newest pages and routes one by one."""

    def send(client, method, path, what, payload=None, raw=None, headers=None, quiet=False, page=False, csrf=False):
        if not tally.room():
            return None
        if page:
            body = raw
            if csrf and client.csrf:
                body = (body + b"&" if body else b"") + b"_csrf=" + urllib.parse.quote(client.csrf).encode()
            resp = client.request(method, path, body, headers)
        else:
            resp = client.json(method, path, payload, raw, headers)
        tally.look(client.label if page else "API token (" + client.label + ")", what, resp,
                   (headers or {}).get("Content-Type", ""))
        if not quiet and 200 <= resp.status < 300 and method not in ("GET", "HEAD", "OPTIONS") and what != "valid":
            tally.accepted.append(f"{resp.status} {method} {normal(path)} [{what}]")
        return resp

    before = tally.requests
    filled = [(m, t, hostile_api.fill(t, ids), op) for m, t, op in hostile_api.routes(doc)
              if hostile_api.fill(t, ids) and not (hostile_api.ENDING.search(t) or m == "DELETE")]
    hostile_edges.edges(send, client_for, doc, ids, filled)
    log(f"hostile: edges of {len(filled)} API routes: {tally.requests - before} requests")
    before = tally.requests
    me = tokens.get(next((r for r in tokens if r not in ("beheerder", "aanspreekpunt gemeente")), "beheerder"))
    if me and not ids.get("accountId"):
        found = re.search(r'"id"\s*:\s*"(' + hostile_api.UUID + ')"', me.json("GET", "/api/v1/me").text)
        ids["accountId"] = found.group(1) if found else None
    hostile_edges.newest(send, people, client_for, ids, tally.stored)
    log(f"hostile: the newest pages and routes: {tally.requests - before} requests")


def attach(app, app_log):
    """An EenPlan started by hand: its logins from its log, the TOTP keys of earlier runs from secrets.json."""
    import atexit

    import eenplan_outside

    app.log_path = app_log
    app.work = os.path.dirname(os.path.abspath(app_log))
    app.logins = app.read_logins()
    app.stop = lambda: None
    keep = os.path.join(app.work, "secrets.json")
    if os.path.exists(keep):
        with open(keep) as f:
            kept = json.load(f)
        eenplan_outside.SECRETS.update(kept["secrets"])
        eenplan_outside.LAST_STEP.update(kept["steps"])

    def save():
        with open(keep, "w") as f:
            json.dump({"secrets": eenplan_outside.SECRETS, "steps": eenplan_outside.LAST_STEP}, f)

    atexit.register(save)
    log(f"hostile: attached to http://127.0.0.1:{app.port}; {len(app.logins)} demo logins")


def relogin(app, people, role, scenario_logins=False):
    creds = app.logins.get(role)
    if role == "netwerklid (oma Buiten)":
        creds = (scenario.GRANDMOTHER_EMAIL, scenario.GRANDMOTHER_PASSWORD)
    if creds:
        try:
            people[role] = login(app.port, creds[0], creds[1], role)
        except Exception as e:
            log(f"hostile: could not log in again as {role}: {e}")


def api(app, browser, household, tally, municipality_id=None):
    token = api_token(browser, "buiten-test")
    if not token:
        log("hostile: no token issued on /account; API not tried")
        return
    api_client = make_api_client(app.port, token)
    base = f"/api/v1/households/{household}/plan"
    who = "API token (" + browser.label + ")"

    def send(method, path, what, payload=None, raw=None, headers=None):
        if not tally.room():
            return None
        resp = api_client.json(method, path, payload, raw, headers)
        tally.look(who, what, resp, (headers or {}).get("Content-Type", "application/json" if (payload or raw) else ""))
        api_statuses[resp.status] += 1
        if VERBOSE:
            log(f"  api {method} {path} [{what}] -> {resp.status} {excerpt(resp.text, 160)}")
        if 200 <= resp.status < 300 and method != "GET" and what != "valid":
            tally.accepted.append(f"{resp.status} {method} {path} [{what}]")
        return resp

    api_statuses = Counter()
    plan = send("GET", base, "valid")
    etag = plan.header("ETag") if plan else None
    send("GET", "/api/v1/me", "valid")
    participants = re.findall(r'"id"\s*:\s*"([0-9a-f-]{36})"', plan.text if plan else "")
    goal = send("POST", base + "/goals", "valid", {"title": "Tom gaat elke dag naar school"},
                headers={"If-Match": etag} if etag else None)
    goal_id = None
    if goal is not None and goal.status in (200, 201):
        goal_id = (re.search(r'"id"\s*:\s*"([0-9a-f-]{36})"', goal.text) or [None, None])[1]
        tally.accepted.pop() if tally.accepted and "[valid]" in tally.accepted[-1] else None
    def fresh():
        cur = api_client.json("GET", base)
        tally.look(who, "current version", cur)
        return cur.header("ETag")

    hostile_goals = [
        ("unknown field", None, b'{"title":"Doel","unknownField":1}'),
        ("title as number", {"title": 123}, None),
        ("title as object", {"title": {"a": 1}}, None),
        ("title null", {"title": None}, None),
        ("title with NUL", {"title": "a\u0000b"}, None),
        ("title 1 MB", {"title": "x" * (1024 * 1024)}, None),
        ("duplicate keys", None, b'{"title":"een","title":"twee"}'),
        ("invalid JSON", None, b'{"title":'),
        ("invalid UTF-8 in JSON", None, b'{"title":"\xff\xfe"}'),
        ("array instead of object", None, b'[{"title":"x"}]'),
        ("empty body", None, b""),
    ]
    for what, payload, raw in hostile_goals:
        etag = fresh()
        send("POST", base + "/goals", what, payload, raw, headers={"If-Match": etag} if etag else None)
    for ctype in ("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=latin1"):
        etag = fresh()
        send("POST", base + "/goals", "content type " + ctype, raw=b'{"title":"Doel"}',
             headers={"Content-Type": ctype, "If-Match": etag} if etag else {"Content-Type": ctype})
    etag = fresh()
    if etag:
        weak = etag if etag.startswith("W/") else "W/" + etag
        send("POST", base + "/goals", "weak ETag in If-Match", {"title": "Doel"}, headers={"If-Match": weak})
        send("POST", base + "/goals", "malformed If-Match", {"title": "Doel"}, headers={"If-Match": '"abc'})
        send("POST", base + "/goals", "If-Match huge version", {"title": "Doel"},
             headers={"If-Match": '"99999999999999999999999"'})
    tab1 = [
        ("familyGroupPlan 1e30", {"familyGroupPlan": 1e30}),
        ("familyGroupPlan string", {"familyGroupPlan": "ja"}),
        ("date as number", {"writtenPlanRequestedOn": 20000}),
        ("date 0000-01-01", {"writtenPlanRequestedOn": "0000-01-01"}),
        ("date 99999-01-01", {"writtenPlanRequestedOn": "+99999-01-01"}),
        ("date 2026-02-31", {"writtenPlanRequestedOn": "2026-02-31"}),
        ("enum by ordinal", {"arrangement": 0}),
        ("unknown enum", {"arrangement": "X"}),
        ("firstAgreements NUL", {"firstAgreements": "a\u0000b"}),
        ("unknown field", {"firstAgreements": "x", "unknownField": True}),
    ]
    for what, payload in tab1:
        etag = fresh()
        send("PUT", base + "/tab1", what, payload, headers={"If-Match": etag} if etag else None)
    if goal_id:
        who_ids = participants[:1]
        for what, payload in [
            ("start after target", {"what": "x", "who": who_ids, "startDate": "2026-12-31", "targetDate": "2026-01-01",
                                    "evaluationDate": "2026-01-02"}),
            ("who not a uuid", {"what": "x", "who": ["abc"], "startDate": "2026-01-05", "targetDate": "2026-02-02",
                                "evaluationDate": "2026-02-03"}),
            ("what as boolean", {"what": True, "who": who_ids, "startDate": "2026-01-05", "targetDate": "2026-02-02",
                                 "evaluationDate": "2026-02-03"}),
            ("dates year 0", {"what": "x", "who": who_ids, "startDate": "0000-01-01", "targetDate": "0000-01-02",
                              "evaluationDate": "0000-01-03"}),
            ("who huge list", {"what": "x", "who": who_ids * 100, "startDate": "2026-01-05",
                               "targetDate": "2026-02-02", "evaluationDate": "2026-02-03"}),
        ]:
            etag = fresh()
            send("POST", f"{base}/goals/{goal_id}/actions", what, payload, headers={"If-Match": etag} if etag else None)
    municipality = municipality_id or "00000000-0000-4000-8000-000000000001"
    member = {"givenName": "A", "familyName": "B", "dateOfBirth": "2030-01-01", "relation": "kind"}
    for what, payload in [
        ("birth date in 2030", {"name": "Gezin X", "municipalityId": municipality, "members": [member]}),
        ("birth date 1800", {"name": "Gezin X", "municipalityId": municipality,
                             "members": [dict(member, dateOfBirth="1800-01-01")]}),
        ("both birth dates", {"name": "Gezin X", "municipalityId": municipality,
                              "members": [dict(member, dateOfBirth="2000-01-01", expectedBirthDate="2027-01-01")]}),
        ("members not a list", {"name": "Gezin X", "municipalityId": municipality, "members": "Anna"}),
        ("municipality malformed", {"name": "Gezin X", "municipalityId": "abc", "members": [member]}),
        ("name NUL", {"name": "a\u0000b", "municipalityId": municipality, "members": [member]}),
    ]:
        send("POST", "/api/v1/households", what, payload)
    send("DELETE", base, "wrong method")
    send("GET", base.replace(household, "not-a-uuid"), "malformed id")
    send("GET", base + "/versions/abc", "malformed version")
    log("hostile: API answers: " + ", ".join(f"{k}: {v}" for k, v in sorted(api_statuses.items())))


def report(tally, show):
    log("")
    log("status codes: " + ", ".join(f"{k}: {v}" for k, v in sorted(tally.statuses.items())))
    for title, rows in (("5xx (or no answer)", tally.server_errors), ("stack traces", tally.stack_traces),
                        ("answers not in Dutch", tally.english), ("stored although refused", tally.stored),
                        ("hostile API requests accepted (2xx)", tally.accepted)):
        if rows:
            groups = {}
            for row in rows:
                key, line, what = row if isinstance(row, tuple) else (row, row, "")
                group = groups.setdefault(key, [0, line, []])
                group[0] += 1
                if what and what not in group[2]:
                    group[2].append(what)
            log(f"--- {title}: {len(rows)} ({len(groups)} distinct; one example each)")
            for count, line, whats in list(groups.values())[:show]:
                log(f"  {count:4}x {line}")
                if count > 1 and len(whats) > 1:
                    log("        also with: " + ", ".join(whats[1:12]) + (" ..." if len(whats) > 12 else ""))
            if len(groups) > show:
                log(f"  ... and {len(groups) - show} more distinct")
    log(f"hostile: {tally.requests} requests, 5xx: {len(tally.server_errors)}, stack traces: "
        f"{len(tally.stack_traces)}, english answers: {len(tally.english)}, api accepted: {len(tally.accepted)}, "
        f"stored although refused: {len(tally.stored)}")


if __name__ == "__main__":
    sys.exit(main())
