"""The access checks of access.py for the plan's tabs, monitoring and implementation (see README.md).

Uses the texts the coordinator wrote into the plan of "Gezin Buiten" (scenario_content.py): a page or
API answer that shows one of them to someone who may not read it leaks it.
"""

import re

import scenario_content as content
from eenplan_outside import api_client, api_token, find_form, log, login

TABS = ["/plan/approach", "/plan/provisions", "/plan/life-areas", "/plan/consent", "/plan/safety", "/plan/read",
        "/plan/treatment-plans", "/plan/earlier", "/plan/compare", "/plan/provisions/decision-request.json",
        "/plan/provisions/decision-request.pdf", "/coordination", "/access-log"]
API = ["/plan/safety", "/plan/provisions", "/plan/provisions/decision-request", "/plan/provisions/decision-request.pdf",
       "/plan/life-areas", "/plan/life-areas/assessments", "/plan/treatment-plans", "/coordination/intensity"]
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def shown(r):
    """The written texts this answer shows (a PDF counts as shown whenever it is one)."""
    if r.status == 200 and (r.header("Content-Type") or "").startswith("application/pdf"):
        return ["(a PDF)"]
    return [t for t in content.SECRETS if t in r.text] if 200 <= r.status < 300 else []


def run(app, s, checks):
    h = s.household
    base = f"/households/{h}"
    oma, sem = s.network_member, s.no_consent
    no_consent = s.debt_role + " (zonder toestemming)"
    log(f"access: the coordinator wrote {', '.join(getattr(s, 'content', [])) or 'nothing'} into the plan")

    # PL-6, X-5, C-1: the network member and the professional without consent, on every tab and the API
    for who, browser in (("netwerklid (oma)", oma), (no_consent, sem)):
        for p in TABS:
            r = browser.get(base + p, follow=False)
            leaked = shown(r)
            checks.record(who, "reads a tab beyond consent (PL-6, X-5, C-1)", f"GET {base}{p}", r.status,
                          bool(leaked), detail=f"(shows {', '.join(leaked)})" if leaked else "")
    token = api_token(sem, "buiten-toegang", write=False)
    if token:
        api = api_client(app.port, token)
        for p in API:
            r = api.json("GET", f"/api/v1/households/{h}{p}")
            leaked = shown(r)
            checks.record(no_consent + " API", "reads through the API beyond consent (C-1, X-1)",
                          f"GET /api/v1/households/{h}{p}", r.status, bool(leaked),
                          detail=f"(shows {', '.join(leaked)})" if leaked else "")
    else:
        log("note: the professional without consent got no API token; API not tried")

    # only the municipality's access team decides on intensive coordination
    for who, browser in (("netwerklid (oma)", oma), (no_consent, sem)):
        accepted = []
        for version in range(0, 4):
            r = browser.post_form(f"{base}/coordination/intensity",
                                  [("_csrf", browser.csrf or ""), ("version", str(version)), ("intensive", "false")])
            if r.status in (302, 303) and "/coordination" in (r.location_path() or ""):
                accepted.append(version)
        checks.record(who, "R-8 decides on intensive coordination", f"POST {base}/coordination/intensity",
                      r.status, bool(accepted), detail=f"(accepted with version {accepted})" if accepted else "")

    # ID tampering: the coordinator is in the team of both households; ids of Gezin Buiten in URLs of Gezin Jansen
    jansen = demo_household(app)
    if jansen:
        tamper(s, checks, jansen)
    return jansen


def demo_household(app):
    mother = login(app.port, *app.logins["gezinslid (moeder)"])
    text = mother.get("/").text + mother.get("/my-work").text
    m = re.search(r"/households/(" + UUID + ")", text)
    return m.group(1) if m else None


def tamper(s, checks, jansen):
    hanna, who = s.coordinator, s.coordinator_role + " (id van ander gezin)"
    buiten = f"/households/{s.household}/plan"
    other = f"/households/{jansen}/plan"
    provisions = hanna.get(buiten + "/provisions").text
    provision = next(iter(re.findall(r"/plan/provisions/(" + UUID + r")/withdraw", provisions)), None)
    member = next(iter(re.findall(r"/plan/provisions/laws/(" + UUID + ")", provisions)), None)
    moment = next(iter(re.findall(r"/plan/safety/moments/(" + UUID + ")/evaluation", hanna.get(buiten + "/safety").text)),
                  None)
    page = hanna.get(other + "/provisions").page()
    version = next((f["value"] for form in page.forms for f in form["fields"] if f["name"] == "version"), "0")
    token = api_token(hanna, "buiten-ids", write=False)
    api = api_client(s.coordinator.port, token) if token else None
    assessments = api.json("GET", f"/api/v1{buiten}/life-areas/assessments").text if api else ""
    assessment = next(iter(re.findall(r'"id"\s*:\s*"(' + UUID + ')"', assessments)), None)
    if api and provision:
        r = api.json("GET", f"/api/v1{other}/provisions/{provision}")
        checks.record(who, "reads a provision of another household", f"GET /api/v1{other}/provisions/{{Buiten}}",
                      r.status, r.status != 404 and bool(shown(r)) or 200 <= r.status < 300)
    if api and assessment:
        r = api.json("GET", f"/api/v1{other}/life-areas/assessments/{assessment}")
        checks.record(who, "reads an assessment of another household",
                      f"GET /api/v1{other}/life-areas/assessments/{{Buiten}}", r.status, 200 <= r.status < 300)
    posts = []
    if provision:
        posts.append((f"{other}/provisions/{provision}/withdraw", [("version", version)]))
        posts.append((f"{other}/provisions/{provision}", [("version", version), ("reason", "getamperd")]))
    if member:
        posts.append((f"{other}/provisions/laws/{member}", [("version", version), ("law", "JEUGDWET")]))
    if moment:
        posts.append((f"{other}/safety/moments/{moment}/evaluation", [("version", version), ("outcome", "x")]))
    for path, pairs in posts:
        r = hanna.post_form(path, [("_csrf", hanna.csrf or "")] + pairs)
        done = r.status in (302, 303) and "error" not in (r.location_path() or "")
        checks.record(who, "changes something of another household", f"POST {path.replace(s.household, '{Buiten}')}",
                      r.status, done, detail="(accepted)" if done else "")
    after = hanna.get(buiten + "/provisions").text
    checks.record(who, "Buiten's provision unchanged afterwards", f"GET {buiten}/provisions", 200,
                  content.PROVISION_REASON not in after and content.PROVISION_REASON in provisions,
                  detail="(the provision of Gezin Buiten changed)" if content.PROVISION_REASON not in after else "")
