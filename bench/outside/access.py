#!/usr/bin/env python3
"""Who may see and do what, tried from outside on a running EenPlan (see README.md).

Starts EenPlan with its demo on a fresh data folder, sets up a small situation through the web
pages (scenario.py), and then tries, as each person, what the method forbids:

- a network member opens the team page and the coordination page (X-5);
- a professional in the team without consent reads the consent records and changes a child's
  parental authority (C-1, X-1);
- strangers (staff outside the team, the demo mother) open the pages of a household they have
  nothing to do with (must be 404).

Exit code 0: nothing was allowed that should not be; 1: at least one leak (listed); 2: the driver
could not set up its situation.
"""

import argparse
import os
import re
import sys
import time
import traceback

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from eenplan_outside import App, find_form, log, login  # noqa: E402
import access_monitoring  # noqa: E402
import access_routes  # noqa: E402
import access_tabs  # noqa: E402
import scenario  # noqa: E402

DENIED = (403, 404)


class Checks:
    def __init__(self):
        self.rows = []

    def record(self, who, what, request, status, allowed, expected_denied=True, detail=""):
        leak = expected_denied and allowed
        self.rows.append((leak, who, what, request, status, detail))
        mark = "LEAK" if leak else "ok  "
        log(f"{mark} {who:42} {what:58} {request} -> {status}{(' ' + detail) if detail else ''}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=int(os.environ.get("OUTSIDE_ACCESS_PORT", "18182")))
    ap.add_argument("--db-port", type=int, default=int(os.environ.get("OUTSIDE_ACCESS_DB_PORT", "54382")))
    args = ap.parse_args()
    started = time.time()
    app = App("access", args.port, args.db_port)
    try:
        app.start()
        try:
            s = scenario.set_up(app, content=True)
        except Exception as e:  # the situation could not be made: say so, but do not hide it as a leak
            log(f"access: could not set up the situation: {e}")
            traceback.print_exc()
            return 2
        checks = Checks()
        h = s.household
        base = f"/households/{h}"

        # the network member does not see the team nor the coordination
        oma = s.network_member
        # She may see who coordinates and herself (what she needs), never the rest of the team: a page
        # that answers 200 leaks when it names another participant or his organisation.
        others = ("Sem Schuld", "Op Orde", "schuldhulp")
        for path, what in [
            (f"{base}/team", "X-5 network member reads the team beyond who coordinates"),
            (f"{base}/coordination", "X-5 network member reads the coordination beyond who coordinates"),
            (f"{base}/team/new", "X-5 network member opens 'add to team'"),
        ]:
            r = oma.get(path, follow=False)
            named = [o for o in others if o in r.text] if r.status == 200 else []
            leak = r.status == 200 and (path.endswith("/new") or bool(named))
            checks.record("netwerklid (oma)", what, f"GET {path}", r.status, leak,
                          detail=f"(names {', '.join(named)})" if named else "")
        r = oma.get(f"{base}/plan", follow=False)
        checks.record("netwerklid (oma)", "her own plan page (should open)", f"GET {base}/plan", r.status,
                      r.status == 200, expected_denied=False)

        # C-1/X-1: the professional without consent
        sem = s.no_consent
        for path, what in [
            (f"{base}/consents", "C-1 no-consent professional reads consent records"),
            (f"{base}/consents/overview", "C-1 no-consent professional reads the consent overview"),
        ]:
            r = sem.get(path, follow=False)
            shown = r.status == 200 and scenario.PURPOSE in r.text
            checks.record(s.debt_role + " (zonder toestemming)", what, f"GET {path}", r.status, shown,
                          detail="(the consent's purpose text is shown)" if shown else "")
        r = sem.get(f"{base}/plan", follow=False)
        checks.record(s.debt_role + " (zonder toestemming)", "C-1 no-consent professional reads the plan",
                      f"GET {base}/plan", r.status, r.status == 200 and "no-consent" not in (r.location_path() or "")
                      and "Tom" in r.text and "Anna" in r.text and scenario.PURPOSE in r.text)

        # the authority form as the coordinator sees it: the child's id and the possible holders
        team = s.coordinator.get(f"{base}/team").page()
        authority = [f for f in team.forms if "/team/authority/" in f["action"]]
        if authority:
            form = authority[0]
            holders = [f["value"] for f in form["fields"] if f["name"] == "holders"]
            pairs = [("_csrf", sem.csrf or "")] + [("holders", v) for v in holders]
            r = sem.post_form(form["action"], pairs)
            changed = r.status in (302, 303) and "/team" in (r.location_path() or "")
            checks.record(s.debt_role + " (zonder toestemming)", "C-1 no-consent professional records authority",
                          f"POST {form['action']} holders={len(holders)}", r.status, changed,
                          detail="(accepted: redirected to the team page)" if changed else "")
            r = s.coordinator.get(f"{base}/plan", follow=False)
            checks.record(s.coordinator_role, "coordinator still opens the plan afterwards",
                          f"GET {base}/plan", r.status, r.status == 200, expected_denied=False,
                          detail="" if r.status == 200 else "(the coordinator lost the plan)")
        else:
            log(f"note: the coordinator's team page has no authority form; POST /team/authority not tried")

        # strangers: 404 on every page of a household they have nothing to do with
        strangers = [("leidinggevende Op Orde", None), ("toegangsteam", None), ("gezinslid (moeder)", None)]
        pages = ["", "/plan", "/team", "/team/new", "/coordination", "/consents", "/consents/overview",
                 "/consents/new", "/round-tables", "/escalations", "/plan/versions"] + access_tabs.TABS
        for role, _ in strangers:
            email, password = app.logins[role]
            b = login(app.port, email, password, role)
            for p in pages:
                r = b.get(base + p, follow=False)
                checks.record(role + " (buitenstaander)", "stranger opens another household's page",
                              f"GET {base}{p}", r.status, r.status != 404 and r.status != 0,
                              detail="" if r.status == 404 else "(expected 404)")
        # and the network member is a stranger to the demo household of the Jansen family
        demo = login(app.port, *app.logins["gezinslid (moeder)"])
        demo_household = next((m.group(1) for m in re.finditer(r"/households/([0-9a-f-]{36})", demo.get("/").text + demo.get("/my-work").text)), None)
        if not demo_household:
            log("note: the demo mother's start page links no household; the grandmother was not tried on it")
        if demo_household:
            for p in ["/plan", "/team", "/consents"] + access_tabs.TABS:
                r = oma.get(f"/households/{demo_household}{p}", follow=False)
                checks.record("netwerklid (oma) (buitenstaander)", "stranger opens the demo household",
                              f"GET /households/{demo_household}{p}", r.status, r.status != 404,
                              detail="" if r.status == 404 else "(expected 404)")

        # the plan's tabs (PL-6, X-5, C-1, R-8, ID tampering), then monitoring and implementation (MON-1, IMP-1, IMP-3),
        # then every route of the OpenAPI document and every page of the household as every kind of person
        for part in (access_tabs, access_monitoring, access_routes):
            try:
                part.run(app, s, checks)
            except Exception as e:  # a part that cannot be tried is said, not hidden
                log(f"access: {part.__name__} could not be tried: {e}")
                traceback.print_exc()
                checks.record("driver", f"{part.__name__} tried", "-", 0, True, detail=str(e)[:200])

        leaks = [row for row in checks.rows if row[0]]
        log("")
        for leak, who, what, request, status, detail in leaks:
            log(f"LEAK: {who}: {what}: {request} answered {status} {detail}")
        log(f"access: {len(checks.rows)} checks, leaks: {len(leaks)}, seconds: {time.time() - started:.0f}")
        return 1 if leaks else 0
    finally:
        app.stop()


if __name__ == "__main__":
    sys.exit(main())
