#!/usr/bin/env python3
"""The whole method through the JSON API only, as a new professional would (see README.md).

Starts EenPlan with its demo on a fresh data folder. Reads the OpenAPI document without a token;
the De Brug professional logs in once to make a personal API token on the account page, and from
then on uses only that token and the document: registers a household, is refused the plan for want
of consent (403, `consentsApi`), records the consents that `/consents/required` asks, adds a goal
and an action (If-Match), a network member, chooses a coordinator, establishes the plan, plans a
round table, exports the plan as FHIR and reads the event feed to its end. Along the way: 412 on a
stale If-Match, 428 without one, the paging shape of every list route of the document (and 400 on
`?size=101`); and a second professional, unrelated to the household, gets 404 on its routes and
finds nothing of it in the feed.

Exit code 0: no findings; 1: findings (listed with request and answer); 2: the driver could not
go on (a step it needs failed; listed as a finding too).
"""

import argparse
import datetime
import json
import os
import re
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from eenplan_outside import App, Browser, api_client, api_token, log, login  # noqa: E402
import scenario  # noqa: E402

PAGE_KEYS = {"items", "page", "size", "total", "nextPage"}
FEED = "/api/v1/events"


class Stop(Exception):
    """A step the rest depends on failed."""


class Run:
    """The checks made and the findings, each finding with its request and answer."""

    def __init__(self):
        self.checks, self.findings, self.clients, self.server_errors = 0, [], [], 0

    def client(self, c):
        self.clients.append(c)
        return c

    def send(self, client, method, path, payload=None, headers=None):
        r = client.json(method, path, payload, headers=headers)
        if r.status >= 500 or r.status == 0:
            self.server_errors += 1
            self.finding(f"{method} {path}: server error", r, payload)
        return r

    def check(self, ok, what, resp=None, payload=None):
        self.checks += 1
        log(f"{'ok  ' if ok else 'FIND'} {what}" + (f" ({resp.method} {resp.path} -> {resp.status})" if resp else ""))
        if not ok:
            self.finding(what, resp, payload)
        return ok

    def finding(self, what, resp=None, payload=None):
        text = what
        if resp is not None:
            sent = f"\n      sent: {json.dumps(payload)[:400]}" if payload is not None else ""
            text += f"\n      request: {resp.method} {resp.path}{sent}\n      answer: {resp.status} {resp.text[:600]}"
        self.findings.append(text)

    def need(self, ok, what, resp=None, payload=None):
        if not self.check(ok, what, resp, payload):
            raise Stop(what)


def body(resp):
    try:
        return json.loads(resp.text)
    except ValueError:
        return None


def paged(resp):
    b = body(resp)
    return resp.status == 200 and isinstance(b, dict) and PAGE_KEYS <= set(b) and isinstance(b["items"], list)


def first_page_items(run, client, path):
    r = run.send(client, "GET", path + "?page=0&size=100")
    return (body(r) or {}).get("items", []) if r.status == 200 else []


def read_feed(run, client, limit=50):
    """Every event from the start of the feed, following its cursor to the end; and the last cursor."""
    events, after, pages = [], None, 0
    while pages < 500:
        path = f"{FEED}?limit={limit}" + (f"&after={after}" if after else "")
        r = run.send(client, "GET", path)
        b = body(r)
        if r.status != 200 or not isinstance(b, dict):
            run.check(False, "the event feed answers a page of events", r)
            return events, pages, after
        pages += 1
        events += b.get("events") or []
        if not b.get("events") or not b.get("next") or b.get("next") == after:
            return events, pages, b.get("next") or after
        after = b["next"]
    run.check(False, f"the event feed ends within {pages} pages")
    return events, pages, after


