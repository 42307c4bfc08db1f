"""Every route, every kind of person: the last part of access.py (see README.md).

Reads the OpenAPI document as any client does and crawls the household's pages as its coordinator, then
tries every route as each kind of person:

- strangers (staff of another organisation, the manager of the coordinator's own organisation, the
  municipality's staff, the administrator, a member of another household, the contact point of another
  municipality, someone who left the team): every route of the household must answer exactly as for a
  household that does not exist (404: the existence is not revealed), reads and writes alike, and nothing
  they may list elsewhere (Mijn gezinnen, to-do, escalations, the event feed) names the household;
- the network member and the professional without consent: no answer shows a written text (X-5, C-1);
- a read-only API token on every write: 403, and afterwards the plan is as it was;
- a deactivated account: its token answers 401;
- every read the coordinator may do leaves an entry in the household's access log (X-1), counted in the
  administrator's export of the log.
"""

import json
import re

import hostile_api
import scenario
import scenario_content as content
from access_people import deactivated, entries_of, former, same_as_unknown, strangers
from eenplan_outside import api_client, api_token, log

UUID = hostile_api.UUID
NAMES = ("Buiten",)  # every name of the household (Gezin Buiten, Anna and Tom Buiten, Oma Buiten, Buitenweg)
LISTS = ["/api/v1/cases", "/api/v1/to-do", "/api/v1/escalations", "/api/v1/events", "/api/v1/me",
         "/cases", "/to-do", "/my-work", "/escalations", "/", "/cases?q=uiten", "/api/v1/cases?q=uiten",
         "/admin/access-log?q=uiten"]  # part of the name: the page repeats the query
# What the network member and the professional without consent may write (the first word of who they are).
ALLOWED = {"netwerklid": (), "hulpverlener": ()}


def named(r):
    """What of the household this 2xx answer shows (a PDF always counts)."""
    if not 200 <= r.status < 300:
        return []
    if (r.header("Content-Type") or "").startswith("application/pdf"):
        return ["(a PDF)"]
    return [t for t in NAMES + content.SECRETS + (scenario.PURPOSE,) if t in r.text]


def routes_of(doc):
    return [(m, t) for m, t, _ in hostile_api.routes(doc)]


