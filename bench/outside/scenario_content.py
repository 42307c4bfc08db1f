"""What the coordinator writes into the plan of "Gezin Buiten" through the plan's tabs, so that the
access checks have something to look for (each text is unique, so a page that shows it leaks it):

- a provision on tab 3 (`/plan/provisions`) with the reason PROVISION_REASON;
- a self-sufficiency assessment on tab 4 (`/plan/life-areas`) with the note ASSESSMENT_NOTE;
- a safety plan (`/plan/safety`), started for SAFETY_REASON, with an agreement SAFETY_AGREEMENT that does
  not name the grandmother (she may see only what names her, PL-6/X-5).

The coordinator's consent covers every category (scenario.py), the safety plan too; the Op Orde
professional has no consent at all.
"""

import datetime
import re

from eenplan_outside import find_form, form_values, log, option

PROVISION_REASON = "Voorziening-buiten-reden-7"
ASSESSMENT_NOTE = "Matrix-buiten-notitie-7"
SAFETY_REASON = "Veiligheid-buiten-reden-7"
SAFETY_AGREEMENT = "Afspraak-buiten-geheim-7"
SECRETS = (PROVISION_REASON, ASSESSMENT_NOTE, SAFETY_REASON, SAFETY_AGREEMENT)


def _redirected(r, what):
    if r.status not in (302, 303):
        raise RuntimeError(f"{what}: answered {r.status}: {r.page().visible()[:300]}")


def _first_option(form, name):
    for f in form["fields"]:
        if f["name"] == name and f["type"] == "select":
            return next((v for v, _ in f["options"] if v), "")
    return None


def add(s):
    """Writes the provision, the assessment and the safety plan as the coordinator; returns what was written."""
    hanna, base = s.coordinator, f"/households/{s.household}/plan"
    written = []
    week = (datetime.date.today() + datetime.timedelta(days=7)).isoformat()

    page = hanna.get(base + "/approach").page()
    goal = find_form(page, "/plan/goals")
    if goal:
        _redirected(hanna.submit(goal, {"title": "Tom gaat elke dag naar school"}), "adding a goal")
        written.append("goal")
    page = hanna.get(base + "/provisions").page()
    form = next((f for f in page.forms if re.search(r"/plan/provisions$", f["action"])), None)
    if form:
        values = {"provider": "Jeugdhulp De Brug", "reason": PROVISION_REASON, "volume": "2",
                  "memberId": option(form, "memberId", "Tom"), "law": "JEUGDWET"}
        for name in ("memberId", "law", "kind", "unit", "frequency"):
            values.setdefault(name, _first_option(form, name))
        for f in form["fields"]:
            if f["type"] == "date" and not f["value"]:
                values[f["name"]] = week
        goals = [f["value"] for f in form["fields"] if f["name"] == "goalIds"]
        pairs = [(n, v) for n, v in form_values(form, values) if n != "goalIds"] + [("goalIds", g) for g in goals[:1]]
        r = hanna.post_form(form["action"], pairs)
        if r.status in (302, 303):
            written.append("provision")
        else:
            errors = re.findall(r'class="ep-error"[^>]*>([^<]*)<', r.text)
            log(f"scenario: the provision was refused ({r.status}): {errors or r.page().visible()[:300]}")
    else:
        log("scenario: no provision form on tab 3")

    page = hanna.get(base + "/life-areas").page()
    form = find_form(page, "/plan/life-areas/assessments")
    if form:
        values = {"note": ASSESSMENT_NOTE, "assessedBy": "Hanna Hulp", "assessedOn": datetime.date.today().isoformat()}
        for f in form["fields"]:
            if f["type"] == "select" and f["name"].startswith("score-"):
                values[f["name"]] = next((v for v, _ in f["options"] if v), "")
        values["memberId"] = _first_option(form, "memberId")
        r = hanna.submit(form, values)
        if r.status in (302, 303):
            written.append("assessment")
        else:
            log(f"scenario: the assessment was refused ({r.status}): {r.page().visible()[:300]}")
    else:
        log("scenario: no assessment form on tab 4")

    page = hanna.get(base + "/safety").page()
    start = find_form(page, "/plan/safety/start")
    if start:
        _redirected(hanna.submit(start, {"reason": SAFETY_REASON}), "starting the safety plan")
        page = hanna.get(base + "/safety").page()
        content = find_form(page, "/plan/safety")
        if content:
            # a browser leaves each participant at its first choice, nobody: no row names the grandmother
            values = {f["name"]: "" for f in content["fields"] if f["name"].endswith(".participantId")}
            values.update({"agreements[0].what": SAFETY_AGREEMENT, "agreements[0].who": "Anna",
                           "risks[0].what": "Proefrisico", "risks[0].who": "Anna", "moments[0]": week})
            r = hanna.submit(content, values)
            _redirected(r, "writing the safety plan")
            written.append("safety plan")
    else:
        log("scenario: no form to start the safety plan")
    log(f"scenario: the coordinator wrote {', '.join(written) or 'nothing'} into the plan")
    s.content = written
    return written


OTHER_MUNICIPALITY = "Gemeente Anderstad"
OTHER_EMAIL = "olga@anderstad.example"
OTHER_PASSWORD = "Een lange zin als wachtwoord voor de andere stad 9"


def other_municipality(app, s):
    """The administrator adds "Gemeente Anderstad" and invites its contact point Olga (from the outbox, as
    for the grandmother); returns Olga logged in, a stranger to Voorbeeldstad's dashboard and frameworks."""
    from eenplan_outside import Browser, login, option
    import time

    admin = s.admin
    form = find_form(admin.get("/admin/organisations").page(), "/admin/organisations")
    _redirected(admin.submit(form, {"name": OTHER_MUNICIPALITY, "kind": "MUNICIPALITY", "municipalityId": ""}),
                "adding the other municipality")
    form = find_form(admin.get("/admin/people").page(), "/admin/people")
    anderstad = option(form, "organisationId", "Anderstad")
    _redirected(admin.submit(form, {"name": "Olga Anders", "email": OTHER_EMAIL, "kind": "STAFF",
                                    "organisationId": anderstad, "role": "MUNICIPAL_CONTACT_POINT"}),
                "inviting the other municipality's contact point")
    link = None
    for _ in range(10):
        for href in admin.get("/admin/outbox").page().links:
            if re.match(r"^/admin/outbox/[0-9a-f-]{36}$", href):
                mail = admin.get(href).text
                m = re.search(r"(/invitation/[A-Za-z0-9_\-]+)", mail) if OTHER_EMAIL in mail else None
                link = link or (m.group(1) if m else None)
        if link:
            break
        time.sleep(1)
    if not link:
        raise RuntimeError("no invitation for the other municipality's contact point in the outbox")
    olga = Browser(app.port, "aanspreekpunt Anderstad")
    form = next(f for f in olga.get(link).page().forms if "/invitation/" in f["action"])
    _redirected(olga.submit(form, {f["name"]: OTHER_PASSWORD for f in form["fields"] if f["type"] == "password"}),
                "the other contact point choosing a password")
    s.other_municipality = anderstad
    log("scenario: Gemeente Anderstad and its contact point Olga added")
    return login(app.port, OTHER_EMAIL, OTHER_PASSWORD, "aanspreekpunt Anderstad")