def walk(run, app, pro, doc):
    """The method through the API, as the professional; returns the ids made on the way."""
    ids = {}
    r = run.send(pro, "GET", "/api/v1/me")
    run.need(r.status == 200 and (body(r) or {}).get("kind") == "STAFF", "the token answers /api/v1/me as staff", r)

    # The municipality of a household, from the API itself.
    r = run.send(pro, "GET", "/api/v1/municipalities?size=100")
    found = [m["id"] for m in ((body(r) or {}).get("items") or []) if m.get("name") == "Gemeente Voorbeeldstad"]
    run.need(r.status == 200 and len(found) == 1, "the API lists the municipality to register a household in", r)
    municipality = ids["municipalityId"] = found[0]
    today = datetime.date.today()
    tom_born = (today.replace(year=today.year - 10) - datetime.timedelta(days=30)).isoformat()
    household = {"name": "Gezin Api", "municipalityId": municipality, "street": "Apiweg 1", "postcode": "1234 AB",
                 "city": "Voorbeeldstad", "members": [
                     {"givenName": "Anna", "familyName": "Api", "dateOfBirth": "1985-03-01", "relation": "moeder"},
                     {"givenName": "Tom", "familyName": "Api", "dateOfBirth": tom_born, "relation": "zoon"}]}
    r = run.send(pro, "POST", "/api/v1/households", household)
    run.need(r.status == 201 and (body(r) or {}).get("householdId"), "registers a household (201)", r, household)
    h = ids["householdId"] = body(r)["householdId"]
    base = f"/api/v1/households/{h}"

    # No consent yet: the plan is refused, and the problem says where consents are recorded.
    r = run.send(pro, "GET", base + "/plan")
    problem = body(r) or {}
    run.check(r.status == 403 and "consent-missing" in str(problem.get("type")) and problem.get("consentsApi"),
              "the plan without consent: 403 consent-missing with consentsApi", r)
    consents = problem.get("consentsApi") or base + "/consents"

    r = run.send(pro, "GET", consents + "/required")
    required = body(r) or {}
    run.need(r.status == 200 and required.get("members"), "/consents/required names the members", r)
    adults = [m["memberId"] for m in required["members"] if (m.get("age") or 0) >= 18]
    for rule in required["members"]:
        if rule.get("ground") == "NO_AUTHORITY_RECORDED":  # who holds authority decides who consents (C-1)
            auth = f"{base}/members/{rule['memberId']}/authority"
            tag = run.send(pro, "GET", auth).header("ETag")
            r = run.send(pro, "PUT", auth, {"holderIds": adults[:1]}, {"If-Match": tag})
            run.check(r.status == 204, f"records who holds parental authority over {rule.get('name')}", r)
    required = body(run.send(pro, "GET", consents + "/required")) or {}
    recipients = [{"kind": c["kind"], "id": c["id"]} for c in required.get("recipients", [])]
    run.need(recipients and required.get("members"), "/consents/required names members and recipients", None)
    missing = set(problem.get("membersWithoutConsent") or [m["memberId"] for m in required["members"]])
    for rule in required["members"]:
        if rule["memberId"] not in missing:
            continue
        consent = {"memberId": rule["memberId"], "purpose": "Afstemming hulp (api-test)", "categories": ["PLAN"],
                   "recipients": recipients, "givenBy": rule.get("consenters") or adults[:1], "manner": "WRITTEN",
                   "validFrom": today.isoformat(), "validUntil": (today + datetime.timedelta(days=365)).isoformat()}
        r = run.send(pro, "POST", consents, consent)
        run.check(r.status == 201, f"records the consent {rule.get('name')} needs ({rule.get('ground')})", r, consent)
        ids.setdefault("consentId", (body(r) or {}).get("id"))

    r = run.send(pro, "GET", base + "/plan")
    run.need(r.status == 200 and r.header("ETag"), "with consent the plan opens (200, ETag)", r)
    plan = body(r)
    me = next((p["id"] for p in plan.get("participants", []) if p.get("kind") == "PROFESSIONAL"), None)
    stale = r.header("ETag")
    goal = {"title": "Tom gaat elke dag naar school"}
    r = run.send(pro, "POST", base + "/plan/goals", goal, {"If-Match": stale})
    run.need(r.status == 201, "adds a goal (If-Match)", r, goal)
    ids["goalId"] = body(r)["id"]
    r = run.send(pro, "POST", base + "/plan/goals", goal, {"If-Match": stale})
    run.check(r.status == 412, "a stale If-Match: 412", r, goal)
    r = run.send(pro, "POST", base + "/plan/goals", goal)
    run.check(r.status == 428, "no If-Match: 428", r, goal)
    action = {"what": "Wekker zetten", "who": [me], "startDate": today.isoformat(),
              "targetDate": (today + datetime.timedelta(days=28)).isoformat(),
              "evaluationDate": (today + datetime.timedelta(days=35)).isoformat()}
    tag = run.send(pro, "GET", base + "/plan").header("ETag")
    r = run.send(pro, "POST", f"{base}/plan/goals/{ids['goalId']}/actions", action, {"If-Match": tag})
    run.check(r.status == 201, "adds an action (If-Match)", r, action)
    ids["actionId"] = (body(r) or {}).get("id")

    oma = {"kind": "NETWORK", "name": "Oma Api", "relation": "oma", "active": True}
    r = run.send(pro, "POST", base + "/team", oma)
    run.check(r.status == 201, "adds a network member to the team", r, oma)
    ids["participantId"] = (body(r) or {}).get("id")

    r = run.send(pro, "GET", base + "/coordination")
    choice = {"coordinatorId": me, "form": "CASE_COORDINATION", "chosenBy": "HOUSEHOLD",
              "complexityCriteria": ["MANY_ACTIONS_BY_SEVERAL_PROFESSIONALS"]}
    r = run.send(pro, "PUT", base + "/coordination", choice, {"If-Match": r.header("ETag")})
    run.check(r.status == 200, "chooses a coordinator (If-Match)", r, choice)

    tag = run.send(pro, "GET", base + "/plan").header("ETag")
    r = run.send(pro, "POST", base + "/plan/establish", None, {"If-Match": tag})
    run.check(r.status == 200, "establishes the plan (If-Match)", r)

    r = run.send(pro, "POST", base + "/round-tables", {"initiatedOn": today.isoformat()})
    run.check(r.status == 201, "starts a round table", r)
    rt = ids["roundTableId"] = (body(r) or {}).get("id")
    if rt:
        tag = run.send(pro, "GET", f"{base}/round-tables/{rt}").header("ETag")
        planning = {"date": (today + datetime.timedelta(days=7)).isoformat(), "start": "10:00", "end": "11:00",
                    "place": "Buurthuis"}
        r = run.send(pro, "PUT", f"{base}/round-tables/{rt}/planning", planning, {"If-Match": tag})
        run.check(r.status == 200, "plans the round table (If-Match)", r, planning)

    r = run.send(pro, "GET", base + "/plan/fhir")
    run.check(r.status == 200 and (body(r) or {}).get("resourceType") == "Bundle", "FHIR export is a Bundle", r)
    ids["memberId"] = adults[0] if adults else None
    ids["number"] = 1
    ids["childId"] = next((m["memberId"] for m in required["members"] if m.get("age", 99) < 18), None)
    return ids


