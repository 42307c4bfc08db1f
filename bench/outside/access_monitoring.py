"""The access checks of access.py for monitoring and implementation (MON-1, IMP-1, IMP-3; see README.md).

The contact point of Gemeente Voorbeeldstad (the demo's) opens her dashboard and makes a checklist for her
municipality; then citizens and the contact point of another municipality ("Gemeente Anderstad", added by
the administrator, scenario_content.py) try to read them.
"""

import re

import scenario_content as content
from eenplan_outside import api_client, api_token, find_form, log, login

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
CITIZEN_PAGES = ["/monitoring", "/monitoring/export.csv", "/monitoring/export.xlsx", "/implementation",
                 "/implementation/requirements", "/admin/implementation/templates"]
CITIZEN_API = ["/api/v1/monitoring/dashboard", "/api/v1/checklist-templates", "/api/v1/municipalities"]


def run(app, s, checks):
    carla = login(app.port, *app.logins["aanspreekpunt gemeente"], "aanspreekpunt gemeente")
    page = carla.get("/monitoring")
    checks.record("aanspreekpunt gemeente", "her own dashboard (should open)", "GET /monitoring", page.status,
                  page.status == 200, expected_denied=False)
    scopes = [v for f in page.page().forms for fld in f["fields"] if fld["name"] == "scope"
              for v, _ in fld.get("options", []) if v.lower().startswith("municipality:")]
    scope = scopes[0] if scopes else None
    municipality = scope.split(":", 1)[1] if scope else s.municipality
    overview = carla.get("/implementation")
    form = next((f for f in overview.page().forms if municipality in f["action"] and f["action"].endswith("/checklists")),
                None)
    checklist = None
    if form:
        r = carla.submit(form, {})
        m = re.search(r"/implementation/checklists/(" + UUID + ")", r.location_path() or "")
        checklist = m.group(1) if m else None
    checklist = checklist or next(iter(re.findall(r"/implementation/checklists/(" + UUID + ")",
                                                  carla.get("/implementation").text)), None)
    log(f"access: Voorbeeldstad's dashboard {scope}, checklist {checklist}")

    pages = [f"/monitoring?scope={scope}" if scope else None,
             f"/monitoring/export.csv?scope={scope}" if scope else None,
             f"/monitoring/export.xlsx?scope={scope}" if scope else None,
             f"/implementation/frameworks/{municipality}", f"/implementation/frameworks/{municipality}/edit",
             f"/implementation/municipalities/{municipality}/providers",
             f"/implementation/checklists/{checklist}" if checklist else None]
    api = [f"/api/v1/monitoring/dashboard?municipality={municipality}",
           f"/api/v1/municipalities/{municipality}/framework", f"/api/v1/municipalities/{municipality}/framework/versions",
           f"/api/v1/municipalities/{municipality}/providers",
           f"/api/v1/organisations/{municipality}/implementation-checklists",
           f"/api/v1/implementation-checklists/{checklist}" if checklist else None]
    pages, api = [p for p in pages if p], [p for p in api if p]

    # MON-1, IMP-1, IMP-3: another municipality's contact point
    try:
        olga = content.other_municipality(app, s)
    except Exception as e:
        log(f"note: the other municipality could not be set up ({e}); its checks were not tried")
        olga = None
    if olga:
        own = olga.get("/monitoring", follow=False)
        checks.record("aanspreekpunt Anderstad", "her own dashboard (should open)", "GET /monitoring", own.status,
                      own.status == 200, expected_denied=False)
        stranger(checks, "aanspreekpunt Anderstad", olga, pages, api, app)
    # the Op Orde manager sees his organisation's dashboard, never the municipality's
    olaf = login(app.port, *app.logins["leidinggevende Op Orde"], "leidinggevende Op Orde")
    stranger(checks, "leidinggevende Op Orde", olaf, [p for p in pages if p.startswith("/monitoring")],
             [p for p in api if "/monitoring/" in p], app)

    # citizens never reach monitoring nor implementation
    for role, browser in (("gezinslid (moeder)", login(app.port, *app.logins["gezinslid (moeder)"])),
                          ("netwerklid (oma Buiten)", s.network_member)):
        for p in CITIZEN_PAGES + pages:
            r = browser.get(p, follow=False)
            checks.record(role + " (burger)", "a citizen opens monitoring or implementation", f"GET {p}", r.status,
                          r.status == 200, detail="" if r.status != 200 else "(expected 403 or 404)")


def stranger(checks, who, browser, pages, api, app):
    for p in pages:
        r = browser.get(p, follow=False)
        checks.record(who, "reads another municipality's dashboard or framework", f"GET {p}", r.status,
                      200 <= r.status < 300, detail="" if r.status >= 300 else "(expected 404)")
    token = api_token(browser, "anders", write=False)
    if not token:
        log(f"note: {who} got no API token; the API was not tried")
        return
    client = api_client(app.port, token)
    for p in api:
        r = client.json("GET", p)
        checks.record(who + " API", "reads another municipality's dashboard or framework", f"GET {p}", r.status,
                      200 <= r.status < 300, detail="" if r.status >= 300 else "(expected 404)")
