"""A small situation set up through the web pages only, on top of the demo:

- the professional of "Jeugdhulp De Brug" registers a household "Gezin Buiten" (a mother and a
  child of ten) and so becomes its first participant;
- she adds a grandmother from the network and a professional of "Schuldhulp Op Orde" to the team,
  and invites both to log in (the grandmother by e-mail: the administrator reads the invitation in
  the outbox, as nobody receives mail here; the Op Orde professional has an account already);
- she records the mother's consent about the child for the De Brug professional only, so the Op
  Orde professional is a team member WITHOUT consent.
"""

import datetime
import re
import time

from eenplan_outside import Browser, find_form, form_values, log, login, option

PURPOSE = "Afstemming hulp school (buiten-test-doel)"
GRANDMOTHER_EMAIL = "oma.buiten@netwerk.example"
GRANDMOTHER_PASSWORD = "Oma heeft een lange zin als wachtwoord 7"


# The demo's roles as its first start prints them (older demos used the names in the second place).
COORDINATOR = ("regisseur (De Brug)", "hulpverlener De Brug")
DEBT_COUNSELLOR = ("hulpverlener (Op Orde)", "hulpverlener Op Orde")


def role(logins, names):
    """The printed role name among these names (the first that the demo printed)."""
    for name in names:
        if name in logins:
            return name
    raise RuntimeError(f"the demo printed none of the roles {names}; it printed {', '.join(logins)}")


class Scenario:
    pass


def _expect_redirect(r, what):
    if r.status not in (302, 303):
        errors = re.findall(r'class="ep-error"[^>]*id="([^"]*)"[^>]*>([^<]*)<', r.text)
        errors += re.findall(r'id="([^"]*)"[^>]*class="ep-error"[^>]*>([^<]*)<', r.text)
        raise RuntimeError(f"{what}: answered {r.status} instead of a redirect; {errors or r.page().visible()[:400]}")
    return r.location_path()