def fill(path, ids):
    """A path of the document with its variables filled from the ids made (None when one is unknown)."""
    names = re.findall(r"\{(\w+)\}", path)
    if any(not ids.get(n) for n in names):
        return None
    for n in names:
        path = path.replace("{" + n + "}", str(ids[n]))
    return path


def list_routes(doc):
    """The GET routes of the document that take page and size (the feed takes a cursor instead)."""
    out = []
    for path, ops in sorted(doc["paths"].items()):
        params = {p.get("name") for p in (ops.get("get") or {}).get("parameters", []) if p.get("in") == "query"}
        if "get" in ops and {"page", "size"} <= params and path != FEED:
            out.append(path)
    return out


def paging(run, pro, doc, ids, family=None, helpers=None):
    """Every list route answers a page; a route the professional may not read (404, as the household's
    access log) is tried by the demo mother on her own household; the municipality's and organisations'
    routes by the municipality's contact point, a person's trainings by the administrator (`helpers`)."""
    helpers = helpers or {}
    contact, admin = helpers.get("aanspreekpunt gemeente"), helpers.get("beheerder")
    # The municipality is an organisation too, with checklists its contact point keeps (as in hostile.py).
    ids.setdefault("organisationId", ids.get("municipalityId"))
    routes = list_routes(doc)
    run.check(len(routes) >= 10, f"the document names list routes with page and size ({len(routes)})")
    for route in routes:
        path = fill(route, ids)
        if path is None:
            run.check(False, f"list route {route}: no id known to fill it")
            continue
        client = pro
        if route.startswith(("/api/v1/municipalities/", "/api/v1/organisations/")) and contact:
            client = contact
        elif route.startswith("/api/v1/people/") and admin:
            client = admin
        r = run.send(client, "GET", path + "?page=0&size=2")
        if r.status == 404 and family and "{householdId}" in route:
            client, path = family[0], fill(route, dict(ids, householdId=family[1]))
            log(f"note: {route} is 404 for the professional; tried as the demo mother on her own household")
            r = run.send(client, "GET", path + "?page=0&size=2")
        b = body(r) or {}
        run.check(paged(r) and b.get("page") == 0 and b.get("size") == 2 and len(b["items"]) <= 2,
                  f"list {route}: {{items,page,size,total,nextPage}}", r)
        r = run.send(client, "GET", path + "?size=101")
        run.check(r.status == 400 and "problem+json" in (r.header("Content-Type") or ""),
                  f"list {route}?size=101: 400 problem", r)
    r = run.send(pro, "GET", FEED + "?limit=0")
    run.check(400 <= r.status < 500, "the feed with limit=0: 4xx", r)


