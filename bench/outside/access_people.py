"""The people of access_routes.py besides those of the scenario: strangers with their tokens, someone who
left the team, a deactivated account; and how an answer about the household compares with one about a
household that does not exist (see README.md)."""

import json
import re
import uuid

import scenario_content as content
from eenplan_outside import api_client, api_token, find_form, log, login
from hostile_api import UUID


def strangers(app, s):
    """(who, browser, read token, write token) of everyone outside the household's team."""
    out = []
    for role in ("leidinggevende Op Orde", "leidinggevende De Brug", "toegangsteam", "aanspreekpunt gemeente",
                 "gezinslid (moeder)", "beheerder"):
        if role in app.logins:
            b = login(app.port, *app.logins[role], role)
            out.append((role, b, api_token(b, "routes-read", write=False), api_token(b, "routes-write", write=True)))
    try:
        olga = login(app.port, content.OTHER_EMAIL, content.OTHER_PASSWORD, "aanspreekpunt Anderstad")
        out.append(("aanspreekpunt Anderstad", olga, api_token(olga, "r", write=False), api_token(olga, "w")))
    except Exception as e:  # set up by access_monitoring.py; without it, one stranger less
        log(f"note: the other municipality's contact point could not log in ({e})")
    return out


def same_as_unknown(client, method, path, household, body=None, form=False, headers=None):
    """The answer for this household and for one that does not exist (their statuses must be equal)."""
    other = path.replace(household, str(uuid.uuid4()))
    if form:
        pairs = [("_csrf", client.csrf or ""), ("version", "0")]
        return client.post_form(path, pairs), client.post_form(other, pairs)
    if method == "GET":
        return client.get(path, follow=False), client.get(other, follow=False)
    return client.json(method, path, body, headers=headers), client.json(method, other, body, headers=headers)


def former(app, s, household_routes, pages, record):
    """The coordinator lets the Op Orde professional leave (R-7); afterwards the household is gone for him."""
    who = s.debt_role + " (vertrokken)"
    sem = next((v for t, v in s.participants.items() if "Sem" in t), None)
    token = api_token(s.no_consent, "routes-former", write=False)
    form = find_form(s.coordinator.get(f"/households/{s.household}/team/{sem}/leave").page(), "/leave") if sem else None
    r = s.coordinator.submit(form) if form else None
    if not r or r.status not in (302, 303):
        log(f"note: the Op Orde professional could not leave the team ({r.status if r else 'no form'}); not tried")
        return
    api = api_client(app.port, token)
    for method, path in household_routes:
        if method == "GET":
            mine, none = same_as_unknown(api, "GET", path, s.household)
            leak = mine.status != none.status or 200 <= mine.status < 300
            record(who, "api GET", "someone who left reads the household (X-1)", f"GET {path}", mine.status, leak,
                   detail=f"(unknown household: {none.status})" if leak else "")
    for path in pages:
        mine, none = same_as_unknown(s.no_consent, "GET", path, s.household)
        leak = mine.status != none.status or mine.status == 200
        record(who, "page GET", "someone who left opens the household's page (X-1)", f"GET {path}", mine.status,
               leak, detail=f"(unknown household: {none.status})" if leak else "")


def entries_of(s, account):
    """How many entries of this account the household's access log holds (the administrator's export)."""
    r = s.admin.get(f"/admin/access-log/{s.household}.json", follow=False)
    if r.status != 200:
        return None
    try:
        data = json.loads(r.text)
    except ValueError:
        return None
    return sum(1 for e in data.get("entries", []) if account and account in json.dumps(e))


def deactivated(app, s, people, record):
    who, browser, read, _ = next(((w, b, r, x) for w, b, r, x in people if w == "leidinggevende Op Orde"), (None,) * 4)
    if not who or not read:
        return
    admin_people = s.admin.get("/admin/people").page()
    email = app.logins[who][0]
    link = next((l for l in admin_people.links if re.match(r"^/admin/people/" + UUID + "$", l)
                 and email in s.admin.get(l).text), None)
    form = next((f for f in s.admin.get(link).page().forms if f["action"].endswith("/deactivate")), None) if link else None
    if not form:
        log("note: no deactivation form found; a deactivated account was not tried")
        return
    s.admin.submit(form)
    r = api_client(app.port, read).json("GET", "/api/v1/me")
    record(who + " (gedeactiveerd)", "api GET", "a deactivated account's token still works", "GET /api/v1/me",
           r.status, r.status != 401)
    r = browser.get(f"/households/{s.household}/plan", follow=False)
    record(who + " (gedeactiveerd)", "page GET", "a deactivated account's session still opens pages",
           "GET /households/{id}/plan", r.status, r.status == 200)