def set_up(app, content=False):
    """The situation; with content, the coordinator also fills the plan's tabs (scenario_content.py)."""
    s = Scenario()
    s.logins = app.logins
    port = app.port
    s.coordinator_role = role(app.logins, COORDINATOR)
    s.debt_role = role(app.logins, DEBT_COUNSELLOR)
    hanna_email, hanna_password = app.logins[s.coordinator_role]
    hanna = login(port, hanna_email, hanna_password, s.coordinator_role)
    s.coordinator = hanna

    # 1. the household
    today = datetime.date.today()
    page = hanna.get("/households/new").page()
    form = find_form(page, "/households/new")
    municipality = option(form, "municipalityId", "Gemeente Voorbeeldstad")
    s.municipality = municipality
    r = hanna.submit(
        form,
        {
            "name": "Gezin Buiten",
            "municipalityId": municipality,
            "street": "Buitenweg 1",
            "postcode": "1234 AB",
            "city": "Voorbeeldstad",
            "members[0].givenName": "Anna",
            "members[0].familyName": "Buiten",
            "members[0].dateOfBirth": "1985-03-01",
            "members[0].relation": "moeder",
            "members[1].givenName": "Tom",
            "members[1].familyName": "Buiten",
            "members[1].dateOfBirth": (today.replace(year=today.year - 10) - datetime.timedelta(days=30)).isoformat(),
            "members[1].relation": "zoon",
        },
    )
    team_path = _expect_redirect(r, "registering a household")
    s.household = re.search(r"/households/([0-9a-f-]{36})", team_path).group(1)
    log(f"scenario: household {s.household} registered by the De Brug professional")

    # 2. the mother holds parental authority over Tom (recorded on the team page)
    team = hanna.get(f"/households/{s.household}/team")
    authority = [f for f in team.page().forms if "/team/authority/" in f["action"]]
    if not authority:
        raise RuntimeError("no authority form on the team page")
    s.authority_action = authority[0]["action"]
    pairs = [("_csrf", hanna.csrf)] + [
        ("holders", f["value"]) for f in authority[0]["fields"] if f["name"] == "holders" and "Anna" in f.get("label", "")]
    s.authority_holders = pairs[1:]
    _expect_redirect(hanna.post_form(s.authority_action, pairs), "recording Anna's parental authority over Tom")

    # 3. consent of the mother about herself and the child, for the De Brug professional only
    for subject_name in ("Anna", "Tom"):
        r = hanna.get(f"/households/{s.household}/consents/new")
        form = find_form(r.page(), f"/households/{s.household}/consents")
        if form is None:
            raise RuntimeError(f"no consent form: {r.status} {r.page().visible()[:300]}")
        values = dict(form_values(form))
        subject = [f for f in form["fields"] if f["name"] == "subjectId"]
        if subject and subject[0]["type"] == "select":
            values["subjectId"] = option(form, "subjectId", subject_name)
        else:
            values["subjectId"] = next(f["value"] for f in subject if subject_name in f.get("label", ""))
        skip = ("categories", "recipients", "givenBy", "purpose", "subjectId")
        pairs = [(k, v) for k, v in values.items() if k not in skip]
        pairs += [("subjectId", values["subjectId"]), ("purpose", PURPOSE)]
        # every category, the safety plan too: the coordinator may then write it (scenario_content.py)
        pairs += [("categories", f["value"]) for f in form["fields"] if f["name"] == "categories"]
        recipients = [f for f in form["fields"] if f["name"] == "recipients"]
        chosen = [f for f in recipients if "Brug" in f.get("label", "")] or [
            f for f in recipients if "Hanna" in f.get("label", "")]
        if not chosen:
            raise RuntimeError("no recipient De Brug in the consent form: " + str([f.get("label") for f in recipients]))
        pairs += [("recipients", chosen[0]["value"])]
        pairs += [("givenBy", f["value"]) for f in form["fields"] if f["name"] == "givenBy" and "Anna" in f.get("label", "")]
        _expect_redirect(hanna.post_form(form["action"], pairs), f"recording consent about {subject_name}")
    log("scenario: the mother's consent about herself and Tom recorded for De Brug only")

    # 4. the team: a grandmother from the network and a professional of Op Orde
    def add(kind, name, relation, organisation=None, email=""):
        r = hanna.get(f"/households/{s.household}/team/new")
        form = find_form(r.page(), "/team/new")
        if form is None:
            raise RuntimeError(f"GET /households/{s.household}/team/new answered {r.status} without the form: "
                               + r.page().visible()[:400])
        values = {"kind": kind, "name": name, "relation": relation, "email": email, "phone": ""}
        if organisation:
            values["organisationId"] = option(form, "organisationId", organisation)
        _expect_redirect(hanna.submit(form, values), f"adding {name} to the team")

    add("NETWORK", "Oma Buiten", "oma (netwerk)", email=GRANDMOTHER_EMAIL)
    add("PROFESSIONAL", "Sem Schuld", "schuldhulp", organisation="Op Orde", email=app.logins[s.debt_role][0])

    team = hanna.get(f"/households/{s.household}/team")
    invite = find_form(team.page(), "/team/invitations")
    s.participants = {text: value for value, text in next(
        f for f in invite["fields"] if f["name"] == "participantId")["options"] if value}
    grandmother = next(v for t, v in s.participants.items() if "Oma" in t)
    sem = next(v for t, v in s.participants.items() if "Sem" in t)
    _expect_redirect(hanna.submit(invite, {"participantId": grandmother, "email": GRANDMOTHER_EMAIL}),
                     "inviting the grandmother")
    invite = find_form(hanna.get(f"/households/{s.household}/team").page(), "/team/invitations")
    _expect_redirect(hanna.submit(invite, {"participantId": sem, "email": app.logins[s.debt_role][0]}),
                     "inviting the Op Orde professional")

    # 5. the grandmother's invitation, read by the administrator in the outbox
    admin_email, admin_password = app.logins["beheerder"]
    admin = login(port, admin_email, admin_password, "beheerder")
    s.admin = admin
    link = None
    for _ in range(10):
        outbox = admin.get("/admin/outbox")
        for href in outbox.page().links:
            if re.match(r"^/admin/outbox/[0-9a-f-]{36}$", href):
                mail = admin.get(href).text
                if GRANDMOTHER_EMAIL in mail:
                    m = re.search(r"(/invitation/[A-Za-z0-9_\-]+)", mail)
                    if m:
                        link = m.group(1)
        if link:
            break
        time.sleep(1)
    if not link:
        raise RuntimeError("no invitation for the grandmother in the outbox")
    oma = Browser(port, "netwerklid (oma)")
    page = oma.get(link)
    form = next(f for f in page.page().forms if "/invitation/" in f["action"])
    pw = {f["name"]: GRANDMOTHER_PASSWORD for f in form["fields"] if f["type"] == "password"}
    _expect_redirect(oma.submit(form, pw), "the grandmother choosing a password")
    s.network_member = login(port, GRANDMOTHER_EMAIL, GRANDMOTHER_PASSWORD, "netwerklid (oma)")
    log("scenario: the grandmother logged in with her own account")

    sem_email, sem_password = app.logins[s.debt_role]
    s.no_consent = login(port, sem_email, sem_password, s.debt_role + " (zonder toestemming)")
    s.child = next((v for t, v in s.participants.items() if "Tom" in t), None)
    s.mother = next((v for t, v in s.participants.items() if "Anna" in t), None)
    if content:
        import scenario_content

        scenario_content.add(s)
    return s