def stranger(run, other, doc, ids, household):
    """Every route of the household, as a professional who has nothing to do with it: 404."""
    for path_t, ops in sorted(doc["paths"].items()):
        if "{householdId}" not in path_t or "get" not in ops:
            continue
        path = fill(path_t, ids)
        if path is None:
            continue
        r = run.send(other, "GET", path)
        run.check(r.status == 404, f"unrelated professional GET {path_t}: 404", r)
    base = f"/api/v1/households/{household}"
    for method, path, payload in [("POST", base + "/plan/goals", {"title": "x"}), ("POST", base + "/team",
                                  {"kind": "NETWORK", "name": "X", "relation": "buur", "active": True})]:
        r = run.send(other, method, path, payload, {"If-Match": '"0"'})
        run.check(r.status == 404, f"unrelated professional {method} {path.replace(household, '{householdId}')}: 404",
                  r, payload)
    events, _, _ = read_feed(run, other)
    leaked = [e for e in events if household in json.dumps(e)]
    run.check(not leaked, f"the unrelated professional's feed ({len(events)} events) has nothing of the household")
    if leaked:
        run.finding("feed event of another household: " + json.dumps(leaked[0])[:600])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=int(os.environ.get("OUTSIDE_API_PORT", "18184")))
    ap.add_argument("--db-port", type=int, default=int(os.environ.get("OUTSIDE_API_DB_PORT", "54384")))
    args = ap.parse_args()
    started = time.time()
    app = App("api", args.port, args.db_port)
    run = Run()
    code = 0
    try:
        app.start()
        anonymous = run.client(Browser(app.port, "anoniem"))
        r = run.send(anonymous, "GET", "/api/v1/openapi.json")
        doc = body(r) or {}
        run.need(r.status == 200 and doc.get("paths"), "the OpenAPI document opens without a token", r)
        r = run.send(anonymous, "GET", "/api/v1/me")
        run.check(r.status == 401, "the API without a token: 401", r)

        # A real person's way to a token: log in (password, second factor), the account page.
        role = scenario.role(app.logins, scenario.COORDINATOR)
        app.web = run.client(login(app.port, *app.logins[role], role))
        token = api_token(app.web, "api-test")
        run.need(bool(token), "a personal API token is made on the account page")
        pro = run.client(api_client(app.port, token, role))
        ids = walk(run, app, pro, doc)
        household = ids["householdId"]

        events, pages, cursor = read_feed(run, pro, limit=5)
        mine = [e for e in events if household in json.dumps(e)]
        run.check(len(mine) >= 3 and pages > 1,
                  f"the feed ({len(events)} events in {pages} pages of 5) has the household's events ({len(mine)})")
        run.check(len({e.get("id") for e in events}) == len(events), "the feed repeats no event along its cursor")
        last = run.send(pro, "GET", f"{FEED}?after={cursor}")
        run.check(last.status == 200 and not (body(last) or {}).get("events"), "after the last cursor: no events", last)

        mother = run.client(login(app.port, *app.logins["gezinslid (moeder)"], "gezinslid (moeder)"))
        own = re.search(r"/households/([0-9a-f-]{36})", mother.start_page or "")
        mother_token = api_token(mother, "api-test")
        family = (run.client(api_client(app.port, mother_token, "moeder")), own.group(1)) if own and mother_token \
            else None
        run.check(family is not None, "the demo mother makes a token and has her household")
        ids["accountId"] = (body(run.send(pro, "GET", "/api/v1/me")) or {}).get("id")
        helpers = {}
        for helper in ("aanspreekpunt gemeente", "beheerder"):
            if helper in app.logins:
                helper_token = api_token(run.client(login(app.port, *app.logins[helper], helper)), "api-test")
                helpers[helper] = run.client(api_client(app.port, helper_token, helper)) if helper_token else None
        paging(run, pro, doc, ids, family, helpers)

        other_role = scenario.role(app.logins, scenario.DEBT_COUNSELLOR)
        other_web = run.client(login(app.port, *app.logins[other_role], other_role))
        other_token = api_token(other_web, "api-test")
        run.need(bool(other_token), "the second professional makes a token too")
        other = run.client(api_client(app.port, other_token, other_role))
        stranger(run, other, doc, ids, household)
    except Stop as e:
        log(f"api: stopped: {e}")
        code = 2
    finally:
        app.stop()
    requests = sum(c.count for c in run.clients)
    if run.findings:
        log("")
        for f in run.findings:
            log("FINDING: " + f)
    log(f"api: {requests} requests, {run.checks} checks, {len(run.findings)} findings, {run.server_errors} 5xx, "
        f"seconds: {time.time() - started:.0f}")
    return code or (1 if run.findings else 0)


if __name__ == "__main__":
    sys.exit(main())