def household_ids(app, s, doc):
    """The ids of the household's sub-routes, as its coordinator's read token finds them."""
    api = api_client(app.port, api_token(s.coordinator, "routes-ids", write=False))
    ids = {"householdId": s.household, "area": "WORK", "number": "1", "memberId": s.mother, "childId": None}
    templates = {t for _, t in routes_of(doc)}
    for method, template in routes_of(doc):
        path = hostile_api.fill(template, ids)
        if method == "GET" and path and "{householdId}" in template:
            hostile_api.learn(template, api.json("GET", path), ids)
            hostile_api.descend(template, templates, ids)
    ids["childId"] = ids.get("childId") or ids.get("memberId")
    # a round table, an action, a treatment plan, ... where the plan has none yet (as hostile_api.py makes them)
    writer = api_client(app.port, api_token(s.coordinator, "routes-make", write=True))

    def send(client, method, path, what, payload=None, raw=None, headers=None, quiet=False):
        return client.json(method, path, payload, raw, headers)

    hostile_api.prepare(send, lambda t: writer if "{householdId}" in t else None, doc, ids, templates)
    if ids.get("goalId") and not ids.get("actionId"):  # an action sits below a goal, not below a list of actions
        path = f"/api/v1/households/{s.household}/plan/goals/{ids['goalId']}/actions"
        op = doc["paths"].get("/api/v1/households/{householdId}/plan/goals/{goalId}/actions", {}).get("post", {})
        schema = (((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}).get("schema")
        tag = hostile_api.etag_for(send, writer, path, templates)
        r = writer.json("POST", path, hostile_api.sample(doc, schema, ids), headers={"If-Match": tag} if tag else None)
        m = re.search(r'"id"\s*:\s*"(' + UUID + ')"', r.text) if 200 <= r.status < 300 else None
        if m:
            ids["actionId"] = m.group(1)
        else:
            log(f"note: no action made for the checks ({r.status} {r.text[:200]})")
    return api, ids


def pages_of(s):
    """GET paths and form actions under the household, as its coordinator reaches them (two levels)."""
    base = f"/households/{s.household}"
    seen, forms = set(), set()
    todo = [base + p for p in ("/plan", "/team", "/household", "/consents", "/round-tables", "/coordination",
                               "/plan/provisions", "/plan/life-areas", "/plan/safety", "/plan/versions")]
    for depth in range(2):
        nxt = []
        for path in todo:
            if path in seen or len(seen) > 120:
                continue
            seen.add(path)
            r = s.coordinator.get(path, follow=False)
            if r.status != 200 or "html" not in (r.header("Content-Type") or ""):
                continue
            page = r.page()
            forms.update(f["action"] for f in page.forms if f["action"].startswith(base))
            nxt += [h.split("#")[0] for h in page.links if h.startswith(base) and not h.endswith(("/logout",))]
        todo = nxt
    return sorted(seen), sorted(forms)




def valid_bodies(doc, ids, api):
    """Per write route a body the coordinator could send, and the current ETag: a refusal is then authorization's."""
    def send(client, method, path, what, payload=None, raw=None, headers=None, quiet=False):
        return client.json(method, path, payload, raw, headers)

    out = {}
    for method, template, op in hostile_api.routes(doc):
        path = hostile_api.fill(template, ids)
        if method == "GET" or not path or "{householdId}" not in template:
            continue
        schema = (((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}).get("schema")
        body = hostile_api.sample(doc, schema, ids) if schema else None
        out[(method, path)] = (body, hostile_api.etag_for(send, api, path, set()))
    return out


def run(app, s, checks):
    doc = json.loads(s.coordinator.get("/api/v1/openapi.json").text)
    routes = routes_of(doc)
    coordinator_api, ids = household_ids(app, s, doc)
    household_routes = [(m, hostile_api.fill(t, ids)) for m, t in routes if "{householdId}" in t]
    household_routes = [(m, p) for m, p in household_routes if p]
    log("access: not filled: " + ", ".join(f"{m} {t}" for m, t in routes
                                            if "{householdId}" in t and not hostile_api.fill(t, ids)))
    bodies = valid_bodies(doc, ids, coordinator_api)
    skipped = sum(1 for m, t in routes if "{householdId}" in t) - len(household_routes)
    pages, forms = pages_of(s)
    log(f"access: {len(routes)} API routes ({len(household_routes)} of the household filled, {skipped} not), "
        f"{len(pages)} pages and {len(forms)} forms of the household")
    h = s.household
    counts = {}

    def record(who, kind, what, request, status, leak, detail=""):
        counts[(who, kind)] = counts.get((who, kind), 0) + 1
        checks.record(who, what, request, status, leak, detail=detail)

    # strangers: every read and every write of the household answers as for no household at all
    people = strangers(app, s)
    for who, browser, read, write in people:
        reader, writer = api_client(app.port, read), api_client(app.port, write)
        for method, path in household_routes:
            client = reader if method == "GET" else writer
            body, tag = bodies.get((method, path), ({}, None))
            mine, none = same_as_unknown(client, method, path, h, body if method != "GET" else None,
                                         headers={"If-Match": tag} if tag else None)
            leak = mine.status != none.status or 200 <= mine.status < 300 or bool(named(mine))
            record(who, "api " + method, "a stranger uses the household's API (X-1)", f"{method} {path}",
                   mine.status, leak, detail=f"(unknown household: {none.status}; shows {named(mine)})" if leak else "")
        for path in pages:
            mine, none = same_as_unknown(browser, "GET", path, h)
            leak = mine.status != none.status or mine.status == 200 or bool(named(mine))
            record(who, "page GET", "a stranger opens the household's page (X-1)", f"GET {path}", mine.status, leak,
                   detail=f"(unknown household: {none.status})" if leak else "")
        for action in forms:
            mine, none = same_as_unknown(browser, "POST", action, h, form=True)
            done = mine.status in (302, 303) and "/login" not in (mine.location_path() or "")
            leak = done or mine.status != none.status
            record(who, "page POST", "a stranger posts a form of the household (X-1)", f"POST {action}", mine.status,
                   leak, detail=f"(unknown household: {none.status}, to {mine.location_path()})" if leak else "")
        for path in LISTS:
            r = (reader if path.startswith("/api/") else browser).get(path, follow=False)
            shown = named(r)
            # the access team finds its municipality's households to assign them; the administrator
            # finds a household's access log for the privacy officer
            allowed = (who == "toegangsteam" and path.startswith(("/cases", "/api/v1/cases"))
                       or who == "beheerder" and path.startswith("/admin/access-log"))
            record(who, "list", "a stranger's lists and feeds name the household (X-1)", f"GET {path}", r.status,
                   bool(shown) and not allowed, detail=f"(shows {shown})" if shown else "")

    # MON-1, IMP-1: another municipality's contact point and a citizen, on every route of Voorbeeldstad
    year = str(__import__("datetime").date.today().year)
    for who, browser, read, write in people:
        if who not in ("aanspreekpunt Anderstad", "gezinslid (moeder)"):
            continue
        reader = api_client(app.port, read)
        for method, template in routes:
            if method != "GET" or "{municipalityId}" not in template:
                continue
            path = template.replace("{municipalityId}", s.municipality).replace("{year}", year)
            if "{" in path:
                continue
            mine, none = same_as_unknown(reader, "GET", path, s.municipality)
            leak = 200 <= mine.status < 300 or mine.status != none.status
            record(who, "api GET", "reads another municipality's monitoring (MON-1, IMP-1)", f"GET {path}",
                   mine.status, leak, detail=f"(unknown municipality: {none.status})" if leak else "")

    # the network member and the professional without consent: no written text in any answer
    for who, browser in (("netwerklid (oma)", s.network_member), (s.debt_role + " (zonder toestemming)", s.no_consent)):
        api = api_client(app.port, api_token(browser, "routes-in-team", write=False))
        for method, path in household_routes:
            if method != "GET":
                continue
            r = api.json("GET", path)
            shown = [t for t in content.SECRETS + (scenario.PURPOSE,) if t in r.text] if 200 <= r.status < 300 else []
            if path.endswith(".pdf") and r.status == 200:
                shown = ["(a PDF)"]
            record(who, "api GET", "reads beyond consent through the API (X-5, C-1)", f"GET {path}", r.status,
                   bool(shown), detail=f"(shows {shown})" if shown else "")

    # X-5, C-1: the network member and the professional without consent write with a body the coordinator could
    # send; what they may do (an action of their own, a signal, C-5's decision to share) is listed in ALLOWED
    for who, browser in (("netwerklid (oma)", s.network_member), (s.debt_role + " (zonder toestemming)", s.no_consent)):
        api = api_client(app.port, api_token(browser, "routes-in-team-write", write=True))
        for method, path in household_routes:
            if method == "GET" or hostile_api.ENDING.search(path):
                continue
            body, tag = bodies.get((method, path), ({}, None))
            r = api.json(method, path, body, headers={"If-Match": tag} if tag else None)
            allowed = any(re.search(a, path) for a in ALLOWED.get(who.split(" ")[0], ()))
            record(who, "api " + method, "writes beyond his part (X-5, C-1)", f"{method} {path}", r.status,
                   200 <= r.status < 300 and not allowed, detail="(accepted)" if 200 <= r.status < 300 else "")

    # every read the coordinator may do leaves an entry in the household's access log
    me = json.loads(coordinator_api.json("GET", "/api/v1/me").text).get("id")
    for method, path in household_routes:
        if method != "GET":
            continue
        before = entries_of(s, me)
        r = coordinator_api.json("GET", path)
        if r.status != 200 or before is None:
            continue
        after = entries_of(s, me)
        record(s.coordinator_role, "log", "a read of personal data is logged (X-1)", f"GET {path}", r.status,
               after <= before, detail="(no entry in the access log)" if after <= before else "")

    # the pages she opens: those that leave no entry are listed to be judged (a form shows no personal data)
    silent = []
    for path in pages:
        before = entries_of(s, me)
        r = s.coordinator.get(path, follow=False)
        if r.status == 200 and before is not None and entries_of(s, me) <= before:
            silent.append(path.replace(h, "{id}"))
    log(f"access: pages of the household that the coordinator opened without an entry ({len(silent)}): "
        + ", ".join(silent))

    # a read-only token never writes, and the plan is as it was afterwards
    for method, path in household_routes:
        if method == "GET":
            continue
        r = coordinator_api.json(method, path, {})
        record(s.coordinator_role + " (leestoken)", "api " + method, "a read token writes (X-1)", f"{method} {path}",
               r.status, r.status != 403)
    after = s.coordinator.get(f"/households/{h}/plan/provisions").text
    record(s.coordinator_role, "check", "the plan is unchanged after every refused write", "GET .../plan/provisions",
           200, content.PROVISION_REASON not in after)

    # a former participant: the professional without consent leaves the team; then he is a stranger
    former(app, s, household_routes, pages, record)

    # a deactivated account: its token answers 401 (the last, as it ends a demo login)
    deactivated(app, s, people, record)
    log("access: checks per person and kind of route: " + ", ".join(f"{w} {k}: {n}" for (w, k), n in counts.items()))

